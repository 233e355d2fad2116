import CapexModel

/// What one input file would add to the database, checked and ready to write.
public struct ImportPlan: Sendable {
    /// The file as the user named it.
    public var file: String
    /// The kind of input.
    public var origin: FigureOrigin
    public var company: Company
    /// True when the user named the company's role on the command line: it then replaces the
    /// role of a company already in the database.
    public var roleGiven: Bool
    public var figures: [PlannedFigure]
    public var restatements: [Restatement]
    /// Things the importer left out, in words (e.g. a concept reported only in euros).
    public var notes: [String]

    public init(file: String, origin: FigureOrigin, company: Company, roleGiven: Bool = false, figures: [PlannedFigure],
                restatements: [Restatement] = [], notes: [String] = []) {
        self.file = file
        self.origin = origin
        self.company = company
        self.roleGiven = roleGiven
        self.figures = figures
        self.restatements = restatements
        self.notes = notes
    }
}

/// One figure an import would store.
public struct PlannedFigure: Sendable, Hashable {
    public var fiscalYear: Int
    public var periodStart: String?
    public var periodEnd: String?
    public var metric: FinancialMetric
    /// Whole US dollars.
    public var valueUSD: Int64
    public var evidence: EvidenceStatus
    /// The XBRL concept or statement line it was read from.
    public var concept: String?
    public var source: Source

    public init(fiscalYear: Int, periodStart: String?, periodEnd: String?, metric: FinancialMetric, valueUSD: Int64,
                evidence: EvidenceStatus, concept: String?, source: Source) {
        self.fiscalYear = fiscalYear
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.metric = metric
        self.valueUSD = valueUSD
        self.evidence = evidence
        self.concept = concept
        self.source = source
    }
}

/// Which of several filings of the same figure an SEC import keeps.
public enum FilingBasis: String, Sendable, CaseIterable {
    /// The value in the earliest filing: as first reported (the default, and the basis of the
    /// bundled dataset).
    case first
    /// The value in the latest filing, after any restatement.
    case latest
}
