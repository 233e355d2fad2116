/// One fiscal quarter of a company across the lines CapexGap keeps (revenue, capex, D&A, ...),
/// each found by ``QuarterDerivation``.
public struct CompanyQuarter: Sendable, Hashable, StatementLines {
    public var company: Company
    /// The company's own label: Microsoft's quarter ending 2025-09-30 is FY2026 Q1.
    public var fiscalYear: Int
    /// 1-4.
    public var fiscalQuarter: Int
    /// First and last day, when any line's filings reach this quarter.
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// Each line's quarter (resolved or not); a line the company never filed is absent.
    public var lines: [FinancialMetric: FiscalQuarter]

    public init(company: Company, fiscalYear: Int, fiscalQuarter: Int, start: CalendarDate?, end: CalendarDate?,
                lines: [FinancialMetric: FiscalQuarter]) {
        self.company = company
        self.fiscalYear = fiscalYear
        self.fiscalQuarter = fiscalQuarter
        self.start = start
        self.end = end
        self.lines = lines
    }

    /// The figure of `metric` (USD millions), unresolved when absent or a piece is missing.
    public subscript(metric: FinancialMetric) -> Figure {
        lines[metric]?.figure ?? .unresolved
    }

    /// The calendar quarter holding most of its days (`2025Q3`); for a quarter no filing
    /// dates (a missing piece), the one its lines' nominal end falls in.
    public var calendarQuarter: CalendarQuarter? {
        if let start, let end { return CalendarQuarter(holdingMostOf: start, end) }
        return FinancialMetric.allCases.lazy.compactMap { self.lines[$0]?.calendarQuarter }.first
    }

    /// `FY2026 Q1`.
    public var label: String { "FY\(fiscalYear) Q\(fiscalQuarter)" }

    /// Every filed fact behind the quarter's figures, oldest filing first, each once.
    public var facts: [PeriodFact] { facts(of: FinancialMetric.allCases) }

    /// The filed facts behind the figures of `metrics`, oldest filing first, each once.
    public func facts(of metrics: [FinancialMetric]) -> [PeriodFact] {
        var seen = Set<PeriodFact>()
        return metrics.flatMap { lines[$0]?.facts ?? [] }
            .filter { seen.insert($0).inserted }
            .sorted { $0.isFiled(before: $1) }
    }

    /// The newest filing date among the facts used, when any is recorded.
    public var newestFiling: CalendarDate? {
        facts.compactMap(\.filed).max()
    }

    /// Why the figure of `metric` is unresolved, or `nil` when it is resolved.
    public func reasonUnresolved(_ metric: FinancialMetric) -> String? {
        guard let line = lines[metric] else { return "no \(metric.label) filed for \(label)" }
        if case .unresolved(let reason) = line.basis { return reason }
        return nil
    }
}

/// The figures of a period's statement lines: a fiscal year or a quarter.
public protocol StatementLines {
    /// The figure of `metric` in USD millions, unresolved when it is not known.
    subscript(metric: FinancialMetric) -> Figure { get }
}

extension CompanyYear: StatementLines {}
