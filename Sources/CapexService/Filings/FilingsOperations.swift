import CapexData
import CapexModel

/// `companies`: capital-intensity metrics per company fiscal year.
public struct CompaniesRequest: Sendable, Hashable {
    public var companies: CompanyFilter
    public var capex: CapexDefinition

    public init(companies: CompanyFilter = CompanyFilter(), capex: CapexDefinition = .cash) {
        self.companies = companies
        self.capex = capex
    }
}

/// `peers`: a peer set's sums per fiscal year.
public struct PeersRequest: Sendable, Hashable {
    /// The companies to sum (none named: the hyperscaler peer set). Year bounds are not used.
    public var companies: CompanyFilter
    public var capex: CapexDefinition

    public init(companies: CompanyFilter = CompanyFilter(), capex: CapexDefinition = .cash) {
        self.companies = companies
        self.capex = capex
    }
}

extension CapexService {
    /// The hyperscaler peer set and its members' company years.
    func peerSetYears(capex: CapexDefinition = .cash) throws -> (PeerSet, [CompanyYear], [PeerYear]) {
        let peerSet = PeerSet.hyperscalers(among: try database.companies())
        let years = try database.companyYears(ciks: Set(peerSet.members.map(\.cik)))
        return (peerSet, years, peerSet.years(from: years, definition: capex))
    }

    /// The headline without its outlook (which needs a Monte Carlo run: ``outlook()``).
    public func headline() throws -> HeadlineResult {
        let (peerSet, years, _) = try peerSetYears()
        let quarters = try database.companyQuarters()
        let ttm = peerSet.members.compactMap { member -> TrailingTwelveMonths? in
            guard let companyQuarters = quarters[member.cik] else { return nil }
            return TrailingTwelveMonths.at(companyQuarters, asOf: nil, leaseLine: LeaseLine.choose(stated: member.capexLeaseLine, periods: companyQuarters))
        }
        var result = HeadlineResult(peerSet: peerSet, companyYears: years, ttm: ttm, filingsThrough: try database.latestFiling(),
                                    bands: try database.regimeBands())
        result.commitments = try peerCommitments(peerSet)
        return result
    }

    /// Each peer's latest total commitment (RPO, or its backlog measure), and their sum.
    func peerCommitments(_ peerSet: PeerSet) throws -> HeadlineResult.Commitments {
        let preference = ["rpo_total", "revenue_backlog", "performance_obligations"]
        let rows = try commitments(CompanyFilter(ciks: peerSet.members.map(\.cik))).rows
        let latest = peerSet.members.compactMap { member -> CommitmentsResult.Row? in
            let own = rows.filter { $0.commitment.company.cik == member.cik && preference.contains($0.commitment.metric) }
            guard let date = own.map(\.commitment.periodEnd).max() else { return nil }
            return own.filter { $0.commitment.periodEnd == date }.min { preference.firstIndex(of: $0.commitment.metric)! < preference.firstIndex(of: $1.commitment.metric)! }
        }
        return HeadlineResult.Commitments(rows: latest, total: .sum(latest.map(\.commitment.figure)), ttmRevenue: .sum(latest.map(\.ttmRevenue)))
    }

    /// One row per company fiscal year within the request's filter.
    public func companies(_ request: CompaniesRequest) throws -> CompaniesResult {
        let filter = request.companies
        try filter.validate()
        let ciks = try filter.selectedCIKs(in: try database.companies())
        // Growth needs the year before `from`, so fetch it and drop it after computing.
        let fetched = try database.companyYears(ciks: ciks, from: filter.from.map { $0 - 1 }, to: filter.to)
        let bands = try database.regimeBands()
        let rows = CapitalIntensityRow.rows(for: fetched, definition: request.capex, bands: bands)
            .filter { row in filter.from.map { row.year.fiscalYear >= $0 } ?? true }
        return CompaniesResult(rows: rows, bands: bands, definition: request.capex)
    }

    /// The peer set's sums per fiscal year (the named companies, or the hyperscalers).
    public func peers(_ request: PeersRequest) throws -> PeersResult {
        try request.companies.validate()
        let peerSet = try request.companies.peerSet(among: try database.companies())
        let years = peerSet.years(from: try database.companyYears(ciks: Set(peerSet.members.map(\.cik))), definition: request.capex)
        return PeersResult(years: years, peerSet: peerSet, bands: try database.regimeBands(), definition: request.capex)
    }

    /// The founding essay's table reconciled with the filings.
    public func essay() throws -> EssayResult {
        let companies = try database.companies()
        let rows = try database.essayRows().map { row in
            let ciks = Set(companies.filter { $0.ticker == row.ticker }.map(\.cik))
            return EssayReconciliation(row: row, years: ciks.isEmpty ? [] : try database.companyYears(ciks: ciks))
        }
        return EssayResult(rows: rows)
    }

    /// Every source behind the figures of the named companies (all when none is named).
    public func sources(_ filter: CompanyFilter = CompanyFilter()) throws -> SourcesResult {
        try filter.validate()
        return SourcesResult(rows: try database.sourceUsages(ciks: try filter.selectedCIKs(in: try database.companies())))
    }

    /// Figures a later filing changed, for the named companies (all when none is named).
    public func restatements(_ filter: CompanyFilter = CompanyFilter()) throws -> RestatementsResult {
        try filter.validate()
        return RestatementsResult(rows: try database.restatements(ciks: try filter.selectedCIKs(in: try database.companies())))
    }

    /// Figures different sources give different values for.
    public func conflicts(_ filter: CompanyFilter = CompanyFilter()) throws -> ConflictsResult {
        try filter.validate()
        return ConflictsResult(conflicts: try database.conflicts(ciks: try filter.selectedCIKs(in: try database.companies())))
    }
}
