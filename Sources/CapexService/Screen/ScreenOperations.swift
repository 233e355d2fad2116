import CapexData
import CapexModel
import Foundation

/// `screen`: every filer's capital intensity, filtered and sorted.
public struct ScreenRequest: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        case capexIntensity = "capex_intensity", capexGrowth = "capex_growth", intensityChange = "intensity_change", revenue
    }

    /// A fiscal year (each filer's latest with revenue and capex when `nil`).
    public var year: Int?
    /// Revenue at least this, USD millions.
    public var minimumRevenue: Double?
    /// Only filers in this band: `software`, `early-cloud`, `infrastructure` (or `below-software`).
    public var band: String?
    /// Only filers that entered their band in or after this year.
    public var crossedSince: Int?
    public var sort: Sort
    public var limit: Int?
    /// Trailing twelve months at each filer's latest quarter instead of a fiscal year.
    public var ttm: Bool = false

    public static let bandNames = ["below-software", "software", "early-cloud", "infrastructure"]

    public init(year: Int? = nil, minimumRevenue: Double? = nil, band: String? = nil, crossedSince: Int? = nil, sort: Sort = .capexIntensity,
                limit: Int? = nil) {
        self.year = year
        self.minimumRevenue = minimumRevenue
        self.band = band
        self.crossedSince = crossedSince
        self.sort = sort
        self.limit = limit
    }

    func validate() throws {
        if ttm, year != nil { throw RequestError.conflicting(field: "ttm", with: "year", reason: "the trailing twelve months end at each filer's latest quarter, not in a chosen fiscal year") }
        if ttm, sort == .capexGrowth || sort == .intensityChange {
            throw RequestError.conflicting(field: "ttm", with: "sort \(sort.rawValue)", reason: "growth and intensity change need a history of fiscal years; sort by capex_intensity or revenue")
        }
        if ttm, crossedSince != nil { throw RequestError.conflicting(field: "ttm", with: "crossed_since", reason: "band-since needs a history of fiscal years") }
        try YearCheck.check(year, field: "year")
        try YearCheck.check(crossedSince, field: "crossed_since")
        if let minimumRevenue, !(minimumRevenue >= 0 && minimumRevenue.isFinite) {
            throw RequestError.outOfRange(field: "min_revenue", value: NumberText.compact(minimumRevenue), valid: "0 or more (USD millions)")
        }
        if let band, !Self.bandNames.contains(band) { throw RequestError.unknownName(field: "band", name: band, valid: Self.bandNames) }
        if let limit, !(1...100_000).contains(limit) { throw RequestError.outOfRange(field: "limit", value: String(limit), valid: "1 to 100,000") }
    }
}

