import CapexModel
import Foundation

/// A CSV file read whole: a header row and data rows, addressed by column name.
///
/// Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is
/// row 2. Every data row must have as many fields as the header.
///
/// ```swift
/// let table = try CSVTable(text: "ticker,fiscal_year\r\nGOOGL,2025\r\n", file: "example.csv")
/// let year = try table.rows[0].integer("fiscal_year")   // 2025
/// ```
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [CSVRow]

    public init(text: String, file: String, requiredColumns: [String] = []) throws {
        try self.init(bytes: Array(text.utf8), file: file, requiredColumns: requiredColumns)
    }

    /// Parses `bytes` strictly (``CSVReader``); every error names `file`, the row and the column.
    init(bytes: [UInt8], file: String, requiredColumns: [String]) throws {
        self.file = file
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(bytes)
        } catch {
            throw DataFileError.malformed(file: file, place: Self.place(error), reason: Self.reason(error))
        }
        let nonBlank = records.filter { !($0.fields.count == 1 && $0.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) }
        guard let headerRecord = nonBlank.first else { throw DataFileError.empty(file: file) }
        let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard columnIndex[name] == nil else {
                throw DataFileError.malformed(file: file, place: "row \(headerRecord.row), column \(index + 1)",
                                              reason: "the column \"\(DataFileError.clip(name))\" appears twice in the header")
            }
            columnIndex[name] = index
        }
        let missing = requiredColumns.filter { columnIndex[$0] == nil }
        guard missing.isEmpty else { throw DataFileError.missingColumns(file: file, columns: missing) }
        var rows: [CSVRow] = []
        rows.reserveCapacity(nonBlank.count)
        for record in nonBlank.dropFirst() {
            guard record.fields.count == header.count else {
                throw DataFileError.wrongFieldCount(file: file, row: record.row, found: record.fields.count, expected: header.count)
            }
            rows.append(CSVRow(file: file, number: record.row, fields: record.fields, columnIndex: columnIndex))
        }
        self.header = header
        self.rows = rows
    }

    static func place(_ failure: CSVReader.Failure) -> String {
        switch failure {
        case .unterminatedQuote(let row, let column), .quoteInUnquotedField(let row, let column), .textAfterQuote(let row, let column),
             .nul(let row, let column), .notUTF8(let row, let column):
            "row \(row), column \(column)"
        }
    }

    static func reason(_ failure: CSVReader.Failure) -> String {
        switch failure {
        case .unterminatedQuote: "a quoted field is never closed: the file ends inside it (truncated?)"
        case .quoteInUnquotedField: "a quote inside an unquoted field; quote the whole field and double the quote"
        case .textAfterQuote: "text after a closing quote; a quoted field must end at a comma or the end of the line"
        case .nul: "a NUL byte (the file is binary or damaged)"
        case .notUTF8: "not valid UTF-8 text"
        }
    }

    /// Reads the CSV file at `url`; errors name `displayName` (the path as the user gave it).
    public init(contentsOf url: URL, displayName: String? = nil, requiredColumns: [String] = []) throws {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DataFileError.unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
        try self.init(bytes: Array(data), file: name, requiredColumns: requiredColumns)
    }
}

/// One data row of a ``CSVTable``, with typed accessors whose errors name the file, row and column.
public struct CSVRow: Sendable {
    public let file: String
    /// Row number as a spreadsheet shows it (the header is row 1).
    public let number: Int
    public let fields: [String]
    let columnIndex: [String: Int]

    /// The trimmed text of `column`, or `nil` when the cell is blank or the column absent.
    public func text(_ column: String) -> String? {
        guard let index = columnIndex[column] else { return nil }
        let value = fields[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// The text of `column`, which must not be blank.
    public func required(_ column: String) throws -> String {
        guard let value = text(column) else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: "", expected: "a non-empty value")
        }
        return value
    }

    /// The number in `column`, or `nil` when blank.
    public func double(_ column: String) throws -> Double? {
        guard let value = text(column) else { return nil }
        guard let parsed = StrictNumber.parse(value) else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: value, expected: "a number")
        }
        return parsed
    }

    /// The whole number in `column`, or `nil` when blank.
    public func integer(_ column: String) throws -> Int? {
        guard let value = text(column) else { return nil }
        guard let parsed = StrictNumber.parseInteger(value) else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: value, expected: "a whole number")
        }
        return parsed
    }

    /// The whole number in `column`, which must not be blank.
    public func requiredInteger(_ column: String) throws -> Int {
        guard let parsed = try integer(column) else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: "", expected: "a whole number")
        }
        return parsed
    }

    /// The number in `column`, which must not be blank.
    public func requiredDouble(_ column: String) throws -> Double {
        guard let parsed = try double(column) else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: "", expected: "a number")
        }
        return parsed
    }
}
