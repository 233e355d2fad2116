import CapexData
import CapexModel

extension CapexService {
    /// Each company's own capex definition reconciled with CapexGap's comparable figure.
    public func definitions() throws -> DefinitionsResult {
        let companies = try database.companies()
        let file = try CapexDefinitionsFile.bundled()
        let rows = try file.rows.compactMap { row -> CapexReconciliation? in
            guard let company = companies.first(where: { $0.ticker == row.ticker }) else { return nil }
            let years = try database.companyYears(ciks: [company.cik])
            let leaseLine = LeaseLine.choose(stated: company.capexLeaseLine, periods: years)
            return CapexReconciliation(company: company, ownDefinition: row.ownDefinition, comparable: row.comparable, fiscalYear: row.fiscalYear,
                                       stated: row.stated, year: years.first { $0.fiscalYear == row.fiscalYear }, leaseLine: leaseLine,
                                       source: row.source, note: row.note)
        }
        return DefinitionsResult(rows: rows)
    }
}

/// `definitions`: what each company calls capex, and how CapexGap's figure compares.
public struct DefinitionsResult: TabularResult {
    public var rows: [CapexReconciliation]

    public var fields: [Field<CapexReconciliation>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<CapexReconciliation>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .text("own_definition", "The company's capex", wrapWidth: 40) { $0.ownDefinition },
        .text("comparable", "CapexGap figure") { $0.comparable.rawValue },
        .text("computed_basis", "Made of", wrapWidth: 28) { $0.computedBasis },
        .integer("fiscal_year", "FY") { $0.fiscalYear },
        .figure("stated_usd_m", "Stated $M", .millions) { $0.stated },
        .figure("capexgap_usd_m", "CapexGap $M", .millions) { $0.computed },
        .figure("difference_usd_m", "Diff $M", .millions) { $0.difference },
        .figure("difference_relative", "Diff", .growth) { $0.relativeDifference },
        .text("note", "Note", machineOnly: true) { $0.note },
        .citation("source", "Source", linkKey: "url") { $0.source.title },
        .text("url", "URL", machineOnly: true) { $0.source.url },
    ]
}
