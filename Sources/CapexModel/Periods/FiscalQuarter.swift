/// One fiscal quarter of one line of a company's statements: the value, and how it was found.
public struct FiscalQuarter: Sendable, Hashable {
    /// How the quarter's value was found.
    public enum Basis: Sendable, Hashable {
        /// A three-month figure as filed.
        case reported(PeriodFact)
        /// A year-to-date figure less the one before it (Q2 = six months - Q1, Q3 = nine - six,
        /// Q4 = year - nine months), or less the quarters before it when they are known.
        case derived(PeriodFact, minus: [PeriodFact])
        /// A piece is missing: the quarter has no value, and the reason says which.
        case unresolved(String)
    }

    public var metric: FinancialMetric
    /// The company's own label: Microsoft's quarter ending 2025-09-30 is FY2026 Q1.
    public var fiscalYear: Int
    /// 1-4.
    public var fiscalQuarter: Int
    /// First and last day, when known (an unresolved quarter may have neither).
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// For a quarter whose dates no filing states (a missing piece): its approximate last day,
    /// 13 weeks a quarter from the year's start, used only to place it in a calendar quarter.
    public var nominalEnd: CalendarDate? = nil
    /// USD millions; unresolved when a piece is missing, never zero.
    public var figure: Figure
    public var basis: Basis

    /// The calendar quarter holding most of its days (`2025Q3`); for a quarter without dates,
    /// the one holding its nominal end.
    public var calendarQuarter: CalendarQuarter? {
        if let start, let end { return CalendarQuarter(holdingMostOf: start, end) }
        return nominalEnd.map { CalendarQuarter(holdingMostOf: $0.adding(days: -90), $0) }
    }

    /// The filed facts behind the value.
    public var facts: [PeriodFact] {
        switch basis {
        case .reported(let fact): [fact]
        case .derived(let fact, let minus): [fact] + minus
        case .unresolved: []
        }
    }

    /// Whether the value was worked out from year-to-date figures.
    public var isDerived: Bool {
        if case .derived = basis { return true }
        return false
    }

    /// `FY2026 Q1`.
    public var label: String { "FY\(fiscalYear) Q\(fiscalQuarter)" }
}
