import CapexData
import CapexModel
import Foundation

extension CapexService {
    /// Downloads (or reads from a mirror) every selected company's companyfacts, verifies each
    /// file (it parses; its CIK is the one asked for), then imports them all in one
    /// transaction: the database is either fully updated or unchanged. Downloaded files are
    /// cached beside the database and asked for again conditionally.
    ///
    /// - Parameter progress: called before each file with (files done, files, file name).
    public func update(_ request: UpdateRequest, progress: @Sendable (Int, Int, String) -> Void = { _, _, _ in }) async throws -> UpdateResult {
        try request.companies.validate()
        let companies = try database.companies()
        let selected = try request.companies.selectedCIKs(in: companies)
        let targets = companies.filter { selected?.contains($0.cik) ?? true }
        let downloader = request.mirror == nil ? HTTPDownloader(policy: try request.policy()) : nil
        let cache = ResponseCache(folder: cacheFolder)
        let importer = try SECImporter()

        var plans: [ImportPlan] = []
        var fetched: [(company: Company, origin: UpdateResult.Origin, url: String, data: Data, validators: ResponseCache.Validators?)] = []
        for (index, company) in targets.enumerated() {
            let name = UpdateRequest.fileName(cik: company.cik)
            progress(index, targets.count, name)
            let data: Data, origin: UpdateResult.Origin, address: String
            var validators: ResponseCache.Validators?
            if let mirror = request.mirror {
                let file = mirror.appendingPathComponent(name)
                address = file.path
                guard let contents = FileManager.default.contents(atPath: file.path) else {
                    throw FetchError.missingInMirror(path: "\(file.path) (\(company.displayTicker))")
                }
                (data, origin) = (contents, .mirror)
            } else {
                let url = request.source.appendingPathComponent("api/xbrl/companyfacts").appendingPathComponent(name)
                address = url.absoluteString
                let download = try await downloader!.get(url, cached: cache.entry(name))
                (data, origin, validators) = (download.data, download.notModified ? .notModified : .downloaded, download.validators)
            }
            let plan = try importer.plan(data: data, file: address, basis: request.basis, ticker: company.ticker, role: company.role)
            guard plan.company.cik == company.cik else {
                throw UpdateFileError(url: address, reason: "the file is companyfacts for CIK \(plan.company.cik), not \(company.cik) (\(company.displayTicker))")
            }
            plans.append(plan)
            fetched.append((company, origin, address, data, validators))
        }
        progress(targets.count, targets.count, "importing")
        let before = try Self.resolvedQuarterLabels(database.companyQuarters(basis: request.basis))
        let report = try database.apply(plans)
        let after = try Self.resolvedQuarterLabels(database.companyQuarters(basis: request.basis))
        for item in fetched where item.origin == .downloaded {
            if let validators = item.validators {
                try? cache.store(UpdateRequest.fileName(cik: item.company.cik), data: item.data, validators: validators)
            }
        }
        let rows = fetched.map { item in
            let summary = report.companies.first { $0.company.cik == item.company.cik }
            let newQuarters = (after[item.company.cik] ?? []).subtracting(before[item.company.cik] ?? [])
            return UpdateResult.Row(company: item.company, origin: item.origin, address: item.url, figuresAdded: summary?.added ?? 0,
                                    periodFactsAdded: summary?.periodFactsAdded ?? 0, restatementsAdded: summary?.restatementsAdded ?? 0,
                                    newQuarters: newQuarters.sorted())
        }
        return UpdateResult(rows: rows, conflicts: report.conflicts.count)
    }

    /// Where downloaded companyfacts are kept: `sec-cache/` beside the database file.
    var cacheFolder: URL {
        let path = database.path == ":memory:" ? FileManager.default.temporaryDirectory.appendingPathComponent("capexgap").path : database.path
        return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("sec-cache")
    }

    /// Each company's quarters with revenue or capex resolved, by label.
    static func resolvedQuarterLabels(_ quarters: [Int: [CompanyQuarter]]) -> [Int: Set<String>] {
        quarters.mapValues { Set($0.filter { $0[.revenue].isResolved || $0[.capex].isResolved }.map(\.label)) }
    }
}

/// `update`: what each company's refresh brought.
public struct UpdateResult: TabularResult {
    public enum Origin: String, Sendable, Hashable {
        case downloaded
        case notModified = "not modified (304)"
        case mirror
    }

    public struct Row: Sendable, Hashable {
        public var company: Company
        public var origin: Origin
        public var address: String
        public var figuresAdded: Int
        public var periodFactsAdded: Int
        public var restatementsAdded: Int
        /// Labels of quarters now resolved that were not before (`FY2026 Q1`).
        public var newQuarters: [String]
    }

    public var rows: [Row]
    /// Figures the update added that disagree with another source (`capexgap conflicts`).
    public var conflicts: Int

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .integer("cik", "CIK") { $0.company.cik },
        .text("origin", "File") { $0.origin.rawValue },
        .integer("figures_added", "Annual figures added") { $0.figuresAdded },
        .integer("period_values_added", "Period values added") { $0.periodFactsAdded },
        .integer("restatements_added", "Restatements") { $0.restatementsAdded },
        .text("new_quarters", "New quarters", wrapWidth: 40) { $0.newQuarters.joined(separator: ", ") },
        .text("url", "URL", machineOnly: true) { $0.address },
    ]
}
