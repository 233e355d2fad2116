import CSV
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
        self.file = file
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !body.allSatisfy(\.isWhitespace) else { throw DataFileError.empty(file: file) }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true)
        } catch {
            throw DataFileError.malformed(file: file, place: "row 1", reason: "cannot read the header row")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else { throw DataFileError.missingColumns(file: file, columns: missing) }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() where columnIndex[name] == nil { columnIndex[name] = index }
        var rows: [CSVRow] = []
        var rowNumber = 1
        while let fields = reader.next() {
            rowNumber += 1
            if fields.count == 1, fields[0].isEmpty { continue }
            guard fields.count == header.count else {
                throw DataFileError.wrongFieldCount(file: file, row: rowNumber, found: fields.count, expected: header.count)
            }
            rows.append(CSVRow(file: file, number: rowNumber, fields: fields, columnIndex: columnIndex))
        }
        if let error = reader.error {
            throw DataFileError.malformed(file: file, place: "row \(rowNumber + 1)", reason: "not valid UTF-8 text (\(error))")
        }
        self.header = header
        self.rows = rows
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
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError.malformed(file: name, place: "whole file", reason: "not valid UTF-8 text")
        }
        try self.init(text: text, file: name, requiredColumns: requiredColumns)
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
        guard let parsed = Double(value), parsed.isFinite else {
            throw DataFileError.invalidValue(file: file, row: number, column: column, value: value, expected: "a number")
        }
        return parsed
    }

    /// The whole number in `column`, or `nil` when blank.
    public func integer(_ column: String) throws -> Int? {
        guard let value = text(column) else { return nil }
        guard let parsed = Int(value) else {
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
