import CapexModel

/// For each metric, the XBRL concepts that may carry it, in order of preference (bundled
/// `sec_concepts.csv`). For every fiscal year the first candidate with a value wins, so a
/// filer that switches concepts (Alphabet between `Revenues` and
/// `RevenueFromContractWithCustomerExcludingAssessedTax`) is stitched year by year.
///
/// Only the standard taxonomies (`us-gaap`, `ifrs-full`) are read: a company's own concepts
/// (`msft:...`) are never used, whatever their names.
public struct ConceptCandidates: Sendable {
    /// A concept in a taxonomy, written `taxonomy:Name`.
    public struct Concept: Sendable, Hashable, CustomStringConvertible {
        public var taxonomy: String
        public var name: String
        public var description: String { "\(taxonomy):\(name)" }
    }

    /// Candidates per metric, most preferred first.
    public let candidates: [FinancialMetric: [Concept]]

    /// Taxonomies the importer reads.
    public static let standardTaxonomies: Set<String> = ["us-gaap", "ifrs-full"]

    public init(candidates: [FinancialMetric: [Concept]]) {
        self.candidates = candidates
    }

    /// The bundled candidate list.
    public static func bundled() throws -> ConceptCandidates {
        let table = try BundledDataset.table(named: "sec_concepts", requiredColumns: ["metric", "rank", "concept"])
        var ranked: [FinancialMetric: [(Int, Concept)]] = [:]
        for row in table.rows {
            let metricName = try row.required("metric")
            guard let metric = FinancialMetric(rawValue: metricName) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "metric", value: metricName,
                                                 expected: "a metric (\(FinancialMetric.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let text = try row.required("concept")
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, standardTaxonomies.contains(parts[0]) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "concept", value: text,
                                                 expected: "a us-gaap: or ifrs-full: concept")
            }
            ranked[metric, default: []].append((try row.requiredInteger("rank"), Concept(taxonomy: parts[0], name: parts[1])))
        }
        return ConceptCandidates(candidates: ranked.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) })
    }

    /// The concept names wanted from each taxonomy.
    var wanted: [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for concept in candidates.values.joined() { result[concept.taxonomy, default: []].insert(concept.name) }
        return result
    }
}

extension ConceptCandidates {
    /// The rank of a concept for `metric` when working out quarters (lower first): the
    /// candidates' order, then any printed line (`line:...`, from a curated release or
    /// filing) after every XBRL concept; `nil` for a concept that is not a candidate.
    public func rank(_ metric: FinancialMetric, _ concept: String) -> Int? {
        if concept.hasPrefix("line:") { return Self.printedLineRank }
        return candidates[metric]?.firstIndex { $0.description == concept }
    }

    static let printedLineRank = 1_000
}
