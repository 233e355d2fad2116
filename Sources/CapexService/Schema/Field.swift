import CapexModel

/// A field of a result's rows: its machine key, its heading, what kind of value it holds, and
/// how to read it from a row.
///
/// A result declares its fields once; the JSON the CLI and the API answer, the CSV header and
/// the text table's columns all come from that one list, so they cannot disagree.
///
/// ```swift
/// let fields: [Field<CompanyYear>] = [
///     .text("ticker", "Ticker") { .text($0.company.displayTicker) },
///     .figure("revenue_usd_m", "Revenue $M", .millions) { .figure($0[.revenue]) },
/// ]
/// ```
public struct Field<Row>: Sendable {
    public typealias Kind = FieldKind

    /// snake_case name: the JSON key and CSV header.
    public var key: String
    /// Heading in text and Markdown tables.
    public var title: String
    public var kind: Kind
    /// Shown only in machine formats (CSV, JSON), e.g. a period start date.
    public var machineOnly: Bool
    /// In the text format, longer cells wrap onto further lines at this width.
    public var wrapWidth: Int?
    /// The key of the field holding this one's web address: HTML shows the cell as a link.
    public var linkKey: String?
    /// Reads the field from a row.
    public let value: @Sendable (Row) -> FieldValue

    public init(key: String, title: String, kind: Kind, machineOnly: Bool = false, wrapWidth: Int? = nil, linkKey: String? = nil,
                value: @escaping @Sendable (Row) -> FieldValue) {
        self.key = key
        self.title = title
        self.kind = kind
        self.machineOnly = machineOnly
        self.wrapWidth = wrapWidth
        self.linkKey = linkKey
        self.value = value
    }

    public static func text(_ key: String, _ title: String, machineOnly: Bool = false, wrapWidth: Int? = nil, linkKey: String? = nil,
                            _ value: @escaping @Sendable (Row) -> String?) -> Field {
        Field(key: key, title: title, kind: .text, machineOnly: machineOnly, wrapWidth: wrapWidth, linkKey: linkKey) { .text(value($0)) }
    }

    public static func citation(_ key: String, _ title: String, linkKey: String? = nil, _ value: @escaping @Sendable (Row) -> String?) -> Field {
        Field(key: key, title: title, kind: .citation, linkKey: linkKey) { .text(value($0)) }
    }

    public static func integer(_ key: String, _ title: String, _ format: NumberFormat = .plain, machineOnly: Bool = false,
                               _ value: @escaping @Sendable (Row) -> Int?) -> Field {
        Field(key: key, title: title, kind: .integer(format), machineOnly: machineOnly) { .integer(value($0)) }
    }

    public static func number(_ key: String, _ title: String, _ format: NumberFormat, machineOnly: Bool = false,
                              _ value: @escaping @Sendable (Row) -> Double?) -> Field {
        Field(key: key, title: title, kind: .number(format), machineOnly: machineOnly) { .number(value($0)) }
    }

    public static func figure(_ key: String, _ title: String, _ format: NumberFormat, machineOnly: Bool = false,
                              _ value: @escaping @Sendable (Row) -> Figure) -> Field {
        Field(key: key, title: title, kind: .figure(format), machineOnly: machineOnly) { .figure(value($0)) }
    }

    public static func bool(_ key: String, _ title: String, machineOnly: Bool = false, _ value: @escaping @Sendable (Row) -> Bool?) -> Field {
        Field(key: key, title: title, kind: .bool, machineOnly: machineOnly) { .bool(value($0)) }
    }

    /// The machine keys this field writes: its key, and `<key>_evidence` for a figure.
    public var machineKeys: [String] {
        if case .figure = kind { return [key, key + "_evidence"] }
        return [key]
    }
}

/// What the API documents of a field: its key, its kind and its heading.
public struct FieldSchema: Sendable, Hashable {
    public var key: String
    public var title: String
    public var kind: FieldKind
}

extension Field {
    public var schema: FieldSchema { FieldSchema(key: key, title: title, kind: kind) }
}

/// What a field holds, and so its JSON type.
public enum FieldKind: Sendable, Hashable {
    /// Text (JSON string or null).
    case text
    /// A citation: text a table shows as a numbered footnote (JSON string or null).
    case citation
    /// A whole number (JSON integer or null).
    case integer(NumberFormat)
    /// A number without evidence of its own (JSON number or null).
    case number(NumberFormat)
    /// A figure: its value under the key and its evidence status under `<key>_evidence`.
    case figure(NumberFormat)
    /// A yes/no (JSON boolean or null).
    case bool
}
