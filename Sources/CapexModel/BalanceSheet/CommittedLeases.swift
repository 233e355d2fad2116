/// Leases signed but not yet commenced, turned into the flow a fiscal year adds to capex under
/// ``CapexDefinition/withCommittedLeases``.
///
/// The lease note gives a balance at a date: future payments (undiscounted) of leases the
/// company has signed whose assets it does not yet use. A balance split into parts (finance and
/// operating, or short and long term) is their sum. A year's increase is
///
///     increase = balance at the year's end - balance at the previous year's end
///
/// each balance dated within ``toleranceDays`` of those ends (52/53-week years). It is negative
/// when more leases commenced than were signed. A year without both balances has none: the
/// definition leaves its capex unresolved rather than guess.
public enum CommittedLeases {
    /// The financing metric of the balance, and the prefix of its parts
    /// (`leases_not_yet_commenced_finance`, `_operating`, `_short_term`, `_long_term`).
    public static let metric = "leases_not_yet_commenced"
    public static let toleranceDays = 7

    /// One company's balance at a date, and the sources it was read from.
    public struct Balance: Sendable, Hashable {
        public var date: CalendarDate
        public var figure: Figure
        public var sources: [Source]
    }

    /// The balances in `facts`, by ticker, oldest first.
    public static func balances(_ facts: [FinancingFact]) -> [String: [Balance]] {
        let relevant = facts.filter { ($0.metric == metric || $0.metric.hasPrefix(metric + "_")) && $0.isBalance && $0.company.ticker != nil }
        let byCompany = Dictionary(grouping: relevant) { $0.company.ticker?.uppercased() ?? "" }
        return byCompany.mapValues { rows in
            Dictionary(grouping: rows, by: \.end).map { date, rows in
                let total = rows.first { $0.metric == metric }
                let parts = total.map { [$0] } ?? rows
                return Balance(date: date, figure: .sum(parts.map(\.figure)), sources: parts.map(\.source))
            }
            .sorted { $0.date < $1.date }
        }
    }

    /// The increase over the year from `start` (its first day) to `end` (its last day), or nil
    /// when a balance at either end is missing.
    public static func increase(from start: CalendarDate, to end: CalendarDate, in balances: [Balance]) -> (figure: Figure, source: Source)? {
        let previousEnd = start.adding(days: -1)
        func balance(at date: CalendarDate) -> Balance? {
            balances.filter { abs($0.date.days(since: date)) <= toleranceDays }.min { abs($0.date.days(since: date)) < abs($1.date.days(since: date)) }
        }
        guard let opening = balance(at: previousEnd), let closing = balance(at: end), opening.date < closing.date,
              let source = closing.sources.first else { return nil }
        return (Figure.derived(closing.figure, opening.figure) { $0[0] - $0[1] }, source)
    }

    /// `years` with the increase in leases not yet commenced added as
    /// ``FinancialMetric/committedLeaseIncrease`` wherever both balances are known (a figure the
    /// company or the user already holds for that metric is kept).
    public static func attach(to years: [CompanyYear], facts: [FinancingFact]) -> [CompanyYear] {
        let balances = balances(facts)
        return years.map { year in
            guard year.figures[.committedLeaseIncrease] == nil, let ticker = year.company.ticker?.uppercased(), let companyBalances = balances[ticker],
                  let start = year.periodStart.flatMap(CalendarDate.init(iso:)), let end = year.periodEnd.flatMap(CalendarDate.init(iso:)),
                  let increase = increase(from: start, to: end, in: companyBalances) else { return year }
            var year = year
            year.figures[.committedLeaseIncrease] = StatementFigure(figure: increase.figure, concept: "line:leases not yet commenced (change)",
                                                                    source: increase.source)
            return year
        }
    }
}
