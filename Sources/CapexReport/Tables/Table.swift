import CapexModel
import CapexService

/// A table of results, rendered the same way by the CLI, the HTTP API and the report.
///
/// Machine formats (CSV, JSON) use each column's snake_case ``TableColumn/key`` and raw values
/// (fractions, USD millions); the text and Markdown formats show formatted numbers with an
/// evidence mark and move long citations into numbered footnotes.
///
/// ```swift
/// var table = Table(columns: [.text("ticker", "Ticker"), .figure("capex_usd_m", "Capex $M", style: .millions)])
/// table.append([.text("GOOGL"), .figure(Figure(91_447, .reported))])
/// print(TableRenderer.render(table, as: .csv))
/// ```
public struct Table: Sendable {
    public var title: String?
    public var columns: [TableColumn]
    public private(set) var rows: [[Cell]] = []
    /// Lines printed under the table in text and Markdown (legend, caveats).
    public var notes: [String] = []

    public init(title: String? = nil, columns: [TableColumn], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.notes = notes
    }

    /// Appends a row; it must have one cell per column.
    public mutating func append(_ cells: [Cell]) {
        precondition(cells.count == columns.count, "a row of \(cells.count) cells for \(columns.count) columns")
        rows.append(cells)
    }
}

/// A column of a ``Table``.
public struct TableColumn: Sendable {
    public enum Kind: Sendable {
        /// Plain text.
        case text
        /// A number in the given style; with `evidence`, machine formats add a `<key>_evidence`
        /// column and the text format marks each value.
        case number(NumberStyle, evidence: Bool)
        /// A citation: shown as a footnote number in text and Markdown, in full in CSV and JSON.
        case citation
        /// A yes/no: `yes`/`no` in text, `true`/`false` in CSV.
        case bool
    }

    /// snake_case name used by CSV headers and JSON keys.
    public var key: String
    /// Heading in text and Markdown.
    public var title: String
    public var kind: Kind
    /// Shown only in machine formats (CSV, JSON), e.g. a period start date.
    public var machineOnly: Bool
    /// In the text format, longer cells wrap onto further lines at this width.
    public var wrapWidth: Int?
    /// The key of the column holding this cell's web address (e.g. `source_url` for `source`):
    /// HTML shows the cell as a link to it.
    public var linkKey: String?
    /// What text and Markdown show for a missing value (e.g. `not by 2040`); empty when `nil`.
    public var missingText: String?

    public init(key: String, title: String, kind: Kind, machineOnly: Bool = false, wrapWidth: Int? = nil, linkKey: String? = nil,
                missingText: String? = nil) {
        self.key = key
        self.title = title
        self.kind = kind
        self.machineOnly = machineOnly
        self.wrapWidth = wrapWidth
        self.linkKey = linkKey
        self.missingText = missingText
    }

    public static func text(_ key: String, _ title: String, machineOnly: Bool = false, wrapWidth: Int? = nil, linkKey: String? = nil) -> TableColumn {
        TableColumn(key: key, title: title, kind: .text, machineOnly: machineOnly, wrapWidth: wrapWidth, linkKey: linkKey)
    }

    /// A figure column: values carry evidence.
    public static func figure(_ key: String, _ title: String, style: NumberStyle) -> TableColumn {
        TableColumn(key: key, title: title, kind: .number(style, evidence: true))
    }

    /// A number without evidence of its own (a year, a count).
    public static func number(_ key: String, _ title: String, style: NumberStyle, machineOnly: Bool = false) -> TableColumn {
        TableColumn(key: key, title: title, kind: .number(style, evidence: false), machineOnly: machineOnly)
    }

    public static func citation(_ key: String, _ title: String, linkKey: String? = nil) -> TableColumn {
        TableColumn(key: key, title: title, kind: .citation, linkKey: linkKey)
    }

    var isRightAligned: Bool {
        if case .number = kind { return true }
        return false
    }
}

/// How a number is shown in text and Markdown (machine formats always carry the raw value).
public typealias NumberStyle = NumberFormat

extension NumberFormat {
    func text(_ value: Double) -> String {
        switch self {
        case .plain: NumberText.fixed(value, digits: 0)
        case .millions: NumberText.grouped(value, digits: value == value.rounded() ? 0 : 1)
        case .percent: NumberText.percent(value)
        case .growth: NumberText.signedPercent(value)
        case .multiple: NumberText.fixed(value, digits: 2) + "x"
        case .decimal(let digits): NumberText.grouped(value, digits: digits)
        case .auto: Self.trimmed(NumberText.grouped(value, digits: 4))
        }
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}

/// A cell of a ``Table``.
public enum Cell: Sendable, Hashable {
    case text(String?)
    case number(Double?)
    case figure(Figure)
    /// A figure shown in its own style rather than the column's (e.g. a year among amounts).
    case styledFigure(Figure, NumberStyle)
    case bool(Bool?)

    /// A whole number, e.g. a fiscal year.
    public static func integer(_ value: Int?) -> Cell { .number(value.map(Double.init)) }
}

extension Table {
    /// The table of a service result: one column per field, one row per result row.
    public init<Result: TabularResult>(_ result: Result, title: String? = nil, notes: [String] = [], missingText: [String: String] = [:]) {
        self.init(title: title, columns: result.fields.map { TableColumn($0, missingText: missingText[$0.key]) }, notes: notes)
        for values in result.values { append(values.map(Cell.init)) }
    }
}

extension TableColumn {
    /// The column that shows `field`.
    init<Row>(_ field: Field<Row>, missingText: String? = nil) {
        let kind: Kind
        switch field.kind {
        case .text: kind = .text
        case .citation: kind = .citation
        case .integer(let format), .number(let format): kind = .number(format, evidence: false)
        case .figure(let format): kind = .number(format, evidence: true)
        case .bool: kind = .bool
        }
        self.init(key: field.key, title: field.title, kind: kind, machineOnly: field.machineOnly, wrapWidth: field.wrapWidth,
                  linkKey: field.linkKey, missingText: missingText)
    }
}

extension Cell {
    /// The cell showing a result's value.
    init(_ value: FieldValue) {
        switch value {
        case .text(let text): self = .text(text)
        case .integer(let number): self = .number(number.map(Double.init))
        case .number(let number): self = .number(number)
        case .figure(let figure): self = .figure(figure)
        case .styledFigure(let figure, let format): self = .styledFigure(figure, format)
        case .bool(let flag): self = .bool(flag)
        }
    }
}
