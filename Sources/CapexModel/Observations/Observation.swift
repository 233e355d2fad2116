/// How well a published figure is supported (the dataset's `tier` column).
public enum SourceTier: String, Sendable, Hashable, CaseIterable, Codable {
    /// The publisher's own page or a filing quoted word for word.
    case primary = "P"
    /// A major outlet or specialist newsletter summarising the primary.
    case goodSecondary = "S1"
    /// An aggregator, summary, blog or hobby repository.
    case weakSecondary = "S2"
    /// Sources conflict or the figure could not be confirmed: shown as a contested range,
    /// never as a fact.
    case unverified = "U"

    public var isContested: Bool { self == .unverified }
}

/// A published figure from the reference data: a model's input or result, an AI revenue or
/// price observation, a unit cost, a capex split, a historical analog, a GDP figure.
///
/// Either ``value`` or the range ``low``...``high`` is set, as the source states it.
public struct Observation: Sendable, Hashable {
    /// The file it comes from: `anchors`, `ai_revenue`, `unit_costs`, `capex_mix`, `analogs`, `gdp`.
    public var dataset: String
    /// What it is about: a model, an entity, an item, a scheme, a cycle, a country.
    public var subject: String
    /// What is measured: a quantity, a metric, a category.
    public var measure: String
    /// The date, year or period it refers to, as the source gives it (may be empty).
    public var period: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String
    public var tier: SourceTier
    public var source: Source
    public var note: String?
    /// Further columns of the file (e.g. `inputs`, `definition`, `parent_category`).
    public var extra: [String: String]

    public init(dataset: String, subject: String, measure: String, period: String, value: Double?, low: Double?, high: Double?,
                unit: String, tier: SourceTier, source: Source, note: String?, extra: [String: String] = [:]) {
        self.dataset = dataset
        self.subject = subject
        self.measure = measure
        self.period = period
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.tier = tier
        self.source = source
        self.note = note
        self.extra = extra
    }

    /// The value as a figure (estimated: published by others); a range or a contested row
    /// gives its midpoint only through ``range``, never as a fact.
    public var figure: Figure {
        guard let value, !tier.isContested else { return .unresolved }
        return Figure(value, .estimated)
    }

    /// The value or range as text: `600`, `15-20`.
    public var valueText: String {
        if let value { return NumberText.compact(value) }
        if let low, let high { return "\(NumberText.compact(low))-\(NumberText.compact(high))" }
        return ""
    }
}
