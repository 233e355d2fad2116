import Foundation
import Testing

/// Whole outputs compared with files kept beside the tests (`Golden/<name>.txt`), as
/// swift-argument-parser's own tests compare help texts: a change anywhere in the output fails,
/// with the first line that differs.
///
/// When an output changes on purpose, run the tests once with `CAPEXGAP_RECORD_GOLDEN=1` to
/// write the new files, read the diff, and commit it. A missing file fails (CI never records).
public enum Golden {
    public static func check(_ output: String, named name: String, folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests").appendingPathComponent(folder)
            .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["CAPEXGAP_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded Golden/\(name).txt: read the diff, commit it, and run the tests again without CAPEXGAP_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(url.path); run the tests with CAPEXGAP_RECORD_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != output else { return }
        let left = expected.components(separatedBy: "\n"), right = output.components(separatedBy: "\n")
        let line = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
        let was = line < left.count ? left[line] : "(end of file)"
        let now = line < right.count ? right[line] : "(end of output)"
        Issue.record("\(name) differs from Golden/\(name).txt at line \(line + 1):\n  expected: \(was)\n  actual:   \(now)", sourceLocation: sourceLocation)
    }
}
