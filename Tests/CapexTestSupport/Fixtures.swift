import Foundation
import Testing

/// Paths the tests need: the package, the project's shared data beside it, temporary folders.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared/data` next to the package: the raw figures and SEC files the bundled
    /// dataset was copied from.
    public static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// True when `../shared/data` exists; tests that read it are skipped otherwise.
    public static var sharedDataAvailable: Bool {
        FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("financials.csv").path)
    }


    /// A new empty temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("capexgap-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test, saying why, when `../shared/data` is not next to the checkout.
    public static var needsSharedData: Self {
        .enabled(if: Fixtures.sharedDataAvailable, "../shared/data (the project's raw figures) is not next to this checkout")
    }
}
