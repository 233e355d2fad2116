/// A company's trailing twelve months (TTM): the four fiscal quarters ending with `last`.
///
/// Formulas (USD millions; ratios are fractions):
/// - a TTM figure = the sum of the four quarters' figures, unresolved when a quarter is not
///   in the data or its figure is unresolved (never three quarters shown as a year);
/// - TTM capex intensity = TTM capex / TTM revenue; TTM capex / OCF = TTM capex / TTM
///   operating cash flow.
public struct TrailingTwelveMonths: Sendable, Hashable {
    public var company: Company
    /// The quarter the twelve months end with.
    public var last: CompanyQuarter
    /// The four quarters, oldest first; a quarter not in the data is absent.
    public var quarters: [CompanyQuarter]
    /// Labels of quarters not in the data (`FY2025 Q3`).
    public var missing: [String]
    /// The finance-lease line ``CapexDefinition/withLeases`` adds for this company.
    public var leaseLine: LeaseLine

    /// The trailing twelve months ending with `last`, among `quarters` (one company's).
    public init(last: CompanyQuarter, among quarters: [CompanyQuarter], leaseLine: LeaseLine) {
        company = last.company
        self.last = last
        self.leaseLine = leaseLine
        let byLabel = Dictionary(quarters.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        var labels: [(year: Int, quarter: Int)] = [(last.fiscalYear, last.fiscalQuarter)]
        while labels.count < 4 {
            let (year, quarter) = labels[0]
            labels.insert(quarter == 1 ? (year - 1, 4) : (year, quarter - 1), at: 0)
        }
        self.quarters = labels.compactMap { byLabel["FY\($0.year) Q\($0.quarter)"] }
        missing = labels.map { "FY\($0.year) Q\($0.quarter)" }.filter { byLabel[$0] == nil }
    }

    /// The TTM figure of `metric`: the sum of four quarters, or unresolved.
    public func sum(_ metric: FinancialMetric) -> Figure {
        guard missing.isEmpty else { return .unresolved }
        return .sum(quarters.map { $0[metric] })
    }

    /// TTM capex under `definition` (with leases: the company's one lease line every quarter).
    public func capex(_ definition: CapexDefinition) -> Figure {
        guard missing.isEmpty else { return .unresolved }
        return .sum(quarters.map { definition.capex(of: $0, leaseLine: leaseLine).figure })
    }

    public var capexIntensity: Figure { .ratio(capex(.cash), sum(.revenue)) }
    public var capexToOperatingCashFlow: Figure { .ratioOfPositive(capex(.cash), sum(.operatingCashFlow)) }

    /// Why the TTM figure of `metric` is unresolved (the quarters not in the data, or the
    /// quarters whose figure is missing and why), or `nil` when it is resolved.
    public func reasonUnresolved(_ metric: FinancialMetric) -> String? {
        if !missing.isEmpty { return "no \(missing.joined(separator: ", ")) in the data" }
        let lacking = quarters.filter { !$0[metric].isResolved }
        guard let first = lacking.first else { return nil }
        if lacking.count == 1 { return "\(first.label): \(first.reasonUnresolved(metric) ?? "unresolved")" }
        return "unresolved in \(lacking.map(\.label).joined(separator: ", ")) (capexgap quarters says why)"
    }

    /// The lines the twelve months show: revenue, cash capex, operating cash flow and the
    /// company's finance-lease line.
    public var metricsShown: [FinancialMetric] { [.revenue, .capex, .operatingCashFlow, leaseLine.metric] }

    /// The facts behind the figures shown, over the four quarters.
    public var facts: [PeriodFact] { quarters.flatMap { $0.facts(of: metricsShown) } }

    /// The newest filing date among the facts behind the figures shown.
    public var newestFiling: CalendarDate? {
        facts.compactMap(\.filed).max()
    }

    /// The TTM at the company's latest quarter with revenue or capex resolved, or at the
    /// quarter whose calendar quarter is `asOf`; `nil` when there is none.
    public static func at(_ quarters: [CompanyQuarter], asOf: CalendarQuarter?, leaseLine: LeaseLine) -> TrailingTwelveMonths? {
        let last: CompanyQuarter?
        if let asOf {
            last = quarters.last { $0.calendarQuarter == asOf }
        } else {
            last = quarters.last { $0[.revenue].isResolved || $0[.capex].isResolved }
        }
        return last.map { TrailingTwelveMonths(last: $0, among: quarters, leaseLine: leaseLine) }
    }
}

/// A company's totals for a calendar year, summed from the fiscal quarters whose calendar
/// quarter (``CompanyQuarter/calendarQuarter``) falls in it: four quarters or unresolved.
public struct CalendarYearTotal: Sendable, Hashable {
    public var company: Company
    public var year: Int
    /// The quarters found, in calendar order.
    public var quarters: [CompanyQuarter]
    /// Calendar quarters of the year with no company quarter (`2025Q4`).
    public var missing: [CalendarQuarter]
    public var leaseLine: LeaseLine

    public init(company: Company, year: Int, quarters: [CompanyQuarter], leaseLine: LeaseLine) {
        self.company = company
        self.year = year
        self.leaseLine = leaseLine
        let inYear = quarters.filter { $0.calendarQuarter?.year == year }
        let byQuarter = Dictionary(inYear.map { ($0.calendarQuarter!, $0) }, uniquingKeysWith: { first, _ in first })
        let all = (1...4).map { CalendarQuarter(year: year, quarter: $0) }
        self.quarters = all.compactMap { byQuarter[$0] }
        missing = all.filter { byQuarter[$0] == nil }
    }

    public func sum(_ metric: FinancialMetric) -> Figure {
        guard missing.isEmpty else { return .unresolved }
        return .sum(quarters.map { $0[metric] })
    }

    public func capex(_ definition: CapexDefinition) -> Figure {
        guard missing.isEmpty else { return .unresolved }
        return .sum(quarters.map { definition.capex(of: $0, leaseLine: leaseLine).figure })
    }
}
