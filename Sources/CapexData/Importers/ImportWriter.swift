import CapexModel
import GRDB

extension CapexDatabase {
    /// Writes `plans` in one transaction: every figure of every plan, or nothing.
    ///
    /// A figure already stored from the same source with the same value is left as it is, so
    /// importing a file twice changes nothing. A figure from another source is never
    /// overwritten: both are kept, the report lists the conflict, and the metrics use the
    /// stronger evidence, then the figure stored first.
    ///
    /// - Throws: ``ImportError/tickerClash(_:)`` when a ticker would name two companies, or
    ///   ``StoreError``; the database is then unchanged.
    public func apply(_ plans: [ImportPlan]) throws -> ImportReport {
        do {
            return try write { db in
                var summaries: [Int: ImportReport.CompanySummary] = [:]
                var order: [Int] = []
                var touched = Set<FigureKey>()
                for plan in plans {
                    let company = try Self.upsertCompany(plan, in: db)
                    if !order.contains(company.cik) { order.append(company.cik) }
                    var summary = summaries[company.cik] ?? .init(company: company, files: [], added: 0, unchanged: 0,
                                                                  fiscalYears: [], concepts: [:], restatementsAdded: 0, notes: [])
                    summary.company = company
                    if !summary.files.contains(plan.file) { summary.files.append(plan.file) }
                    summary.notes += plan.notes
                    for planned in plan.figures {
                        let added = try Self.store(planned, cik: company.cik, origin: plan.origin, in: db)
                        if added {
                            summary.added += 1
                            touched.insert(FigureKey(cik: company.cik, fiscalYear: planned.fiscalYear, metric: planned.metric))
                        } else {
                            summary.unchanged += 1
                        }
                        summary.concepts[planned.metric, default: [:]][planned.concept ?? planned.source.title, default: []].append(planned.fiscalYear)
                    }
                    summary.fiscalYears = Array(Set(summary.fiscalYears + plan.figures.map(\.fiscalYear))).sorted()
                    for restatement in plan.restatements where try Self.store(restatement, in: db) {
                        summary.restatementsAdded += 1
                    }
                    for fact in plan.periodFacts where try Self.store(fact, cik: company.cik, origin: plan.origin, in: db) {
                        summary.periodFactsAdded += 1
                    }
                    summaries[company.cik] = summary
                }
                let conflicts = try Self.conflicts(in: db, ciks: Set(order)).filter {
                    touched.contains(FigureKey(cik: $0.company.cik, fiscalYear: $0.fiscalYear, metric: $0.metric))
                }
                return ImportReport(companies: order.compactMap { summaries[$0] }, conflicts: conflicts)
            }
        } catch let error as DatabaseError {
            throw DatabaseFile.storeError(error, path: path, busySeconds: busySeconds)
        }
    }

    /// Inserts the company or brings its record up to date; returns it as stored.
    private static func upsertCompany(_ plan: ImportPlan, in db: Database) throws -> Company {
        let wanted = plan.company
        if let ticker = wanted.ticker,
           let holder = try CompanyRecord.filter(Column("ticker") == ticker).fetchOne(db), holder.cik != wanted.cik {
            throw ImportError.tickerClash("\(plan.file): ticker \(ticker) already names CIK \(holder.cik) (\(holder.name)); pass another --ticker")
        }
        guard var record = try CompanyRecord.fetchOne(db, key: wanted.cik) else {
            try CompanyRecord(wanted).insert(db)
            return wanted
        }
        if let ticker = wanted.ticker, let existing = record.ticker, existing != ticker {
            throw ImportError.tickerClash("\(plan.file): CIK \(wanted.cik) already has ticker \(existing), not \(ticker)")
        }
        record.ticker = record.ticker ?? wanted.ticker
        record.fiscalYearEndMonth = record.fiscalYearEndMonth ?? wanted.fiscalYearEndMonth
        if plan.roleGiven { record.role = wanted.role }
        try record.update(db)
        return record.company
    }

