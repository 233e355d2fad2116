import CapexModel
import Foundation
import GRDB

/// Brings the bundled data of a database up to this release's, in the caller's transaction,
/// without touching what the user imported.
///
/// - Reference tables (published figures, presets, bands, analogs, value-chain mappings) hold
///   bundled rows only: they are replaced whole.
/// - Company figures with origin `bundled` are compared with the bundle by company, fiscal
///   year, metric and source: new ones are added, changed ones corrected, withdrawn ones
///   removed. Figures with any other origin (`sec`, `csv`) are never touched.
/// - Every change is recorded in `dataset_change` (`capexgap sources --changes` lists them),
///   and the bundle's version in `dataset_state`.
enum DatasetSync {
    /// The version of the bundled data: a digest of every bundled file (FNV-1a, 64 bits), so
    /// any change to the data changes it.
    static let bundledVersion: String = {
        guard let folder = BundledFile.folder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() else { return "missing" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in names {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            for byte in Array(name.utf8) + Array(data) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    static let versionKey = "dataset_version"

    /// The version recorded in the database, if any.
    static func storedVersion(_ db: Database) throws -> String? {
        guard try db.tableExists("dataset_state") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM dataset_state WHERE key = ?", arguments: [versionKey])
    }

    /// Applies the bundle; `figures: false` leaves out the bundled company figures (a database
    /// for tests of imports). Returns the changes recorded.
    @discardableResult
    static func apply(_ db: Database, figures includeFigures: Bool = true, today: String = DatasetSync.today()) throws -> [DatasetChange] {
        let previous = try storedVersion(db)
        // A database with no sources yet is being created; one without a version was written
        // by release 0.6 or earlier, whose bundled rows are compared like any other version's.
        let fresh = try Int.fetchOne(db, sql: "SELECT count(*) FROM source") == 0
        let bundled = try BundledDataset.load()
        var changes = try replaceReference(db, bundled: bundled, fresh: fresh)
        if includeFigures {
            changes += try syncCompanies(db, known: try KnownCompanies.bundled())
            changes += try syncFigures(db, financials: bundled.financials)
            changes += try syncPeriodFacts(db, file: try PeriodFactsFile.load())
        }
        try removeOrphanSources(db)
        if fresh {
            changes = [DatasetChange(kind: .created, subject: "database", detail: "created with the bundled dataset \(bundledVersion)")]
        } else if changes.isEmpty {
            changes = [DatasetChange(kind: .reference, subject: "database", detail: "dataset \(previous ?? "of release 0.6") -> \(bundledVersion): no figure changed")]
        }
        for change in changes {
            try db.execute(sql: "INSERT INTO dataset_change (dataset_version, applied, kind, subject, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [bundledVersion, today, change.kind.rawValue, change.subject, change.detail])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO dataset_state (key, value) VALUES (?, ?)", arguments: [versionKey, bundledVersion])
        return changes
    }

    static func today() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    }

    /// The reference tables, emptied and loaded again; a change of row count is recorded.
    private static func replaceReference(_ db: Database, bundled: BundledDataset, fresh: Bool) throws -> [DatasetChange] {
        let tables = ["observation", "preset_parameter", "preset_check", "useful_life_change", "analog_cycle", "category_layer",
                      "supplier_check", "regime_band", "essay_row"]
        var before: [String: Int] = [:]
        for table in tables {
            before[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try bundled.insertReference(into: db)
        try ReferenceData.load().insert(into: db)
        try HistoryData.load().insert(into: db)
        guard !fresh else { return [] }
        var changes: [DatasetChange] = []
        for table in tables {
            let after = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            if after != before[table] {
                changes.append(DatasetChange(kind: .reference, subject: table, detail: "\(before[table] ?? 0) -> \(after) rows"))
            }
        }
        return changes
    }

    /// A bundled figure's identity: company, fiscal year, metric and source.
    private struct Key: Hashable {
        var cik: Int
        var fiscalYear: Int
        var metric: String
        var sourceKey: String
    }

    private static func syncFigures(_ db: Database, financials: FinancialsFile) throws -> [DatasetChange] {
        let sourceKeys = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, key FROM source").map {
            (Int64($0["id"] as Int64), $0["key"] as String)
        })
        var stored: [Key: FigureRecord] = [:]
        for record in try FigureRecord.filter(Column("origin") == FigureOrigin.bundled.rawValue).fetchAll(db) {
            guard let key = sourceKeys[record.sourceID] else { continue }
            stored[Key(cik: record.cik, fiscalYear: record.fiscalYear, metric: record.metric.rawValue, sourceKey: key)] = record
        }
        let tickers = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company.displayTicker) })
        var changes: [DatasetChange] = []
        var seen = Set<Key>()
        for row in financials.rows {
            if try CompanyRecord.fetchOne(db, key: row.company.cik) == nil {
                try CompanyRecord(row.company).insert(db)
                changes.append(DatasetChange(kind: .added, subject: row.company.displayTicker, detail: "company \(row.company.name)"))
            }
            try db.execute(sql: """
                INSERT INTO company_year (cik, fiscal_year, period_start, period_end, note) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (cik, fiscal_year) DO UPDATE SET period_start = excluded.period_start, period_end = excluded.period_end, note = excluded.note
                """, arguments: [row.company.cik, row.fiscalYear, row.periodStart, row.periodEnd, row.note])
            let ticker = tickers[row.company.cik] ?? row.company.displayTicker
            for entry in row.entries {
                let key = Key(cik: row.company.cik, fiscalYear: row.fiscalYear, metric: entry.metric.rawValue, sourceKey: entry.source.key)
                seen.insert(key)
                let value = Int64((entry.valueUSDMillions * 1_000_000).rounded())
                let subject = "\(ticker) FY\(row.fiscalYear) \(entry.metric.rawValue)"
                if var existing = stored[key] {
                    guard existing.valueUSD != value || existing.evidence != entry.evidence || existing.concept != entry.concept else { continue }
                    changes.append(DatasetChange(kind: .corrected, subject: subject,
                                                 detail: "\(millions(existing.valueUSD)) -> \(millions(value)) $M (\(entry.source.title))"))
                    existing.valueUSD = value
                    existing.evidence = entry.evidence
                    existing.concept = entry.concept
                    try existing.update(db)
                } else {
                    var record = FigureRecord(id: nil, cik: row.company.cik, fiscalYear: row.fiscalYear, metric: entry.metric,
                                              valueUSD: value, evidence: entry.evidence, concept: entry.concept,
                                              sourceID: try SourceRecord.findOrInsert(entry.source, in: db), origin: .bundled)
                    try record.insert(db)
                    changes.append(DatasetChange(kind: .added, subject: subject, detail: "\(millions(value)) $M (\(entry.source.title))"))
                }
            }
        }
        for (key, record) in stored.sorted(by: { ($0.key.cik, $0.key.fiscalYear, $0.key.metric) < ($1.key.cik, $1.key.fiscalYear, $1.key.metric) })
        where !seen.contains(key) {
            try record.delete(db)
            changes.append(DatasetChange(kind: .removed, subject: "\(tickers[key.cik] ?? "CIK\(key.cik)") FY\(key.fiscalYear) \(key.metric)",
                                         detail: "\(millions(record.valueUSD)) $M (\(key.sourceKey.dropFirst("bundled: ".count)))"))
        }
        return changes
    }

