/// A calendar year's peer-set capex as the companies guided it: the projection's first-year
/// capex taken from the guidance ledger instead of the scenario's assumption.
///
/// For each member, the latest revision with a number (a range at its middle) of every guided
/// period that overlaps the year, prorated by days of overlap:
///
///     member = Σ midpoint_p × overlap(p, year) / days(p) × conversion
///
/// Months no guided period covers (Oracle's fiscal 2027 has no guide yet) are filled at the rate
/// of the member's latest guided period, and said so. Guidance on another definition than the
/// projection's (Microsoft's and Meta's include finance leases) is converted with the ratio of
/// the two definitions in the member's latest fiscal year that has both:
///
///     conversion = capex on the projection's definition / capex on the guidance's definition
public enum GuidanceCapex {
    /// One member's part of the total.
    public struct Part: Sendable, Hashable {
        public var company: Company
        /// USD billions, on the projection's definition.
        public var value: Double
        /// What it is made of: the periods, their dates said, proration, conversion.
        public var basis: String
    }

    /// Why the ledger cannot give the year.
    public enum Failure: Error, Sendable, Hashable {
        /// A member with no numeric guidance for any period overlapping the year.
        case noGuidance(ticker: String, year: Int)
        /// A member whose guidance definition cannot be converted (no fiscal year with both).
        case noConversion(ticker: String, from: CapexDefinition, to: CapexDefinition)
    }

    /// The peer set's capex in calendar `year` from `guidance`, on `definition`.
    public static func total(year: Int, members: [Company], guidance: [GuidanceEntry], companyYears: [CompanyYear],
                             definition: CapexDefinition) -> Result<[Part], Failure> {
        guard let yearStart = CalendarDate(year: year, month: 1, day: 1), let yearEnd = CalendarDate(year: year, month: 12, day: 31) else {
            return .failure(.noGuidance(ticker: "", year: year))
        }
        let yearDays = Double(yearEnd.days(since: yearStart) + 1)
        var parts: [Part] = []
        for member in members {
            let entries = guidance.filter { $0.company.cik == member.cik || ($0.company.ticker != nil && $0.company.ticker == member.ticker) }
            // The latest numeric revision of each guided period overlapping the year.
            let periods = Dictionary(grouping: entries.filter { $0.midpoint != nil && $0.start <= yearEnd && $0.end >= yearStart }, by: \.periodLabel)
                .compactMap { $0.value.max { $0.announced < $1.announced } }
                .sorted { $0.start < $1.start }
            // A calendar-year guide covers the year alone.
            let chosen = periods.first { $0.start == yearStart && $0.end == yearEnd }.map { [$0] } ?? periods
            guard let latest = chosen.last, !chosen.isEmpty else { return .failure(.noGuidance(ticker: member.displayTicker, year: year)) }
            var value = 0.0, covered = 0.0, pieces: [String] = []
            for entry in chosen {
                let from = max(entry.start, yearStart), to = min(entry.end, yearEnd)
                let overlap = Double(to.days(since: from) + 1), length = Double(entry.end.days(since: entry.start) + 1)
                let midpoint = entry.midpoint ?? 0
                value += midpoint * overlap / length
                covered += overlap
                let share = overlap / length < 0.999 ? " x \(Int(overlap))/\(Int(length)) days" : ""
                pieces.append("\(entry.periodLabel) \(NumberText.grouped(midpoint, digits: 1)) said \(entry.announced)\(share)")
            }
            if covered < yearDays - 0.5 {
                let rate = (latest.midpoint ?? 0) / Double(latest.end.days(since: latest.start) + 1)
                value += rate * (yearDays - covered)
                pieces.append("\(Int(yearDays - covered)) days no guide covers, at \(latest.periodLabel)'s rate")
            }
            let from = latest.capexDefinition
            var conversion = 1.0
            if from != definition {
                let memberYears = companyYears.filter { $0.company.cik == member.cik }.sorted { $0.fiscalYear > $1.fiscalYear }
                let leaseLine = LeaseLine.choose(stated: member.capexLeaseLine, periods: memberYears)
                guard let both = memberYears.lazy.compactMap({ year -> (Int, Double, Double)? in
                    guard let target = definition.capex(of: year, leaseLine: leaseLine).figure.value,
                          let source = from.capex(of: year, leaseLine: leaseLine).figure.value, source > 0 else { return nil }
                    return (year.fiscalYear, target, source)
                }).first else { return .failure(.noConversion(ticker: member.displayTicker, from: from, to: definition)) }
                conversion = both.1 / both.2
                pieces.append("x \(NumberText.grouped(conversion, digits: 3)) (\(definition.rawValue) / \(from.rawValue) in FY\(both.0))")
            }
            parts.append(Part(company: member, value: value * conversion, basis: pieces.joined(separator: ", ")))
        }
        return .success(parts)
    }
}
