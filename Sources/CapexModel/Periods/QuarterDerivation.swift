/// Discrete fiscal quarters from what filings state: three-month figures where a 10-Q or 10-K
/// reports them, and otherwise the difference of year-to-date figures with the same fiscal-year
/// start (cash-flow statements in 10-Qs are year-to-date only):
///
/// - Q1 = three months from the year's start;
/// - Q2 = six months - Q1 (the three-month Q1 figure or the quarters known before it),
///   Q3 = nine months - six months, Q4 = year - nine months;
/// - Q1 = six months - Q2 when Q1 was never filed as three months but Q2 was (an earnings
///   release that prints the quarter and the half year).
///
/// Rules, for any filer:
/// - each period (first day, last day) takes the first candidate concept with a value for it
///   (so a company that switches concepts inside a year is stitched period by period), then
///   a filed value over a secondary source's, then the earliest filing (``FilingBasis/first``)
///   or the latest (``FilingBasis/latest``), which covers amendments;
/// - a quarter both filed as three months and derivable from year-to-date figures takes the
///   one with the stronger evidence, then the one whose newest filing comes first (or last,
///   on the latest basis); on a tie, the three-month figure;
/// - lengths allow 13- and 14-week quarters and 52/53-week years (``PeriodLength``);
/// - a fiscal year starts where a period (a quarter or a year to date) starts the day after
///   the year-end month, or the day after a year ends; a twelve-month column that starts
///   mid-year (a trailing-twelve-month figure in a release) starts no year;
/// - a missing piece leaves the quarter unresolved, saying which piece: never zero, never a
///   year-to-date figure shown as a quarter.
public enum QuarterDerivation {
    /// The quarters of one line of one company, oldest first.
    ///
    /// - Parameters:
    ///   - facts: every filed value of the line (any concept, any filing).
    ///   - conceptRank: the preference of a concept (lower first); concepts it does not rank are left out.
    ///   - calendar: the company's fiscal calendar.
    public static func quarters(_ facts: [PeriodFact], conceptRank: (String) -> Int?, calendar: FiscalCalendar,
                                basis: FilingBasis) -> [FiscalQuarter] {
        guard let metric = facts.first?.metric else { return [] }
        let periods = stitch(facts, conceptRank: conceptRank, basis: basis)
        var byStart: [CalendarDate: [PeriodFact]] = [:]
        for fact in periods.values { byStart[fact.start, default: []].append(fact) }
        // Year starts: where year-to-date periods start, and the day after a year ends.
        var starts = Set<CalendarDate>()
        for fact in periods.values {
            guard let quarters = fact.quarters else { continue }
            // A period starts a fiscal year when the day before it ends one (a trailing-twelve-
            // month column starting mid-year does not).
            if calendar.isYearEnd(fact.start.adding(days: -1)) { starts.insert(fact.start) }
            if quarters == 4, calendar.isYearEnd(fact.end) { starts.insert(fact.end.adding(days: 1)) }
        }
        var result: [FiscalQuarter] = []
        for start in starts.sorted() {
            result += year(from: start, metric: metric, byStart: byStart, calendar: calendar, basis: basis)
        }
        // Two year starts a few days apart (a 52/53-week year against a quarter's own start)
        // would give the same quarter twice: keep the first of each label.
        var seen = Set<String>()
        return result.filter { seen.insert($0.label).inserted }
    }

    /// One value per period: the first candidate concept with a value, then the filing basis.
    static func stitch(_ facts: [PeriodFact], conceptRank: (String) -> Int?, basis: FilingBasis) -> [PeriodKey: PeriodFact] {
        var groups: [PeriodKey: [(rank: Int, fact: PeriodFact)]] = [:]
        for fact in facts where fact.quarters != nil {
            guard let rank = conceptRank(fact.concept) else { continue }
            groups[PeriodKey(start: fact.start, end: fact.end), default: []].append((rank, fact))
        }
        return groups.compactMapValues { candidates in
            guard let best = candidates.map(\.rank).min() else { return nil }
            let ranked = candidates.filter { $0.rank == best }.map(\.fact)
            guard let strongest = ranked.map(\.evidence).min() else { return nil }
            let ordered = ranked.filter { $0.evidence == strongest }.sorted { $0.isFiled(before: $1) }
            return basis == .first ? ordered.first : ordered.last
        }
    }

    struct PeriodKey: Hashable {
        var start: CalendarDate
        var end: CalendarDate
    }

