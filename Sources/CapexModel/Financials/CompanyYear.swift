/// One financial statement figure as stored: value in USD millions, evidence, the concept or
/// statement line it was read from, and its source.
public struct StatementFigure: Sendable, Hashable {
    public var figure: Figure
    /// The XBRL concept (`us-gaap:...`) or the printed line (`line:...`) the value came from.
    public var concept: String?
    public var source: Source?

    public init(figure: Figure, concept: String? = nil, source: Source? = nil) {
        self.figure = figure
        self.concept = concept
        self.source = source
    }

    public static let missing = StatementFigure(figure: .unresolved)
}

/// A company's figures for one fiscal year, in USD millions.
///
/// The fiscal year is the company's own label: the calendar year in which the fiscal year
/// ends (Microsoft's FY2024 runs from 2023-07-01 to 2024-06-30).
public struct CompanyYear: Sendable, Hashable {
    public var company: Company
    public var fiscalYear: Int
    /// First and last day of the fiscal year, ISO 8601 (`2024-06-30`).
    public var periodStart: String?
    public var periodEnd: String?
    public var figures: [FinancialMetric: StatementFigure]
    /// Caveats that come with the figures (restatements, definitions).
    public var note: String?

    public init(company: Company, fiscalYear: Int, periodStart: String? = nil, periodEnd: String? = nil,
                figures: [FinancialMetric: StatementFigure], note: String? = nil) {
        self.company = company
        self.fiscalYear = fiscalYear
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.figures = figures
        self.note = note
    }

    /// The figure for `metric`, unresolved when the company did not report it.
    public subscript(metric: FinancialMetric) -> Figure {
        figures[metric]?.figure ?? .unresolved
    }

    /// The distinct sources behind this year's figures, in metric order.
    public var sources: [Source] {
        var seen = Set<String>()
        return FinancialMetric.allCases.compactMap { figures[$0]?.source }
            .filter { seen.insert($0.key).inserted }
    }

    /// The weakest evidence among the figures present, ignoring missing ones.
    public var evidence: EvidenceStatus {
        EvidenceStatus.weakest(figures.values.map(\.figure).filter(\.isResolved).map(\.evidence))
    }
}
