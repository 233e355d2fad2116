/// A peer set's capex on calendar years under one definition, for the projection's history.
///
/// For each member and calendar year: the sum of its four calendar quarters when all four are
/// resolved; otherwise its fiscal years prorated by months, assuming even spending within a
/// fiscal year: with the year ending in month m, calendar Y = m/12 x FY Y + (12 - m)/12 x FY Y+1
/// (Microsoft, m = 6: half of FY2025 and half of FY2026). A year is in the history only when
/// every member has a value; the notes say which members were prorated.
public struct CalendarCapexHistory: Sendable, Hashable {
    /// USD billions by calendar year.
    public var capex: [Int: Double]
    /// `ORCL 2024 prorated from FY2024-FY2025`, one per prorated member year.
    public var prorated: [String]

    public init(members: [Company], years: [CompanyYear], quarters: [Int: [CompanyQuarter]], definition: CapexDefinition) {
        var totals: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        var prorated: [String] = []
        for member in members {
            let companyYears = years.filter { $0.company.cik == member.cik }
            let companyQuarters = quarters[member.cik] ?? []
            let leaseLine = LeaseLine.choose(stated: member.capexLeaseLine, periods: companyYears)
            let fiscal = Dictionary(companyYears.map { ($0.fiscalYear, definition.capex(of: $0, leaseLine: leaseLine).figure.value) },
                                    uniquingKeysWith: { first, _ in first })
            let calendarYears = Set(companyYears.map(\.fiscalYear) + companyQuarters.compactMap(\.calendarQuarter?.year))
            let month = member.fiscalYearEndMonth ?? 12
            for year in calendarYears {
                let total = CalendarYearTotal(company: member, year: year, quarters: companyQuarters, leaseLine: leaseLine)
                var value = total.capex(definition).value
                if value == nil {
                    let share = Double(month) / 12
                    if month == 12 {
                        value = fiscal[year] ?? nil
                    } else if let current = fiscal[year] ?? nil, let next = fiscal[year + 1] ?? nil {
                        value = share * current + (1 - share) * next
                    }
                    if value != nil, month != 12 { prorated.append("\(member.displayTicker) \(year) prorated from FY\(year)-FY\(year + 1)") }
                }
                guard let value else { continue }
                totals[year, default: 0] += value / 1_000
                counts[year, default: 0] += 1
            }
        }
        let complete = totals.filter { counts[$0.key] == members.count }
        capex = complete
        self.prorated = prorated.filter { note in complete.keys.contains { note.contains(" \($0) ") } }.sorted()
    }
}
