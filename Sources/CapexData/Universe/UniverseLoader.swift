import CapexModel
import GRDB
import Foundation

/// Loads SEC's bulk companyfacts archive (or a folder of the same files) into the universe
/// tables: each filer's annual revenue and capex, read with the importer's rules (concept
/// stitching, fiscal calendars, first or latest filing). Files are parsed on several threads,
/// each reading its own share of the archive; a bad file is reported by name and skipped, the
/// rest still load; the curated companies are left to the curated data.
public struct UniverseLoader: Sendable {
    /// One filer's outcome.
    public struct Filer: Sendable {
        public var cik: Int
        public var entity: String
        public var file: String
        public enum Status: String, Sendable { case loaded, skipped, empty = "no revenue or capex", curated }
        public var status: Status
        public var reason: String?
        public var years: [Year]
        /// The trailing twelve months at the filer's latest quarter, when four quarters of
        /// revenue and capex resolve (USD).
        public var ttm: TTM? = nil
    }

    /// A filer's trailing twelve months: its last day, revenue and capex in whole US dollars.
    public struct TTM: Sendable, Hashable {
        public var end: String
        public var revenueUSD: Int64
        public var capexUSD: Int64
    }

    /// A filer's fiscal year: revenue and capex in whole US dollars.
    public struct Year: Sendable, Hashable {
        public var fiscalYear: Int
        public var periodEnd: String?
        public var revenueUSD: Int64?
        public var capexUSD: Int64?
        public var revenueConcept: String?
        public var capexConcept: String?
        public var accession: String?
    }

    /// What a load did: counts, and the skipped files with why.
    public struct Summary: Sendable {
        public var loaded = 0, skipped = 0, empty = 0, curated = 0, changedRows = 0
        public var skippedFiles: [(file: String, reason: String)] = []
        public var bytes = 0
        public var seconds = 0.0

        public init() {}
    }

    public let importer: SECImporter
    public let basis: FilingBasis
    public let threads: Int
    public let maximumBytes: Int

    public init(importer: SECImporter, basis: FilingBasis = .first, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                maximumBytes: Int = InputFile.defaultMaximumBytes) {
        self.importer = importer
        self.basis = basis
        self.threads = max(1, threads)
        self.maximumBytes = maximumBytes
    }

    /// Parses one file into a filer (never throws: a bad file is a skipped filer).
    func filer(_ data: Data, file: String, curated: Set<Int>) -> Filer {
        do {
            let plan = try importer.plan(data: data, file: file, basis: basis)
            let cik = plan.company.cik
            if curated.contains(cik) { return Filer(cik: cik, entity: plan.company.name, file: file, status: .curated, years: []) }
            var years: [Int: Year] = [:]
            for figure in plan.figures where figure.metric == .revenue || figure.metric == .capex {
                var year = years[figure.fiscalYear] ?? Year(fiscalYear: figure.fiscalYear, periodEnd: figure.periodEnd)
                if figure.metric == .revenue {
                    year.revenueUSD = figure.valueUSD
                    year.revenueConcept = figure.concept
                } else {
                    year.capexUSD = figure.valueUSD
                    year.capexConcept = figure.concept
                }
                year.accession = year.accession ?? figure.source.accession
                years[figure.fiscalYear] = year
            }
            let sorted = years.values.sorted { $0.fiscalYear < $1.fiscalYear }
            return Filer(cik: cik, entity: plan.company.name, file: file, status: sorted.isEmpty ? .empty : .loaded, years: sorted,
                         ttm: ttm(plan))
        } catch {
            let cik = Int(file.split(separator: "/").last?.dropFirst(3).prefix(10) ?? "") ?? 0
            return Filer(cik: cik, entity: "", file: file, status: .skipped, reason: "\(error)", years: [])
        }
    }

