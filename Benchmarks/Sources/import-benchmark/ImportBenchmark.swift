import CapexData
import Foundation

/// Import throughput on real companyfacts files, against Python's `json` module loading the
/// same files in the same run (the peer an analyst would use).
///
///     swift run -c release import-benchmark [--runs N] FILE...
///
/// Measures, per file: CapexGap reading and selecting the annual figures (`SECImporter.plan`,
/// everything an import does before writing), and `python3 -c 'import json; json.load(...)'`
/// timed inside Python (parsing only, no interpreter start-up). Prints MB/s (medians) and the
/// ratio CapexGap / Python.
@main
struct ImportBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 15
        if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
            runs = max(1, value)
            arguments.removeSubrange(index...(index + 1))
        }
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: import-benchmark [--runs N] FILE...\n".utf8))
            exit(2)
        }
        let importer = try SECImporter()
        print("Import throughput, median of \(runs) runs (MB = 10^6 bytes)")
        print("file                         size MB  capexgap MB/s  python json MB/s  ratio")
        for path in arguments {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let megabytes = Double(data.count) / 1e6
            var seconds: [Double] = []
            for _ in 0..<runs {
                let clock = ContinuousClock()
                let start = clock.now
                let plan = try importer.plan(data: data, file: path)
                let elapsed = clock.now - start
                precondition(!plan.figures.isEmpty, "no figures in \(path)")
                seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            let ours = megabytes / median(seconds)
            let python = try pythonSeconds(path: path, runs: runs).map { megabytes / $0 }
            let name = (path as NSString).lastPathComponent
            let pythonText = python.map { String(format: "%16.1f", $0) } ?? "   (no python3)"
            let ratio = python.map { String(format: "%5.1fx", ours / $0) } ?? ""
            print(name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " %7.2f  %13.1f  ", megabytes, ours)
                + pythonText + "  " + ratio)
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// Median seconds of `json.load` on `path`, timed inside one Python process.
    static func pythonSeconds(path: String, runs: Int) throws -> Double? {
        let script = """
            import json, sys, time
            ts = []
            for _ in range(int(sys.argv[2])):
                t = time.perf_counter()
                with open(sys.argv[1], 'rb') as f:
                    json.load(f)
                ts.append(time.perf_counter() - t)
            ts.sort()
            print(ts[len(ts) // 2])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, String(runs)]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
