import CapexModel

/// The companies CapexGap knows by CIK (bundled `companies.csv`): ticker, role, fiscal-year
/// end and capex definition, so an SEC import of their companyfacts gets a ticker without the
/// user naming one, and the bundled quarters their fiscal calendar.
public struct KnownCompanies: Sendable {
    public let companies: [Int: Company]

    public static func bundled() throws -> KnownCompanies {
        let table = try BundledDataset.table(named: "companies", requiredColumns: ["cik", "ticker", "name", "role", "fiscal_year_end_month",
                                                                                    "capex_lease_line"])
        var companies: [Int: Company] = [:]
        for row in table.rows {
            let cik = try row.requiredInteger("cik")
            let month = try row.requiredInteger("fiscal_year_end_month")
            guard (1...12).contains(month) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "fiscal_year_end_month", value: String(month),
                                                 expected: "a month, 1-12")
            }
            var leaseLine: LeaseLine?
            if let word = row.text("capex_lease_line") {
                guard let line = LeaseLine(rawValue: word) else {
                    throw DataFileError.invalidValue(file: table.file, row: row.number, column: "capex_lease_line", value: word,
                                                     expected: LeaseLine.allCases.map(\.rawValue).joined(separator: " or ") + " (or empty)")
                }
                leaseLine = line
            }
            companies[cik] = Company(cik: cik, ticker: try row.required("ticker"), name: try row.required("name"),
                                     role: try row.required("role"), fiscalYearEndMonth: month, capexLeaseLine: leaseLine)
        }
        return KnownCompanies(companies: companies)
    }

    public init(companies: [Int: Company]) {
        self.companies = companies
    }
}