    /// Stores one figure unless the same value from the same source is already there.
    /// Returns true when it was added. Prepared statements are cached: an import of many rows
    /// costs a few microseconds a figure.
    private static func store(_ planned: PlannedFigure, cik: Int, origin: FigureOrigin, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO company_year (cik, fiscal_year, period_start, period_end, note) VALUES (?, ?, ?, ?, NULL)
            """).execute(arguments: [cik, planned.fiscalYear, planned.periodStart, planned.periodEnd])
        let sourceID = try SourceRecord.findOrInsert(planned.source, in: db)
        let existing = try db.cachedStatement(sql: """
            SELECT 1 FROM figure WHERE cik = ? AND fiscal_year = ? AND metric = ? AND source_id = ? AND value_usd = ? LIMIT 1
            """)
        guard try Int.fetchOne(existing, arguments: [cik, planned.fiscalYear, planned.metric.rawValue, sourceID, planned.valueUSD]) == nil else {
            return false
        }
        try db.cachedStatement(sql: """
            INSERT INTO figure (cik, fiscal_year, metric, value_usd, evidence, concept, source_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [cik, planned.fiscalYear, planned.metric.rawValue, planned.valueUSD, planned.evidence.rawValue,
                                     planned.concept, sourceID, origin.rawValue])
        return true
    }

    /// Stores a filed period value unless the same one is there; returns true when it was added.
    /// The same value already bundled becomes the user's (a later dataset can then never
    /// withdraw what they imported).
    static func store(_ fact: PlannedPeriodFact, cik: Int, origin: FigureOrigin, in db: Database) throws -> Bool {
        let sourceID = try SourceRecord.findOrInsert(fact.source, in: db)
        let key: StatementArguments = [cik, fact.metric.rawValue, fact.start.description, fact.end.description, fact.concept, fact.accession, fact.valueUSD]
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO period_fact (cik, metric, period_start, period_end, concept, accession, value_usd, form, filed, evidence, source_id, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: key + [fact.form, fact.filed.description, fact.evidence.rawValue, sourceID, origin.rawValue])
        if db.changesCount > 0 { return true }
        try db.cachedStatement(sql: """
            UPDATE period_fact SET origin = ?, source_id = ? WHERE cik = ? AND metric = ? AND period_start = ? AND period_end = ? AND concept = ?
              AND accession = ? AND value_usd = ? AND origin = 'bundled'
            """).execute(arguments: [origin.rawValue, sourceID] + key)
        return false
    }

    /// Stores a restatement unless it is already recorded; returns true when it was added.
    private static func store(_ restatement: Restatement, in db: Database) throws -> Bool {
        var record = RestatementRecord(restatement)
        let existing = try RestatementRecord.filter(
            Column("cik") == record.cik && Column("fiscal_year") == record.fiscalYear && Column("metric") == record.metric.rawValue
                && Column("concept") == record.concept && Column("old_accession") == record.oldAccession
                && Column("new_accession") == record.newAccession && Column("old_value_usd") == record.oldValueUSD
                && Column("new_value_usd") == record.newValueUSD
        ).fetchCount(db)
        guard existing == 0 else { return false }
        try record.insert(db)
        return true
    }

    /// Every (company, fiscal year, metric) whose stored figures disagree.
    static func conflicts(in db: Database, ciks: Set<Int>?) throws -> [FigureConflict] {
        var request = FigureRecord.all()
        if let ciks { request = request.filter(ciks.contains(Column("cik"))) }
        let records = try request.fetchAll(db)
        let companies = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company) })
        let sources = Dictionary(uniqueKeysWithValues: try SourceRecord.fetchAll(db).compactMap { record in
            record.id.map { ($0, record.source) }
        })
        let inUse = Set(ActiveFigures.choose(records).compactMap(\.id))
        return Dictionary(grouping: records, by: FigureKey.init).compactMap { key, group -> FigureConflict? in
            guard Set(group.map(\.valueUSD)).count > 1, let company = companies[key.cik] else { return nil }
            let values = group.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.compactMap { record -> FigureConflict.Value? in
                guard let source = sources[record.sourceID] else { return nil }
                return .init(valueUSDMillions: record.valueUSDMillions, evidence: record.evidence,
                             concept: record.concept, source: source, inUse: inUse.contains(record.id ?? -1))
            }
            return FigureConflict(company: company, fiscalYear: key.fiscalYear, metric: key.metric, values: values)
        }
        .sorted { ($0.company.displayTicker, $0.fiscalYear, $0.metric.rawValue) < ($1.company.displayTicker, $1.fiscalYear, $1.metric.rawValue) }
    }
}

extension FigureKey {
    init(cik: Int, fiscalYear: Int, metric: FinancialMetric) {
        self.cik = cik
        self.fiscalYear = fiscalYear
        self.metric = metric
    }
}
