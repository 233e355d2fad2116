import Foundation

/// The bundled data files (`Sources/CapexData/Dataset/*.csv`), copied with their sources
/// from the project's shared data.
public enum BundledFile {
    /// The URL of the bundled CSV file `name` (without extension), or `nil` if this build
    /// lacks it.
    public static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Dataset")
    }

    /// The folder holding the bundled files.
    static var folder: URL? {
        Bundle.module.url(forResource: "Dataset", withExtension: nil)
    }
}