    /// The filer's trailing twelve months from its quarters (reported or derived as for any
    /// import), when revenue and capex both resolve over four quarters.
    func ttm(_ plan: ImportPlan) -> TTM? {
        let facts = plan.periodFacts.filter { $0.metric == .revenue || $0.metric == .capex }.map { fact in
            PeriodFact(metric: fact.metric, start: fact.start, end: fact.end, valueUSD: fact.valueUSD, concept: fact.concept, form: fact.form,
                       accession: fact.accession, filed: fact.filed, evidence: fact.evidence, source: fact.source)
        }
        let quarters = CompanyQuarters.build(company: plan.company, facts: facts, conceptRank: importer.candidates.rank, basis: basis)
        guard let twelve = TrailingTwelveMonths.at(quarters, asOf: nil, leaseLine: .assetsObtained), let end = twelve.last.end,
              let revenue = twelve.sum(.revenue).value, let capex = twelve.capex(.cash).value else { return nil }
        return TTM(end: end.description, revenueUSD: Int64((revenue * 1_000_000).rounded()), capexUSD: Int64((capex * 1_000_000).rounded()))
    }

    /// Reads every `CIK##########.json` of `archive` on ``threads`` threads.
    public func read(archive url: URL, curated: Set<Int>) throws -> [Filer] {
        let archive = try CompanyFactsArchive(url: url)
        let results = ThreadResults(count: threads)
        let threads = self.threads
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var filers: [Filer] = []
            archive.forEach(share: thread, of: threads, maximumBytes: maximumBytes) { name, data in
                let file = "\(url.lastPathComponent):\(name)"
                switch data {
                case .success(let bytes): filers.append(filer(bytes, file: file, curated: curated))
                case .failure(let error): filers.append(Filer(cik: 0, entity: "", file: file, status: .skipped, reason: "\(error)", years: []))
                }
            }
            results.set(thread, filers)
        }
        return results.all
    }

    /// Reads every `*.json` of a folder on ``threads`` threads.
    public func read(folder: URL, curated: Set<Int>) throws -> [Filer] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.lowercased().hasSuffix(".json") }.sorted()
        let results = ThreadResults(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var filers: [Filer] = []
            for index in stride(from: thread, to: names.count, by: threads) {
                let url = folder.appendingPathComponent(names[index])
                do {
                    filers.append(filer(try InputFile.read(url, name: names[index], maximumBytes: maximumBytes), file: names[index], curated: curated))
                } catch {
                    filers.append(Filer(cik: 0, entity: "", file: names[index], status: .skipped, reason: "\(error)", years: []))
                }
            }
            results.set(thread, filers)
        }
        return results.all
    }

    /// Each thread's filers, gathered once all are done.
    final class ThreadResults: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[Filer]]

        init(count: Int) { parts = Array(repeating: [], count: count) }

        func set(_ index: Int, _ filers: [Filer]) {
            lock.lock()
            parts[index] = filers
            lock.unlock()
        }

        var all: [Filer] { parts.flatMap { $0 }.sorted { ($0.cik, $0.file) < ($1.cik, $1.file) } }
    }
}

