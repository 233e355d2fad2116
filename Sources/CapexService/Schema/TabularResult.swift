import CapexModel

/// A result that is a list of rows described by fields. Its JSON is an array of objects, one
/// per row, keyed by the fields (a figure adds `<key>_evidence`); renderers draw the same
/// fields as a table or CSV.
public protocol TabularResult: Encodable, Sendable {
    associatedtype Row: Sendable
    var fields: [Field<Row>] { get }
    var rows: [Row] { get }
    /// The fields every result of this kind has (for the API's documentation).
    static var schema: [FieldSchema] { get }
}

extension TabularResult {
    public func encode(to encoder: any Encoder) throws {
        try RowEncoding.encode(rows, fields: fields, to: encoder)
    }

    /// The rows as typed values, in field order.
    public var values: [[FieldValue]] {
        rows.map { row in fields.map { $0.value(row) } }
    }
}

/// Writes rows through their fields: each row a keyed container, a figure as its value and
/// evidence status, missing values as `null`.
public enum RowEncoding {
    public static func encode<Row>(_ rows: [Row], fields: [Field<Row>], to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        for row in rows {
            var object = list.nestedContainer(keyedBy: ResultKey.self)
            for field in fields {
                try encode(field.value(row), key: field.key, kind: field.kind, into: &object)
            }
        }
    }

    static func encode(_ value: FieldValue, key: String, kind: FieldKind, into object: inout KeyedEncodingContainer<ResultKey>) throws {
        let isFigureField: Bool
        if case .figure = kind { isFigureField = true } else { isFigureField = false }
        let name = ResultKey(key)
        switch value {
        case .text(let text): try object.encode(text, forKey: name)
        case .integer(let number): try object.encode(number, forKey: name)
        case .number(let number): try object.encode(number.flatMap { $0.isFinite ? $0 : nil }, forKey: name)
        case .bool(let flag): try object.encode(flag, forKey: name)
        case .figure(let figure), .styledFigure(let figure, _):
            try object.encode(figure.value, forKey: name)
            if isFigureField { try object.encode(figure.evidence.rawValue, forKey: ResultKey(key + "_evidence")) }
            return
        }
        // A figure field whose row has no figure still has its evidence key.
        if isFigureField { try object.encodeNil(forKey: ResultKey(key + "_evidence")) }
    }
}

/// A coding key for any result key.
public struct ResultKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
