/// A change a company made to the depreciation life of servers or network equipment.
public struct UsefulLifeChange: Sendable, Hashable {
    public var company: String
    public var assetClass: String
    /// Previous life in years, when the source states it.
    public var fromYears: Double?
    public var toYears: Double
    /// When it took effect: `2024-01-01`, `2023-01` or `2021`.
    public var effective: String
    /// The effect as the company or source states it.
    public var statedImpact: String
    public var tier: SourceTier
    public var source: Source
    public var note: String?

    public init(company: String, assetClass: String, fromYears: Double?, toYears: Double, effective: String,
                statedImpact: String, tier: SourceTier, source: Source, note: String?) {
        self.company = company
        self.assetClass = assetClass
        self.fromYears = fromYears
        self.toYears = toYears
        self.effective = effective
        self.statedImpact = statedImpact
        self.tier = tier
        self.source = source
        self.note = note
    }

    /// The calendar year it took effect.
    public var effectiveYear: Int? { Int(effective.prefix(4)) }
}
