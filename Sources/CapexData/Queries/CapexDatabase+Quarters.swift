import CapexModel
import GRDB

extension CapexDatabase {
    /// Every company's fiscal quarters (oldest first) on a filing basis, worked out from the
    /// stored filed values by ``CompanyQuarters``; read once per change of the database.
    public func companyQuarters(basis: FilingBasis = .first) throws -> [Int: [CompanyQuarter]] {
        try read { db in
            try cache.value("quarters-\(basis.rawValue)", in: db) {
                let companies = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company) })
                let candidates = try ConceptCandidates.bundled()
                var result: [Int: [CompanyQuarter]] = [:]
                for (cik, facts) in try periodFacts(db) {
                    guard let company = companies[cik] else { continue }
                    result[cik] = CompanyQuarters.build(company: company, facts: facts, conceptRank: candidates.rank, basis: basis)
                }
                return result
            }
        }
    }

    /// Every stored filed value, by company.
    func periodFacts(_ db: Database) throws -> [Int: [PeriodFact]] {
        let sources = try sourcesByID(db)
        var result: [Int: [PeriodFact]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT cik, metric, period_start, period_end, value_usd, concept, form, accession, filed, evidence, source_id FROM period_fact
            """)
        while let row = try rows.next() {
            let metric = try StoredValue.decode(FinancialMetric.self, row, "metric", table: "period_fact")
            let evidence = try StoredValue.decode(EvidenceStatus.self, row, "evidence", table: "period_fact")
            guard let start = CalendarDate(iso: row["period_start"]), let end = CalendarDate(iso: row["period_end"]),
                  let source = sources[row["source_id"]] else {
                throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "a period_fact row has an invalid date or source")
            }
            let filedText: String = row["filed"]
            result[row["cik"], default: []].append(PeriodFact(
                metric: metric, start: start, end: end, valueUSD: row["value_usd"], concept: row["concept"], form: row["form"],
                accession: row["accession"], filed: CalendarDate(iso: filedText), evidence: evidence, source: source))
        }
        return result
    }
}

extension CapexDatabase {
    /// The newest filing date of any stored filed value: how fresh the quarters are.
    public func latestFiling() throws -> CalendarDate? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT max(filed) FROM period_fact WHERE filed != ''").flatMap(CalendarDate.init(iso:))
        }
    }
}
