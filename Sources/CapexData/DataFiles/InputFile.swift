import Foundation

/// Reads an input file whole, refusing one larger than a limit before reading it (a runaway
/// file must not take the machine's memory).
public enum InputFile {
    /// The largest file an import reads unless told otherwise: 256 MB (SEC's largest
    /// companyfacts files are a few tens of MB).
    public static let defaultMaximumBytes = 256 * 1_000_000

    /// The bytes of `url`; errors name `name`.
    public static func read(_ url: URL, name: String, maximumBytes: Int = defaultMaximumBytes) throws -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > maximumBytes {
            throw DataFileError.tooLarge(file: name, bytes: size, limit: maximumBytes)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DataFileError.unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
    }
}