extension CapexDatabase {
    /// Stores the filers in one transaction (a filer's years replace its previous ones; the
    /// same values again change nothing). Returns the counts.
    public func storeUniverse(_ filers: [UniverseLoader.Filer], today: String? = nil) throws -> UniverseLoader.Summary {
        let today = today ?? DatasetSync.today()
        var summary = UniverseLoader.Summary()
        try write { db in
            for filer in filers {
                switch filer.status {
                case .skipped:
                    summary.skipped += 1
                    summary.skippedFiles.append((filer.file, filer.reason ?? "unreadable"))
                    continue
                case .curated:
                    summary.curated += 1
                    continue
                case .empty: summary.empty += 1
                case .loaded: summary.loaded += 1
                }
                try db.cachedStatement(sql: """
                    INSERT INTO universe_filer (cik, entity, file, loaded, status, ttm_end, ttm_revenue_usd, ttm_capex_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (cik) DO UPDATE SET entity = excluded.entity, file = excluded.file, status = excluded.status,
                      ttm_end = excluded.ttm_end, ttm_revenue_usd = excluded.ttm_revenue_usd, ttm_capex_usd = excluded.ttm_capex_usd
                    WHERE entity != excluded.entity OR file != excluded.file OR status != excluded.status OR ttm_end IS NOT excluded.ttm_end
                      OR ttm_revenue_usd IS NOT excluded.ttm_revenue_usd OR ttm_capex_usd IS NOT excluded.ttm_capex_usd
                    """).execute(arguments: [filer.cik, filer.entity, filer.file, today, filer.status.rawValue, filer.ttm?.end, filer.ttm?.revenueUSD,
                                             filer.ttm?.capexUSD])
                summary.changedRows += db.changesCount
                let kept = Set(filer.years.map(\.fiscalYear))
                let stale = try Int.fetchAll(db, sql: "SELECT fiscal_year FROM universe_year WHERE cik = ?", arguments: [filer.cik]).filter { !kept.contains($0) }
                for year in stale {
                    try db.execute(sql: "DELETE FROM universe_year WHERE cik = ? AND fiscal_year = ?", arguments: [filer.cik, year])
                    summary.changedRows += 1
                }
                for year in filer.years {
                    try db.cachedStatement(sql: """
                        INSERT INTO universe_year (cik, fiscal_year, period_end, revenue_usd, capex_usd, revenue_concept, capex_concept, accession)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (cik, fiscal_year) DO UPDATE SET period_end = excluded.period_end, revenue_usd = excluded.revenue_usd,
                          capex_usd = excluded.capex_usd, revenue_concept = excluded.revenue_concept, capex_concept = excluded.capex_concept,
                          accession = excluded.accession
                        WHERE period_end IS NOT excluded.period_end OR revenue_usd IS NOT excluded.revenue_usd OR capex_usd IS NOT excluded.capex_usd
                          OR revenue_concept IS NOT excluded.revenue_concept OR capex_concept IS NOT excluded.capex_concept OR accession IS NOT excluded.accession
                        """).execute(arguments: [filer.cik, year.fiscalYear, year.periodEnd, year.revenueUSD, year.capexUSD, year.revenueConcept,
                                                 year.capexConcept, year.accession])
                    summary.changedRows += db.changesCount
                }
            }
        }
        return summary
    }

    /// Every universe filer's years, by CIK, with the entity's name and trailing twelve months.
    public func universe() throws -> [(cik: Int, entity: String, years: [UniverseLoader.Year], ttm: UniverseLoader.TTM?)] {
        try read { db in
            var names: [Int: String] = [:], ttms: [Int: UniverseLoader.TTM] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT cik, entity, ttm_end, ttm_revenue_usd, ttm_capex_usd FROM universe_filer") {
                names[row["cik"]] = row["entity"]
                if let end: String = row["ttm_end"], let revenue: Int64 = row["ttm_revenue_usd"], let capex: Int64 = row["ttm_capex_usd"] {
                    ttms[row["cik"]] = UniverseLoader.TTM(end: end, revenueUSD: revenue, capexUSD: capex)
                }
            }
            var years: [Int: [UniverseLoader.Year]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM universe_year ORDER BY cik, fiscal_year") {
                years[row["cik"], default: []].append(UniverseLoader.Year(
                    fiscalYear: row["fiscal_year"], periodEnd: row["period_end"], revenueUSD: row["revenue_usd"], capexUSD: row["capex_usd"],
                    revenueConcept: row["revenue_concept"], capexConcept: row["capex_concept"], accession: row["accession"]))
            }
            return Set(years.keys).union(ttms.keys).sorted().map { ($0, names[$0] ?? "CIK\($0)", years[$0] ?? [], ttms[$0]) }
        }
    }
}
