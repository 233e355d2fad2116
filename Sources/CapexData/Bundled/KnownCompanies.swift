import CapexModel

/// Tickers and roles of companies CapexGap knows by CIK (bundled `companies.csv`), so an SEC
/// import of their companyfacts gets a ticker without the user naming one.
public struct KnownCompanies: Sendable {
    public let companies: [Int: Company]

    public static func bundled() throws -> KnownCompanies {
        let table = try BundledDataset.table(named: "companies", requiredColumns: ["cik", "ticker", "name", "role"])
        var companies: [Int: Company] = [:]
        for row in table.rows {
            let cik = try row.requiredInteger("cik")
            companies[cik] = Company(cik: cik, ticker: try row.required("ticker"), name: try row.required("name"),
                                     role: try row.required("role"))
        }
        return KnownCompanies(companies: companies)
    }

    public init(companies: [Int: Company]) {
        self.companies = companies
    }
}