    /// The bundled companies: added when missing; their fiscal-year end filled in when unknown
    /// and their capex lease line set (a role the user gave is kept).
    private static func syncCompanies(_ db: Database, known: KnownCompanies) throws -> [DatasetChange] {
        var changes: [DatasetChange] = []
        for company in known.companies.values.sorted(by: { $0.cik < $1.cik }) {
            if var record = try CompanyRecord.fetchOne(db, key: company.cik) {
                let before = record
                record.fiscalYearEndMonth = record.fiscalYearEndMonth ?? company.fiscalYearEndMonth
                record.capexLeaseLine = company.capexLeaseLine
                if record.fiscalYearEndMonth != before.fiscalYearEndMonth || record.capexLeaseLine != before.capexLeaseLine {
                    try record.update(db)
                }
            } else {
                // A ticker taken by a company the user imported stays theirs.
                var record = CompanyRecord(company)
                if try CompanyRecord.filter(Column("ticker") == company.ticker).fetchCount(db) > 0 { record.ticker = nil }
                try record.insert(db)
                changes.append(DatasetChange(kind: .added, subject: company.displayTicker, detail: "company \(company.name) (\(company.role))"))
            }
        }
        return changes
    }

    /// A filed period value's identity (the table's unique key).
    private struct FactKey: Hashable {
        var cik: Int
        var metric: String
        var start: String
        var end: String
        var concept: String
        var accession: String
        var valueUSD: Int64
    }

