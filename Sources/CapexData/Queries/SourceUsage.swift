import CapexModel
import GRDB

/// A source and what it supports in the database.
public struct SourceUsage: Sendable, Hashable {
    public var source: Source
    /// Tickers of the companies whose figures it supports (empty for reference data).
    public var tickers: [String]
    /// What it supports, in words: `GOOGL FY2024-FY2025: revenue, capex`, `regime bands: software, ...`.
    public var supports: [String]
    /// Number of figures (or reference rows) it supports.
    public var count: Int
}

extension CapexDatabase {
    /// Every source with what it supports; with `ciks`, only sources of those companies' figures.
    public func sourceUsages(ciks: Set<Int>? = nil) throws -> [SourceUsage] {
        try read { db in
            let sources = try sourcesByID(db)
            let companies = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company) })
            var figures = FigureRecord.all()
            if let ciks { figures = figures.filter(ciks.contains(Column("cik"))) }
            var usages: [SourceUsage] = []
            for (sourceID, records) in Dictionary(grouping: try figures.fetchAll(db), by: \.sourceID) {
                guard let source = sources[sourceID] else { continue }
                let byCompany = Dictionary(grouping: records, by: \.cik)
                let tickers = byCompany.keys.map { companies[$0]?.displayTicker ?? "CIK\($0)" }.sorted()
                let supports = byCompany.map { cik, records in
                    let ticker = companies[cik]?.displayTicker ?? "CIK\(cik)"
                    let years = Set(records.map(\.fiscalYear)).sorted()
                    let metrics = FinancialMetric.allCases.filter { metric in records.contains { $0.metric == metric } }
                    return "\(ticker) \(YearRanges.text(years)): \(metrics.map(\.label).joined(separator: ", "))"
                }.sorted()
                usages.append(SourceUsage(source: source, tickers: tickers, supports: supports, count: records.count))
            }
            if ciks == nil {
                for (sourceID, bands) in Dictionary(grouping: try RegimeBandRecord.fetchAll(db), by: \.sourceID) {
                    guard let source = sources[sourceID] else { continue }
                    usages.append(SourceUsage(source: source, tickers: [],
                                              supports: ["regime bands: " + bands.map(\.label).joined(separator: ", ")],
                                              count: bands.count))
                }
                for (sourceID, rows) in Dictionary(grouping: try EssayRowRecord.fetchAll(db), by: \.sourceID) {
                    guard let source = sources[sourceID] else { continue }
                    usages.append(SourceUsage(source: source, tickers: [],
                                              supports: ["essay capex table: " + rows.map(\.ticker).joined(separator: ", ")],
                                              count: rows.count))
                }
            }
            return Self.merged(usages).sorted { ($0.tickers.first ?? "~", $0.source.title) < ($1.tickers.first ?? "~", $1.source.title) }
        }
    }

    /// One usage per source: a source can support figures and reference rows at once.
    private static func merged(_ usages: [SourceUsage]) -> [SourceUsage] {
        var byKey: [String: SourceUsage] = [:]
        for usage in usages {
            if var existing = byKey[usage.source.key] {
                existing.tickers = Array(Set(existing.tickers + usage.tickers)).sorted()
                existing.supports += usage.supports
                existing.count += usage.count
                byKey[usage.source.key] = existing
            } else {
                byKey[usage.source.key] = usage
            }
        }
        return Array(byKey.values)
    }
}
