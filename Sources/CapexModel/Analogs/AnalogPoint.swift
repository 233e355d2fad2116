/// One figure of a cycle on a comparison metric: a year or a span of years, a value or a range,
/// aligned on years since the cycle began.
public struct AnalogPoint: Sendable, Hashable {
    public var cycle: AnalogCycle
    /// The data's metric (`investment_pct_gdp`, `fiber_lit_pct`, ...) or, for a series CapexGap
    /// computes, what it is (`peer_capex_pct_us_gdp`).
    public var metric: String
    /// First and last year the figure covers; `nil` when the source gives none.
    public var firstYear: Int?
    public var lastYear: Int?
    /// The value, when the source states one and it is not contested.
    public var value: Double?
    /// The range, when the source states one, or when a contested value is shown as a range.
    public var low: Double?
    public var high: Double?
    public var unit: String
    /// The source's tier (`P`, `S1`, `S2`, `U`); `nil` for a series CapexGap computes.
    public var tier: SourceTier?
    public var evidence: EvidenceStatus
    /// Contested (tier `U`): shown only as a range, never as a fact.
    public var contested: Bool
    public var source: String
    /// Where the source can be read (a web address), when it has one.
    public var sourceURL: String?
    public var note: String?

    public init(cycle: AnalogCycle, metric: String, firstYear: Int?, lastYear: Int?, value: Double?, low: Double?, high: Double?,
                unit: String, tier: SourceTier?, evidence: EvidenceStatus, contested: Bool, source: String, sourceURL: String? = nil,
                note: String?) {
        self.cycle = cycle
        self.metric = metric
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.tier = tier
        self.evidence = evidence
        self.contested = contested
        self.source = source
        self.sourceURL = sourceURL
        self.note = note
    }

    /// Years since the cycle began, at the first and last year covered.
    public var yearsSinceStart: (first: Int, last: Int)? {
        guard let firstYear else { return nil }
        return (firstYear - cycle.startYear, (lastYear ?? firstYear) - cycle.startYear)
    }

    /// The period as text: `2001`, `1830-1839`, or empty.
    public var periodText: String {
        guard let firstYear else { return "" }
        guard let lastYear, lastYear != firstYear else { return String(firstYear) }
        return "\(firstYear)-\(lastYear)"
    }

    /// A middle value for charts and comparisons: the value, or the middle of the range.
    public var middle: Double? {
        if let value { return value }
        if let low, let high { return (low + high) / 2 }
        return nil
    }

    /// A point from a row of the analogs data. A contested row (tier `U`) keeps no value: a
    /// stated range stays a range, and a single contested figure becomes a range of one value.
    public static func from(_ observation: Observation, cycle: AnalogCycle) -> AnalogPoint {
        let years = observation.period.split(separator: "/").compactMap { Int($0) }
        let contested = observation.tier.isContested
        var value = observation.value
        var low = observation.low
        var high = observation.high
        if contested, let single = value {
            value = nil
            low = low ?? single
            high = high ?? single
        }
        return AnalogPoint(cycle: cycle, metric: observation.measure, firstYear: years.first, lastYear: years.count > 1 ? years[1] : years.first,
                           value: value, low: low, high: high, unit: observation.unit, tier: observation.tier,
                           evidence: .estimated, contested: contested, source: observation.source.title, sourceURL: observation.source.url,
                           note: observation.note)
    }
}
