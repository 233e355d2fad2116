import CapexModel
import GRDB

/// A row of the `company` table.
struct CompanyRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "company"

    var cik: Int
    var ticker: String?
    var name: String
    var role: String
    var fiscalYearEndMonth: Int?
    var capexLeaseLine: LeaseLine?

    enum CodingKeys: String, CodingKey {
        case cik, ticker, name, role
        case fiscalYearEndMonth = "fiscal_year_end_month"
        case capexLeaseLine = "capex_lease_line"
    }

    init(_ company: Company) {
        cik = company.cik
        ticker = company.ticker
        name = company.name
        role = company.role
        fiscalYearEndMonth = company.fiscalYearEndMonth
        capexLeaseLine = company.capexLeaseLine
    }

    var company: Company {
        Company(cik: cik, ticker: ticker, name: name, role: role, fiscalYearEndMonth: fiscalYearEndMonth, capexLeaseLine: capexLeaseLine)
    }
}
