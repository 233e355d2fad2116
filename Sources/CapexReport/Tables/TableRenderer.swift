import CapexData
import CapexModel
import CSV
import Foundation

/// Renders a ``Table`` in any ``OutputFormat``.
public enum TableRenderer {
    /// The table as text in `format`; `color` adds ANSI colours to the `table` format only.
    public static func render(_ table: Table, as format: OutputFormat, color: Bool = false) -> String {
        switch format {
        case .table: TextTableRenderer(table: table, color: color).render()
        case .markdown: MarkdownTableRenderer(table: table).render()
        case .csv: csv(table)
        case .json: JSONWriter.text(.array(table.rows.map { row in
            .object(Dictionary(uniqueKeysWithValues: zip(machineKeys(table), machineValues(table, row: row)).map { ($0, $1.json) }))
        }))
        }
    }

    /// The machine-format header: every column's key, plus `<key>_evidence` after figure columns.
    static func machineKeys(_ table: Table) -> [String] {
        table.columns.flatMap { column -> [String] in
            if case .number(_, evidence: true) = column.kind { return [column.key, column.key + "_evidence"] }
            return [column.key]
        }
    }

    /// A row's machine values, aligned with ``machineKeys(_:)``: strings, doubles or `nil`.
    static func machineValues(_ table: Table, row: [Cell]) -> [MachineValue] {
        zip(table.columns, row).flatMap { column, cell -> [MachineValue] in
            let evidence: Bool
            if case .number(_, evidence: true) = column.kind { evidence = true } else { evidence = false }
            switch cell {
            case .text(let text):
                return evidence ? [.string(text), .null] : [.string(text)]
            case .bool(let flag):
                return [.string(flag.map { $0 ? "true" : "false" })]
            case .number(let number):
                return evidence ? [.number(number), .null] : [.number(number)]
            case .figure(let figure), .styledFigure(let figure, _):
                let value = MachineValue.number(figure.value)
                return evidence ? [value, .string(figure.evidence.rawValue)] : [value]
            }
        }
    }

    /// RFC 4180 CSV: header row, then one row per table row; missing values are empty cells.
    static func csv(_ table: Table) -> String {
        let rows = [machineKeys(table)] + table.rows.map { machineValues(table, row: $0).map(\.csvText) }
        do {
            let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
            guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
            return (String(data: data, encoding: .utf8) ?? "") + "\r\n"
        } catch {
            return ""
        }
    }

    /// A result as text in `format`: JSON from the result itself (typed), the other formats
    /// from its table.
    public static func render(_ result: some Encodable, table: Table, as format: OutputFormat, color: Bool = false) -> String {
        guard format == .json else { return render(table, as: format, color: color) }
        return json(result)
    }

    /// A result as JSON text (the CLI's `--format json` and the API answer the same bytes).
    public static func json(_ result: some Encodable) -> String {
        do {
            return try JSONWriter.text(encoding: result)
        } catch {
            return JSONWriter.text(.object(["error": .string("could not encode the result: \(error)")]))
        }
    }
}

/// A value as machine formats carry it.
enum MachineValue {
    case string(String?)
    case number(Double?)
    static let null = MachineValue.string(nil)

    var csvText: String {
        switch self {
        case .string(let text): text.map(SafeText.csvCell) ?? ""
        case .number(let number): number.map(Self.numberText) ?? ""
        }
    }

    var json: JSONValue {
        switch self {
        case .string(let text): text.map(JSONValue.string) ?? .null
        case .number(let number): number.map(JSONValue.number) ?? .null
        }
    }

    /// Whole numbers without a decimal point; others in Swift's shortest round-trip form.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
