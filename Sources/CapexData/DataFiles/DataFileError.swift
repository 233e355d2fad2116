import CapexModel

/// A problem in a data file (bundled CSV, imported CSV or JSON), naming the file and the place.
public enum DataFileError: Error, CustomStringConvertible, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case missingColumns(file: String, columns: [String])
    case wrongFieldCount(file: String, row: Int, found: Int, expected: Int)
    case invalidValue(file: String, row: Int, column: String, value: String, expected: String)
    case malformed(file: String, place: String, reason: String)
    case tooLarge(file: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file (\(reason))"
        case .empty(let file):
            "\(file): the file is empty; expected a header row and at least one data row"
        case .missingColumns(let file, let columns):
            "\(file): missing column\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", ")) in the header row"
        case .wrongFieldCount(let file, let row, let found, let expected):
            "\(file), row \(row): \(found) fields, but the header has \(expected)"
        case .invalidValue(let file, let row, let column, let value, let expected):
            "\(file), row \(row), column \(column): \"\(Self.clip(value))\" is not \(expected)"
        case .malformed(let file, let place, let reason):
            "\(file), \(place): \(reason)"
        case .tooLarge(let file, let bytes, let limit):
            "\(file): \(NumberText.fixed(Double(bytes) / 1e6, digits: 1)) MB is over the limit of \(limit / 1_000_000) MB for one file; --max-file-mb raises it"
        }
    }

    /// Shortens a value quoted in a message so a huge field does not flood the terminal.
    static func clip(_ value: String) -> String {
        value.count > 60 ? String(value.prefix(57)) + "..." : value
    }
}
