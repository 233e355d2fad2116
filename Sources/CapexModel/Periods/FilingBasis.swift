/// Which of several filings of the same figure CapexGap uses (an SEC import, the quarters).
public enum FilingBasis: String, Sendable, CaseIterable {
    /// The value in the earliest filing: as first reported (the default, and the basis of the
    /// bundled dataset).
    case first
    /// The value in the latest filing, after any restatement.
    case latest
}

/// The order of filings that state the same figure: by filing date, then form (an annual
/// report before an amendment, a 10-Q, an 8-K), then accession number. A figure without a
/// recorded filing date counts as filed on `undated` (its period end).
public enum FilingOrder {
    public static let formRank = ["10-K": 0, "10-K/A": 1, "20-F": 2, "20-F/A": 3, "40-F": 4, "10-KT": 5, "10-Q": 6, "10-Q/A": 7, "8-K": 8]

    public static func precedes(filed lhs: CalendarDate, form leftForm: String, accession leftAccession: String,
                                filed rhs: CalendarDate, form rightForm: String, accession rightAccession: String) -> Bool {
        if lhs != rhs { return lhs < rhs }
        let left = formRank[leftForm] ?? 99, right = formRank[rightForm] ?? 99
        if left != right { return left < right }
        return leftAccession < rightAccession
    }
}

extension PeriodFact {
    /// Whether this filing of the period comes before `other` in ``FilingOrder``.
    public func isFiled(before other: PeriodFact) -> Bool {
        FilingOrder.precedes(filed: filed ?? end, form: form, accession: accession,
                             filed: other.filed ?? other.end, form: other.form, accession: other.accession)
    }
}
