import CapexModel

/// What an import did, per company, and the conflicts it found.
public struct ImportReport: Sendable {
    /// One imported company.
    public struct CompanySummary: Sendable {
        public var company: Company
        public var files: [String]
        /// Figures stored by this import.
        public var added: Int
        /// Figures that were already in the database with the same value and source.
        public var unchanged: Int
        public var fiscalYears: [Int]
        /// For each metric, the concept (or source line) each fiscal year came from.
        public var concepts: [FinancialMetric: [String: [Int]]]
        public var restatementsAdded: Int
        /// Filed period values (quarters, year-to-date) stored by this import.
        public var periodFactsAdded: Int = 0
        public var notes: [String]
    }

    public var companies: [CompanySummary]
    /// Figures this import added that disagree with a figure from another source.
    public var conflicts: [FigureConflict]

    /// True when the database changed.
    public var changed: Bool {
        companies.contains { $0.added > 0 || $0.restatementsAdded > 0 || $0.periodFactsAdded > 0 }
    }
}

/// Different values for the same company, fiscal year and metric from different sources. All
/// are kept; the metrics use the one ``inUse`` marks (strongest evidence, then first stored).
public struct FigureConflict: Sendable, Hashable {
    /// One of the values.
    public struct Value: Sendable, Hashable {
        /// USD millions.
        public var valueUSDMillions: Double
        public var evidence: EvidenceStatus
        public var concept: String?
        public var source: Source
        public var inUse: Bool
    }

    public var company: Company
    public var fiscalYear: Int
    public var metric: FinancialMetric
    public var values: [Value]
}
