/// A company's capex guidance for a period, as stated on a date, and what was then filed for
/// that period (USD billions).
public struct GuidanceEntry: Sendable, Hashable {
    public var company: Company
    /// `CY2026`, `FY2026`.
    public var periodLabel: String
    public var start: CalendarDate
    public var end: CalendarDate
    /// What the company counts as capex in the guidance.
    public var definition: String
    public var low: Double?
    public var high: Double?
    public var point: Double?
    /// `approximately`, `at least`, a qualitative word.
    public var qualifier: String?
    /// When it was said (ISO date, or month).
    public var announced: String
    public var occasion: String?
    public var evidence: EvidenceStatus
    public var tier: SourceTier
    public var source: Source
    public var note: String?

    public init(company: Company, periodLabel: String, start: CalendarDate, end: CalendarDate, definition: String, low: Double?, high: Double?,
                point: Double?, qualifier: String?, announced: String, occasion: String?, evidence: EvidenceStatus, tier: SourceTier,
                source: Source, note: String?) {
        self.company = company
        self.periodLabel = periodLabel
        self.start = start
        self.end = end
        self.definition = definition
        self.low = low
        self.high = high
        self.point = point
        self.qualifier = qualifier
        self.announced = announced
        self.occasion = occasion
        self.evidence = evidence
        self.tier = tier
        self.source = source
        self.note = note
    }

    /// The guidance as one number: the point, or the middle of the range (USD billions).
    public var midpoint: Double? {
        if let point { return point }
        if let low, let high { return (low + high) / 2 }
        return low ?? high
    }

    /// The capex definition the guidance uses: with leases when it says it counts them, net of
    /// proceeds when it says so (Amazon), else cash purchases.
    public var capexDefinition: CapexDefinition {
        let text = definition.lowercased()
        if text.contains("lease") { return .withLeases }
        if text.contains("net of proceeds") { return .net }
        return .cash
    }

    /// The capex filed for the period under `definition`: the sum of the company's quarters
    /// inside it, when every quarter of it is there (USD billions), and the quarters' count.
    public static func actual(start: CalendarDate, end: CalendarDate, quarters: [CompanyQuarter], definition: CapexDefinition = .cash,
                              leaseLine: LeaseLine = .assetsObtained) -> (figure: Figure, quarters: Int) {
        let inside = quarters.filter { quarter in
            guard let quarterEnd = quarter.end else { return false }
            return quarterEnd > start && quarterEnd <= end.adding(days: 7)
        }
        let expected = max(1, Int((Double(end.days(since: start) + 1) / 91.3).rounded()))
        guard inside.count == expected else { return (.unresolved, inside.count) }
        let sum = Figure.sum(inside.map { definition.capex(of: $0, leaseLine: leaseLine).figure })
        return (sum.value.map { Figure($0 / 1_000, sum.evidence) } ?? .unresolved, inside.count)
    }
}
