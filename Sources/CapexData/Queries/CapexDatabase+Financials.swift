import CapexModel
import GRDB

extension CapexDatabase {
    /// Every company in the database, by ticker (companies without one last, by CIK).
    public func companies() throws -> [Company] {
        try read { db in
            try cache.value("companies", in: db) {
                try CompanyRecord.fetchAll(db).map(\.company).sorted { ($0.ticker ?? "~\($0.cik)") < ($1.ticker ?? "~\($1.cik)") }
            }
        }
    }

    /// Company fiscal years with their figures, optionally limited to some companies (by CIK)
    /// and a range of fiscal years. Each figure is the one ``ActiveFigures`` picks.
    public func companyYears(ciks: Set<Int>? = nil, from firstYear: Int? = nil, to lastYear: Int? = nil) throws -> [CompanyYear] {
        try allCompanyYears().filter { year in
            (ciks?.contains(year.company.cik) ?? true) && year.fiscalYear >= (firstYear ?? .min) && year.fiscalYear <= (lastYear ?? .max)
        }
    }

    /// Every company fiscal year, read once per change of the database.
    func allCompanyYears() throws -> [CompanyYear] {
        try read { db in
            try cache.value("companyYears", in: db) {
                let companies = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company) })
                let sources = try sourcesByID(db)
                let periodByKey = Dictionary(try CompanyYearRecord.fetchAll(db).map { (YearKey(cik: $0.cik, fiscalYear: $0.fiscalYear), $0) },
                                             uniquingKeysWith: { first, _ in first })
                let chosen = ActiveFigures.choose(try FigureRecord.fetchAll(db))
                let byYear = Dictionary(grouping: chosen) { YearKey(cik: $0.cik, fiscalYear: $0.fiscalYear) }
                let years = byYear.compactMap { key, records -> CompanyYear? in
                    guard let company = companies[key.cik] else { return nil }
                    var statement: [FinancialMetric: StatementFigure] = [:]
                    for record in records {
                        statement[record.metric] = StatementFigure(figure: Figure(record.valueUSDMillions, record.evidence),
                                                            concept: record.concept, source: sources[record.sourceID])
                    }
                    let period = periodByKey[key]
                    return CompanyYear(company: company, fiscalYear: key.fiscalYear, periodStart: period?.periodStart,
                                       periodEnd: period?.periodEnd, figures: statement, note: period?.note)
                }
                .sorted { ($0.company.displayTicker, $0.fiscalYear) < ($1.company.displayTicker, $1.fiscalYear) }
                return CommittedLeases.attach(to: years, facts: try BalanceSheetData.bundled().financing)
            }
        }
    }

    /// The capital-intensity regime bands, with their source.
    public func regimeBands() throws -> RegimeBands {
        try read { db in
            let sources = try sourcesByID(db)
            return RegimeBands(try RegimeBandRecord.fetchAll(db).compactMap { record in
                guard let source = sources[record.sourceID] else { return nil }
                return RegimeBand(id: record.id, label: record.label, lower: record.lower, upper: record.upper, source: source)
            })
        }
    }

    /// The founding essay's capex table as printed, in the essay's order.
    public func essayRows() throws -> [EssayRow] {
        try read { db in
            let sources = try sourcesByID(db)
            return try EssayRowRecord.order(Column.rowID).fetchAll(db).compactMap { record in
                guard let source = sources[record.sourceID] else { return nil }
                return EssayRow(company: record.company, ticker: record.ticker, revenueUSDBillions: record.revenueUSDBillions,
                                capexUSDBillions: record.capexUSDBillions, capexPercent: record.capexPercent,
                                printed: EssayRow.Printed(revenue: record.revenuePrinted, capex: record.capexPrinted, percent: record.percentPrinted), source: source)
            }
        }
    }

    func sourcesByID(_ db: Database) throws -> [Int64: Source] {
        try cache.value("sources", in: db) {
            Dictionary(uniqueKeysWithValues: try SourceRecord.fetchAll(db).compactMap { record in
                record.id.map { ($0, record.source) }
            })
        }
    }
}

/// A company fiscal year.
struct YearKey: Hashable {
    var cik: Int
    var fiscalYear: Int
}
