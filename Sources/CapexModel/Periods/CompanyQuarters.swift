/// A company's fiscal quarters across every line, from the facts its filings state.
public enum CompanyQuarters {
    /// The company's quarters, oldest first: each line is derived on its own by
    /// ``QuarterDerivation`` and the lines are joined by fiscal label.
    ///
    /// - Parameters:
    ///   - facts: every filed value of every line for the company.
    ///   - conceptRank: the preference of a concept for a line (lower first; `nil` leaves it out).
    ///   - basis: the first or the latest filing of each period.
    public static func build(company: Company, facts: [PeriodFact], conceptRank: (FinancialMetric, String) -> Int?,
                             basis: FilingBasis) -> [CompanyQuarter] {
        guard let calendar = calendar(of: company, facts: facts) else { return [] }
        var quarters: [String: CompanyQuarter] = [:]
        for (metric, lineFacts) in Dictionary(grouping: facts, by: \.metric) {
            let derived = QuarterDerivation.quarters(lineFacts, conceptRank: { conceptRank(metric, $0) }, calendar: calendar, basis: basis)
            for line in derived {
                var quarter = quarters[line.label] ?? CompanyQuarter(company: company, fiscalYear: line.fiscalYear, fiscalQuarter: line.fiscalQuarter,
                                                                     start: nil, end: nil, lines: [:])
                quarter.lines[metric] = line
                quarters[line.label] = quarter
            }
        }
        // Dates from the first line (in metric order) that knows both ends.
        for (label, quarter) in quarters {
            let dated = FinancialMetric.allCases.lazy.compactMap { quarter.lines[$0] }.first { $0.start != nil && $0.end != nil }
            quarters[label]?.start = dated?.start
            quarters[label]?.end = dated?.end ?? FinancialMetric.allCases.lazy.compactMap { quarter.lines[$0]?.end }.first
        }
        return quarters.values.sorted { ($0.fiscalYear, $0.fiscalQuarter) < ($1.fiscalYear, $1.fiscalQuarter) }
    }

    /// The company's fiscal calendar: its recorded year-end month, or the one its annual
    /// periods imply, or (with no annual period at all) the calendar year.
    public static func calendar(of company: Company, facts: [PeriodFact]) -> FiscalCalendar? {
        if let month = company.fiscalYearEndMonth { return FiscalCalendar(yearEndMonth: month) }
        return FiscalCalendar(annualEnds: facts.filter { $0.quarters == 4 }.map(\.end)) ?? FiscalCalendar(yearEndMonth: 12)
    }
}