    /// The quarters of the fiscal year starting on `start`, up to the last one any figure reaches.
    static func year(from start: CalendarDate, metric: FinancialMetric, byStart: [CalendarDate: [PeriodFact]],
                     calendar: FiscalCalendar, basis: FilingBasis = .first) -> [FiscalQuarter] {
        func yearToDate(_ quarters: Int) -> PeriodFact? {
            byStart[start]?.first { $0.quarters == quarters && (quarters < 4 || calendar.isYearEnd($0.end)) }
        }
        func quarterStarting(_ day: CalendarDate) -> PeriodFact? {
            byStart[day]?.first { $0.quarters == 1 }
        }
        let fiscalYear = yearToDate(4).map { calendar.fiscalYear(endingOn: $0.end) } ?? Self.fiscalYear(starting: start, calendar: calendar)
        var quarters: [FiscalQuarter] = []
        var previousEnd: CalendarDate? = start.adding(days: -1)
        // The value of the year to date through the last quarter, with the facts behind it.
        var cumulative: (valueUSD: Int64, facts: [PeriodFact])? = (0, [])
        let names = ["", "three months", "six months", "nine months", "the year"]
        for number in 1...4 {
            let toDate = yearToDate(number)
            var direct = number == 1 ? toDate : previousEnd.flatMap { quarterStarting($0.adding(days: 1)) }
            if direct == nil, number > 1, previousEnd == nil, let toDate {
                // The quarter before has no dates: the three months ending with this year to date.
                direct = byStart.values.lazy.flatMap { $0 }.first { $0.quarters == 1 && $0.end == toDate.end }
            }
            if direct == nil, number > 1, previousEnd == nil {
                // The quarter before has no dates and nothing to date ends here: a three-month
                // figure starting where this quarter nominally starts (within a week).
                let nominalStart = start.adding(days: 91 * (number - 1))
                direct = byStart.filter { abs($0.key.days(since: nominalStart)) <= 7 }.values.lazy.flatMap { $0 }.first { $0.quarters == 1 }
            }
            let end = direct?.end ?? toDate?.end
            let quarterStart = previousEnd.map { $0.adding(days: 1) }
            var quarter = FiscalQuarter(metric: metric, fiscalYear: fiscalYear, fiscalQuarter: number, start: end == nil ? nil : quarterStart,
                                        end: end, figure: .unresolved, basis: .unresolved(""))
            quarter.nominalEnd = end ?? start.adding(days: 91 * number - 1)
            let derivable = toDate != nil && cumulative != nil && number > 1
            if let direct, !(derivable && prefersDerivation(direct: direct, toDate: toDate!, prior: cumulative!.facts, basis: basis)) {
                quarter.figure = Figure(direct.valueUSDMillions, direct.evidence)
                quarter.basis = .reported(direct)
            } else if let toDate, let prior = cumulative {
                let value = toDate.valueUSD - prior.valueUSD
                let inputs = [toDate.evidence] + prior.facts.map(\.evidence)
                quarter.figure = Figure(Double(value) / 1_000_000, .derived(from: inputs))
                quarter.basis = .derived(toDate, minus: prior.facts)
            } else if toDate != nil {
                quarter.basis = .unresolved("no figure for \(names[number - 1]) of FY\(fiscalYear) (needed: Q\(number) = \(names[number]) - \(names[number - 1]))")
            } else {
                quarter.basis = .unresolved("no three-month figure for FY\(fiscalYear) Q\(number) and no \(names[number]) figure to derive it from")
            }
            quarters.append(quarter)
            if let toDate {
                cumulative = (toDate.valueUSD, [toDate])
            } else if let prior = cumulative, case .reported(let fact) = quarter.basis {
                cumulative = (prior.valueUSD + fact.valueUSD, prior.facts + [fact])
            } else {
                cumulative = nil
            }
            previousEnd = end
        }
        // Q1 never filed as three months (or only by a secondary source), Q2 filed: Q1 = six months - Q2.
        var firstIsWeak = false
        switch quarters[0].basis {
        case .unresolved: firstIsWeak = true
        case .reported(let first): firstIsWeak = first.evidence > .reported
        case .derived: break
        }
        if firstIsWeak, case .reported(let second) = quarters[1].basis, let half = yearToDate(2),
           EvidenceStatus.weakest([half.evidence, second.evidence]) < (quarters[0].facts.first?.evidence ?? .unresolved) {
            quarters[0].start = start
            quarters[0].end = second.start.adding(days: -1)
            quarters[0].figure = Figure(Double(half.valueUSD - second.valueUSD) / 1_000_000, .derived(from: [half.evidence, second.evidence]))
            quarters[0].basis = .derived(half, minus: [second])
        }
        // Quarters after the last one any filing reaches are not yet reported: not shown.
        guard let last = quarters.lastIndex(where: { $0.end != nil }) else { return [] }
        return Array(quarters[...last])
    }

    /// Whether the year-to-date difference beats the three-month figure: stronger evidence,
    /// then the newest filing behind each, earlier on the first basis and later on the latest.
    static func prefersDerivation(direct: PeriodFact, toDate: PeriodFact, prior: [PeriodFact], basis: FilingBasis) -> Bool {
        let inputs = [toDate] + prior
        let derivedEvidence = EvidenceStatus.weakest(inputs.map(\.evidence))
        if derivedEvidence != direct.evidence { return derivedEvidence < direct.evidence }
        let directFiled = direct.filed ?? direct.end
        let derivedFiled = inputs.map { $0.filed ?? $0.end }.max() ?? directFiled
        return basis == .first ? derivedFiled < directFiled : derivedFiled > directFiled
    }

    /// The label of a fiscal year from its first day: that of a year ending 52 weeks later
    /// (a 52/53-week year's end spills a few days either side, which the calendar allows for).
    static func fiscalYear(starting start: CalendarDate, calendar: FiscalCalendar) -> Int {
        calendar.fiscalYear(endingOn: start.adding(days: 364))
    }
}
