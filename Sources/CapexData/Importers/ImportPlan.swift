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
    /// Every filed value for a period of one to four quarters (what the quarters come from).
    public var periodFacts: [PlannedPeriodFact]
    public var restatements: [Restatement]
    /// Things the importer left out, in words (e.g. a concept reported only in euros).
    public var notes: [String]

    public init(file: String, origin: FigureOrigin, company: Company, roleGiven: Bool = false, figures: [PlannedFigure],
                periodFacts: [PlannedPeriodFact] = [], restatements: [Restatement] = [], notes: [String] = []) {
        self.file = file
        self.origin = origin
        self.company = company
        self.roleGiven = roleGiven
        self.figures = figures
        self.periodFacts = periodFacts
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

/// One filed value for a period an import would store.
public struct PlannedPeriodFact: Sendable, Hashable {
    public var metric: FinancialMetric
    public var start: CalendarDate
    public var end: CalendarDate
    /// Whole US dollars.
    public var valueUSD: Int64
    public var concept: String
    public var form: String
    public var accession: String
    public var filed: CalendarDate
    public var evidence: EvidenceStatus
    public var source: Source

    public init(metric: FinancialMetric, start: CalendarDate, end: CalendarDate, valueUSD: Int64, concept: String, form: String,
                accession: String, filed: CalendarDate, evidence: EvidenceStatus, source: Source) {
        self.metric = metric
        self.start = start
        self.end = end
        self.valueUSD = valueUSD
        self.concept = concept
        self.form = form
        self.accession = accession
        self.filed = filed
        self.evidence = evidence
        self.source = source
    }
}
