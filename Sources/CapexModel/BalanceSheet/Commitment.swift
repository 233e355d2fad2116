/// A company's contracted revenue not yet recognised at a date, as the company defines it:
/// remaining performance obligations (RPO), a backlog, or customer commitments (USD millions).
///
/// The measures are not directly comparable: Microsoft's commercial RPO leaves out the
/// non-commercial part of its total; Alphabet's backlog is "primarily Google Cloud" and split
/// out from 2026; Amazon's performance obligations count only contracts over a year; Oracle's
/// RPO includes deferred revenue; CoreWeave's release "revenue backlog" adds amounts beyond RPO.
public struct Commitment: Sendable, Hashable {
    public var company: Company
    public var periodEnd: CalendarDate
    /// `rpo_total`, `rpo_commercial`, `revenue_backlog`, `performance_obligations`, ...
    public var metric: String
    public var figure: Figure
    /// The company's own definition, in words.
    public var definition: String
    /// When the company changed what the measure counts, what changed.
    public var definitionChange: String?
    /// The share the company attributes to one customer, and who, where it says so.
    public var singleCustomerShare: Double?
    public var singleCustomer: String?
    public var source: Source
    public var tier: SourceTier
    public var note: String?

    public init(company: Company, periodEnd: CalendarDate, metric: String, figure: Figure, definition: String, definitionChange: String?,
                singleCustomerShare: Double?, singleCustomer: String?, source: Source, tier: SourceTier, note: String?) {
        self.company = company
        self.periodEnd = periodEnd
        self.metric = metric
        self.figure = figure
        self.definition = definition
        self.definitionChange = definitionChange
        self.singleCustomerShare = singleCustomerShare
        self.singleCustomer = singleCustomer
        self.source = source
        self.tier = tier
        self.note = note
    }

    /// Years of revenue the commitments represent: value / TTM revenue (at the same date).
    public func yearsOfRevenue(_ ttmRevenue: Figure) -> Figure { .ratio(figure, ttmRevenue) }
}

/// One financing figure of a company for a period or at a date (USD millions): finance-lease
/// liabilities, leases signed but not yet commenced, debt outstanding and issued, an
/// off-balance-sheet vehicle's debt, interest expense.
public struct FinancingFact: Sendable, Hashable {
    public var company: Company
    /// Equal to ``end`` for a balance at a date.
    public var start: CalendarDate?
    public var end: CalendarDate
    public var metric: String
    public var figure: Figure
    public var definition: String
    public var source: Source
    public var tier: SourceTier
    public var note: String?

    public init(company: Company, start: CalendarDate?, end: CalendarDate, metric: String, figure: Figure, definition: String,
                source: Source, tier: SourceTier, note: String?) {
        self.company = company
        self.start = start
        self.end = end
        self.metric = metric
        self.figure = figure
        self.definition = definition
        self.source = source
        self.tier = tier
        self.note = note
    }

    /// Whether it is a balance at a date rather than a flow over a period.
    public var isBalance: Bool { start == nil || start == end }
}
