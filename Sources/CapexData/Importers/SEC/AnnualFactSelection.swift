import CapexModel

/// Picks, from every filing of a companyfacts file, one annual value per metric and fiscal
/// year, and lists the restatements it passes over.
///
/// Rules, applied to any filer:
/// - only facts in US dollars whose period lasts a fiscal year (``FiscalCalendar/annualDays``);
/// - the fiscal year comes from the period end and the filer's fiscal-year-end month
///   (``FiscalCalendar``), never from the `fy`, `fp` or `frame` fields;
/// - for each fiscal year, the first candidate concept (``ConceptCandidates``) with a value;
/// - of the filings giving that value, the earliest (``FilingBasis/first``) or the latest
///   (``FilingBasis/latest``); on the same day a 10-K outranks a 10-K/A, a 10-Q and an 8-K;
/// - every change of value between successive filings is a ``Restatement``, from the first
///   filing of the old value to the first filing of the new one.
struct AnnualFactSelection {
    /// A fact whose dates and value have been checked.
    struct CheckedFact {
        var start: CalendarDate
        var end: CalendarDate
        var valueUSD: Int64
        var accession: String
        var form: String
        var filed: CalendarDate
    }

    struct Selection {
        var calendar: FiscalCalendar?
        var figures: [(metric: FinancialMetric, concept: ConceptCandidates.Concept, fiscalYear: Int, fact: CheckedFact)]
        var restatements: [(metric: FinancialMetric, concept: ConceptCandidates.Concept, fiscalYear: Int, old: CheckedFact, new: CheckedFact)]
        var notes: [String]
        /// Every fact of a candidate concept whose period lasts one to four quarters: what the
        /// quarters are worked out from.
        var periodFacts: [(metric: FinancialMetric, concept: ConceptCandidates.Concept, fact: CheckedFact)] = []
    }

    /// Orders facts by filing date, then form (annual reports first), then accession.
    static func filedBefore(_ lhs: CheckedFact, _ rhs: CheckedFact) -> Bool {
        FilingOrder.precedes(filed: lhs.filed, form: lhs.form, accession: lhs.accession, filed: rhs.filed, form: rhs.form, accession: rhs.accession)
    }

    /// - Throws: ``DataFileError`` naming the fact (`facts.us-gaap.Revenues.units.USD[3].end`) with a bad date or value.
    static func select(_ file: CompanyFactsFile, candidates: ConceptCandidates, basis: FilingBasis, fileName: String) throws -> Selection {
        var notes: [String] = []
        var annual: [ConceptCandidates.Concept: [CheckedFact]] = [:]
        var periodFacts: [(metric: FinancialMetric, concept: ConceptCandidates.Concept, fact: CheckedFact)] = []
        for concept in candidates.candidates.values.joined() {
            guard let units = file.facts[concept.taxonomy]?[concept.name] else { continue }
            let otherUnits = units.keys.filter { $0 != "USD" }.sorted()
            if !otherUnits.isEmpty, units["USD"] == nil {
                notes.append("\(concept) skipped: reported in \(otherUnits.joined(separator: ", ")), not USD")
            }
            let place = "facts.\(concept.taxonomy).\(concept.name).units.USD"
            let facts = try (units["USD"] ?? []).enumerated().compactMap { index, fact in
                try check(fact, place: "\(place)[\(index)]", file: fileName)
            }
            // A negative amount of a line that cannot be negative is an anomaly in the filing's
            // data: it is left out and reported, never stored as a normal figure.
            let metrics = candidates.candidates.filter { $0.value.contains(concept) }.map(\.key)
            var kept = facts
            if metrics.contains(where: \.isNeverNegative) {
                for fact in facts where fact.valueUSD < 0 && PeriodLength.quarters(days: fact.end.days(since: fact.start) + 1) != nil {
                    notes.append("anomaly: \(concept) is negative (\(fact.valueUSD) USD) for \(fact.start)..\(fact.end) in \(fact.form) \(fact.accession); left out")
                }
                kept = facts.filter { $0.valueUSD >= 0 }
            }
            annual[concept] = kept.filter { FiscalCalendar.isAnnual(start: $0.start, end: $0.end) }
            for metric in metrics {
                periodFacts += kept.filter { PeriodLength.quarters(days: $0.end.days(since: $0.start) + 1) != nil }.map { (metric, concept, $0) }
            }
        }
        let calendar = FiscalCalendar(annualEnds: annual.values.joined().map(\.end))
        var selection = Selection(calendar: calendar, figures: [], restatements: [], notes: notes, periodFacts: periodFacts)
        guard let calendar else { return selection }
        for (metric, concepts) in candidates.candidates.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var taken = Set<Int>()
            for concept in concepts {
                let byYear = Dictionary(grouping: annual[concept] ?? []) { calendar.fiscalYear(endingOn: $0.end) }
                for (fiscalYear, facts) in byYear.sorted(by: { $0.key < $1.key }) where !taken.contains(fiscalYear) {
                    let period = preferredPeriod(facts, calendar: calendar)
                    let ordered = facts.filter { $0.end == period }.sorted(by: filedBefore)
                    guard let chosen = basis == .first ? ordered.first : ordered.last else { continue }
                    taken.insert(fiscalYear)
                    selection.figures.append((metric, concept, fiscalYear, chosen))
                    var current = ordered[0]
                    for next in ordered.dropFirst() where next.valueUSD != current.valueUSD {
                        selection.restatements.append((metric, concept, fiscalYear, current, next))
                        current = next
                    }
                }
            }
        }
        return selection
    }

    /// Of several annual periods that share a fiscal year label (after a change of year end),
    /// the one ending in the fiscal-year-end month, else the latest.
    private static func preferredPeriod(_ facts: [CheckedFact], calendar: FiscalCalendar) -> CalendarDate {
        let ends = Set(facts.map(\.end)).sorted()
        return ends.last(where: calendar.isYearEnd) ?? ends[ends.count - 1]
    }

    /// The fact with its dates parsed and value checked, or `nil` when it is an instant (a
    /// balance) rather than a period.
    private static func check(_ fact: CompanyFactsFile.Fact, place: String, file: String) throws -> CheckedFact? {
        func bad(_ field: String, _ value: String, _ expected: String) -> DataFileError {
            .malformed(file: file, place: "\(place).\(field)", reason: "\"\(DataFileError.clip(value))\" is not \(expected)")
        }
        guard let end = CalendarDate(iso: fact.end) else { throw bad("end", fact.end, "a date (YYYY-MM-DD)") }
        guard let startText = fact.start else { return nil }
        guard let start = CalendarDate(iso: startText) else { throw bad("start", startText, "a date (YYYY-MM-DD)") }
        guard start <= end else { throw bad("start", startText, "on or before the period end \(fact.end)") }
        guard let filed = CalendarDate(iso: fact.filed) else { throw bad("filed", fact.filed, "a date (YYYY-MM-DD)") }
        guard fact.val.isFinite, abs(fact.val) < 9.0e18 else { throw bad("val", "\(fact.val)", "a dollar amount") }
        return CheckedFact(start: start, end: end, valueUSD: Int64(fact.val.rounded()), accession: fact.accn,
                           form: fact.form, filed: filed)
    }
}