extension CapexService {
    /// Loads SEC's bulk archive (a zip) or a folder of companyfacts files into the universe
    /// tables; the curated companies are left as they are. Bad files are counted and named.
    public func loadUniverse(archive: URL?, folder: URL?, threads: Int, basis: FilingBasis = .first) throws -> UniverseLoader.Summary {
        let started = Date()
        let curated = Set(try database.companies().map(\.cik))
        let loader = UniverseLoader(importer: try SECImporter(), basis: basis, threads: threads)
        let filers: [UniverseLoader.Filer]
        var bytes = 0
        if let archive {
            filers = try loader.read(archive: archive, curated: curated)
            bytes = (try? FileManager.default.attributesOfItem(atPath: archive.path)[.size] as? Int) ?? 0
        } else if let folder {
            filers = try loader.read(folder: folder, curated: curated)
        } else {
            return UniverseLoader.Summary()
        }
        var summary = try database.storeUniverse(filers)
        summary.bytes = bytes
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The screen: the curated companies and every universe filer, one row each.
    public func screen(_ request: ScreenRequest) throws -> ScreenResult {
        try request.validate()
        let bands = try database.regimeBands()
        let companies = try database.companies()
        let peers = Set(PeerSet.hyperscalers(among: companies).members.map(\.cik))
        var rows: [ScreenRow] = []
        if request.ttm { return try ttmScreen(request, companies: companies, peers: peers, bands: bands) }
        let curatedYears = Dictionary(grouping: try database.companyYears(), by: \.company.cik)
        for company in companies {
            let years = (curatedYears[company.cik] ?? []).map {
                ScreenRow.Year(fiscalYear: $0.fiscalYear, periodEnd: $0.periodEnd, revenue: $0[.revenue], capex: $0[.capex])
            }
            if let row = ScreenRow.row(cik: company.cik, entity: company.name, ticker: company.ticker, isPeer: peers.contains(company.cik),
                                       isCurated: true, years: years, fiscalYear: request.year, bands: bands) { rows.append(row) }
        }
        let curated = Set(companies.map(\.cik))
        for filer in try database.universe() where !curated.contains(filer.cik) {
            let years = filer.years.map { year in
                ScreenRow.Year(fiscalYear: year.fiscalYear, periodEnd: year.periodEnd,
                               revenue: Figure(optional: year.revenueUSD.map { Double($0) / 1_000_000 }, .reported),
                               capex: Figure(optional: year.capexUSD.map { Double($0) / 1_000_000 }, .reported))
            }
            if let row = ScreenRow.row(cik: filer.cik, entity: filer.entity, ticker: nil, isPeer: false, isCurated: false, years: years,
                                       fiscalYear: request.year, bands: bands) { rows.append(row) }
        }
        return try finish(rows, request: request)
    }

    /// The screen on trailing twelve months: the curated companies' from their quarters, the
    /// universe's from the four quarters stored at load (growth and history do not apply).
    func ttmScreen(_ request: ScreenRequest, companies: [Company], peers: Set<Int>, bands: RegimeBands) throws -> ScreenResult {
        var rows: [ScreenRow] = []
        let quarters = try database.companyQuarters()
        for company in companies {
            guard let companyQuarters = quarters[company.cik],
                  let twelve = TrailingTwelveMonths.at(companyQuarters, asOf: nil, leaseLine: .assetsObtained), let end = twelve.last.end else { continue }
            let year = ScreenRow.Year(fiscalYear: end.year, periodEnd: end.description, revenue: twelve.sum(.revenue), capex: twelve.capex(.cash))
            if let row = ScreenRow.row(cik: company.cik, entity: company.name, ticker: company.ticker, isPeer: peers.contains(company.cik),
                                       isCurated: true, years: [year], fiscalYear: nil, bands: bands) { rows.append(row) }
        }
        let curated = Set(companies.map(\.cik))
        for filer in try database.universe() where !curated.contains(filer.cik) {
            guard let ttm = filer.ttm, let end = CalendarDate(iso: ttm.end) else { continue }
            let year = ScreenRow.Year(fiscalYear: end.year, periodEnd: ttm.end, revenue: Figure(Double(ttm.revenueUSD) / 1_000_000, .derived),
                                      capex: Figure(Double(ttm.capexUSD) / 1_000_000, .derived))
            if let row = ScreenRow.row(cik: filer.cik, entity: filer.entity, ticker: nil, isPeer: false, isCurated: false, years: [year],
                                       fiscalYear: nil, bands: bands) { rows.append(row) }
        }
        return try finish(rows, request: request)
    }

    /// Filters, sorts and limits the rows.
    func finish(_ rows: [ScreenRow], request: ScreenRequest) throws -> ScreenResult {
        var rows = rows
        if request.ttm {
            for index in rows.indices { rows[index].bandSince = nil }
        }
        let wantedBand = request.band.map { $0.replacingOccurrences(of: "-", with: " ") }
        rows = rows.filter { row in
            (request.minimumRevenue.map { row.revenue.value ?? -1 >= $0 } ?? true)
                && (wantedBand.map { row.band == $0 } ?? true)
                && (request.crossedSince.map { since in row.bandSince.map { $0 >= since } ?? false } ?? true)
        }
        func key(_ row: ScreenRow) -> Double {
            switch request.sort {
            case .capexIntensity: row.intensity.value ?? -.infinity
            case .capexGrowth: row.growth.value ?? -.infinity
            case .intensityChange: row.change5.value ?? row.change3.value ?? -.infinity
            case .revenue: row.revenue.value ?? -.infinity
            }
        }
        rows.sort { (key($0), $1.cik) > (key($1), $0.cik) }
        let total = rows.count
        if let limit = request.limit { rows = Array(rows.prefix(limit)) }
        var result = ScreenResult(rows: rows, matching: total, universeFilers: try database.universe().count)
        result.trailingTwelveMonths = request.ttm
        return result
    }
}

/// `screen`: one row per filer.
public struct ScreenResult: TabularResult {
    public var rows: [ScreenRow]
    /// Filers matching the filters before the limit.
    public var matching: Int
    /// Filers loaded from the archive.
    public var universeFilers: Int
    /// Rows are trailing twelve months at each filer's latest quarter: the table shows the period
    /// end instead of the fiscal year, and growth, intensity changes and band-since (which need a
    /// history of fiscal years) are left out of it (null in JSON and CSV, whose columns stay).
    public var trailingTwelveMonths = false

    public var fields: [Field<ScreenRow>] {
        guard trailingTwelveMonths else { return Self.fieldList }
        return Self.fieldList.map { field in
            var field = field
            switch field.key {
            case "period_end": field.machineOnly = false; field.title = "TTM to"
            case "fiscal_year", "capex_growth", "intensity_change_3y", "intensity_change_5y", "band_since": field.machineOnly = true
            default: break
            }
            return field
        }
    }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<ScreenRow>] = [
        .integer("cik", "CIK") { $0.cik },
        .text("entity", "Entity", wrapWidth: 32) { $0.entity },
        .text("ticker", "Ticker") { $0.ticker },
        .bool("peer", "Peer") { $0.isPeer },
        .bool("curated", "Curated", machineOnly: true) { $0.isCurated },
        .integer("fiscal_year", "FY") { $0.fiscalYear },
        .text("period_end", "Period end", machineOnly: true) { $0.periodEnd },
        .figure("revenue_usd_m", "Revenue $M", .millions) { $0.revenue },
        .figure("capex_usd_m", "Capex $M", .millions) { $0.capex },
        .figure("capex_intensity", "Capex/Rev", .percent) { $0.intensity },
        .figure("capex_growth", "Capex YoY", .growth) { $0.growth },
        .figure("intensity_change_3y", "Δ3y", .growth) { $0.change3 },
        .figure("intensity_change_5y", "Δ5y", .growth) { $0.change5 },
        .text("band", "Band") { $0.band },
        .integer("band_since", "Since") { $0.bandSince },
    ]
}
