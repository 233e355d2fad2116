import CapexData
import CapexModel

/// The tables of reported figures, built from the database the same way for the CLI, the API
/// and the report.
public enum FilingsTables {
    /// `capexgap companies`: one row per company fiscal year within `filter`.
    public static func companies(_ filter: CompanyFilter, capex: CapexDefinition, database: CapexDatabase) throws -> Table {
        try CompaniesTable.make(companyRows(filter, capex: capex, database: database), bands: database.regimeBands(), definition: capex)
    }

    /// The capital-intensity rows behind ``companies(_:capex:database:)``.
    public static func companyRows(_ filter: CompanyFilter, capex: CapexDefinition, database: CapexDatabase) throws -> [CapitalIntensityRow] {
        try filter.validate()
        let ciks = try filter.selectedCIKs(in: database)
        // Growth needs the year before `from`, so fetch it and drop it after computing.
        let fetched = try database.companyYears(ciks: ciks, from: filter.from.map { $0 - 1 }, to: filter.to)
        return CapitalIntensityRow.rows(for: fetched, definition: capex, bands: try database.regimeBands())
            .filter { filter.from == nil || $0.year.fiscalYear >= filter.from! }
    }

    /// `capexgap peers`: the peer set's sums per fiscal year (the named companies, or the hyperscalers).
    public static func peers(_ filter: CompanyFilter, capex: CapexDefinition, database: CapexDatabase) throws -> Table {
        let peerSet = try filter.peerSet(in: database)
        let years = peerSet.years(from: try database.companyYears(ciks: Set(peerSet.members.map(\.cik))), definition: capex)
        return PeersTable.make(years, peerSet: peerSet, bands: try database.regimeBands(), definition: capex)
    }

    /// `capexgap essay`: the founding essay's table reconciled with the filings.
    public static func essay(database: CapexDatabase) throws -> Table {
        EssayTable.make(try essayReconciliations(database: database))
    }

    public static func essayReconciliations(database: CapexDatabase) throws -> [EssayReconciliation] {
        let companies = try database.companies()
        return try database.essayRows().map { row in
            let ciks = Set(companies.filter { $0.ticker == row.ticker }.map(\.cik))
            return EssayReconciliation(row: row, years: ciks.isEmpty ? [] : try database.companyYears(ciks: ciks))
        }
    }

    /// `capexgap sources`: every source behind the figures of the named companies (all when none).
    public static func sources(_ filter: CompanyFilter, database: CapexDatabase) throws -> Table {
        SourcesTable.make(try database.sourceUsages(ciks: try filter.selectedCIKs(in: database)))
    }

    /// The headline without the outlook lines (which need a Monte Carlo run).
    public static func headline(database: CapexDatabase) throws -> Headline {
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies())
        let years = try database.companyYears(ciks: Set(peerSet.members.map(\.cik)))
        return Headline(peerSet: peerSet, companyYears: years, bands: try database.regimeBands())
    }
}
