import CapexModel
import GRDB

extension CapexDatabase {
    /// Restatements found by SEC imports, optionally for some companies, by company and year.
    public func restatements(ciks: Set<Int>? = nil) throws -> [Restatement] {
        try read { db in
            var request = RestatementRecord.all()
            if let ciks { request = request.filter(ciks.contains(Column("cik"))) }
            let companies = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company) })
            return try request.fetchAll(db).compactMap { record in
                companies[record.cik].map(record.restatement)
            }
            .sorted { ($0.company.displayTicker, $0.fiscalYear, $0.metric.rawValue, $0.new.filed)
                < ($1.company.displayTicker, $1.fiscalYear, $1.metric.rawValue, $1.new.filed) }
        }
    }

    /// Figures that different sources give different values for.
    public func conflicts(ciks: Set<Int>? = nil) throws -> [FigureConflict] {
        try read { db in try Self.conflicts(in: db, ciks: ciks) }
    }
}
