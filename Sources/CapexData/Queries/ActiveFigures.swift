import CapexModel

/// The rule that picks, among the figures several sources give for the same company, fiscal
/// year and metric, the one the metrics use: the strongest evidence; between equally strong
/// figures, the one that was in the database first. The others stay stored and are listed
/// as conflicts when their values differ.
enum ActiveFigures {
    /// The chosen record of each (company, fiscal year, metric) among `records`.
    static func choose(_ records: [FigureRecord]) -> [FigureRecord] {
        var best: [FigureKey: FigureRecord] = [:]
        for record in records {
            let key = FigureKey(record)
            if let current = best[key], !precedes(record, current) { continue }
            best[key] = record
        }
        return Array(best.values)
    }

    static func precedes(_ lhs: FigureRecord, _ rhs: FigureRecord) -> Bool {
        if lhs.evidence != rhs.evidence { return lhs.evidence < rhs.evidence }
        return (lhs.id ?? .max) < (rhs.id ?? .max)
    }
}

/// Identifies a figure regardless of its source.
struct FigureKey: Hashable {
    var cik: Int
    var fiscalYear: Int
    var metric: FinancialMetric

    init(_ record: FigureRecord) {
        cik = record.cik
        fiscalYear = record.fiscalYear
        metric = record.metric
    }
}