    /// The bundled filed values for quarters: new ones added, withdrawn ones removed, changed
    /// evidence or source corrected; the changes are counted per company. A value the user
    /// imported (origin `sec` or `csv`) is never touched.
    private static func syncPeriodFacts(_ db: Database, file: PeriodFactsFile) throws -> [DatasetChange] {
        var stored: [FactKey: (id: Int64, evidence: String, sourceID: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, cik, metric, period_start, period_end, concept, accession, value_usd, evidence, source_id
            FROM period_fact WHERE origin = ?
            """, arguments: [FigureOrigin.bundled.rawValue]) {
            let key = FactKey(cik: row["cik"], metric: row["metric"], start: row["period_start"], end: row["period_end"], concept: row["concept"],
                              accession: row["accession"], valueUSD: row["value_usd"])
            stored[key] = (row["id"], row["evidence"], row["source_id"])
        }
        let tickers = Dictionary(uniqueKeysWithValues: try CompanyRecord.fetchAll(db).map { ($0.cik, $0.company.displayTicker) })
        var added: [Int: Int] = [:], corrected: [Int: Int] = [:], removed: [Int: Int] = [:]
        var seen = Set<FactKey>()
        for row in file.rows {
            let fact = row.fact
            let key = FactKey(cik: row.cik, metric: fact.metric.rawValue, start: fact.start.description, end: fact.end.description,
                              concept: fact.concept, accession: fact.accession, valueUSD: fact.valueUSD)
            guard seen.insert(key).inserted else { continue }
            let sourceID = try SourceRecord.findOrInsert(fact.source, in: db)
            if let existing = stored[key] {
                guard existing.evidence != fact.evidence.rawValue || existing.sourceID != sourceID else { continue }
                try db.cachedStatement(sql: "UPDATE period_fact SET evidence = ?, source_id = ?, filed = ?, form = ? WHERE id = ?")
                    .execute(arguments: [fact.evidence.rawValue, sourceID, fact.filed?.description ?? "", fact.form, existing.id])
                corrected[row.cik, default: 0] += 1
            } else {
                try db.cachedStatement(sql: """
                    INSERT INTO period_fact (cik, metric, period_start, period_end, value_usd, concept, form, accession, filed, evidence, source_id, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """).execute(arguments: [row.cik, key.metric, key.start, key.end, key.valueUSD, key.concept, fact.form, key.accession,
                                             fact.filed?.description ?? "", fact.evidence.rawValue, sourceID, FigureOrigin.bundled.rawValue])
                if db.changesCount > 0 { added[row.cik, default: 0] += 1 }
            }
        }
        for (key, existing) in stored where !seen.contains(key) {
            try db.execute(sql: "DELETE FROM period_fact WHERE id = ?", arguments: [existing.id])
            removed[key.cik, default: 0] += 1
        }
        var changes: [DatasetChange] = []
        for (kind, counts, verb) in [(DatasetChange.Kind.added, added, "added"), (.corrected, corrected, "corrected"), (.removed, removed, "removed")] {
            for (cik, count) in counts.sorted(by: { $0.key < $1.key }) {
                changes.append(DatasetChange(kind: kind, subject: "\(tickers[cik] ?? "CIK\(cik)") quarters",
                                             detail: "\(count) filed value\(count == 1 ? "" : "s") for quarters \(verb)"))
            }
        }
        return changes
    }

    /// Bundled sources nothing refers to any more.
    private static func removeOrphanSources(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM source WHERE key LIKE 'bundled: %'
              AND id NOT IN (SELECT source_id FROM figure) AND id NOT IN (SELECT source_id FROM observation)
              AND id NOT IN (SELECT source_id FROM preset_check) AND id NOT IN (SELECT source_id FROM useful_life_change)
              AND id NOT IN (SELECT source_id FROM regime_band) AND id NOT IN (SELECT source_id FROM essay_row)
              AND id NOT IN (SELECT source_id FROM period_fact)
            """)
    }

    private static func millions(_ valueUSD: Int64) -> String {
        NumberText.grouped(Double(valueUSD) / 1_000_000, digits: valueUSD % 1_000_000 == 0 ? 0 : 1)
    }
}

/// One change the dataset sync made.
public struct DatasetChange: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case created, added, corrected, removed, reference
    }

    public var kind: Kind
    /// What changed: `MSFT FY2026 capex`, a table's name.
    public var subject: String
    public var detail: String
    /// The bundled dataset version that brought it, and the day it was applied (when read back).
    public var version: String?
    public var applied: String?
}

/// Where a stored figure came from.
public enum FigureOrigin: String, Sendable, CaseIterable, Codable {
    /// The bundled dataset (kept up to date by ``DatasetSync``).
    case bundled
    /// An SEC companyfacts import.
    case sec
    /// A CSV import.
    case csv
}
