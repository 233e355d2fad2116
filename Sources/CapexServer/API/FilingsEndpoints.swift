import CapexData
import CapexModel
import CapexReport
import Foundation

/// The API routes over reported figures: the same tables as `capexgap headline`, `companies`,
/// `peers`, `essay` and `sources`.
enum FilingsEndpoints {
    static let companyParameters: [EndpointParameter] = [
        .string("ticker", "only this company (repeatable), e.g. GOOGL", repeatable: true),
        .integer("cik", "only the company with this SEC CIK (repeatable)", 1...9_999_999_999, repeatable: true),
    ]
    static let yearParameters: [EndpointParameter] = [
        .integer("from", "first fiscal year", CompanyFilter.plausibleYears),
        .integer("to", "last fiscal year", CompanyFilter.plausibleYears),
    ]
    static let capexParameter = EndpointParameter.string("capex", "capex definition: cash (default) or with-leases",
                                                         choices: CapexDefinition.allCases.map(\.rawValue))

    static func filter(_ query: Query, years: Bool) throws -> CompanyFilter {
        CompanyFilter(tickers: query.strings("ticker"), ciks: try query.ints("cik", in: 1...9_999_999_999),
                      from: years ? try query.int("from", in: CompanyFilter.plausibleYears) : nil,
                      to: years ? try query.int("to", in: CompanyFilter.plausibleYears) : nil)
    }

    static func all(_ state: ServerState) -> [Endpoint] {
        let database = state.database
        return [
            Endpoint(path: "/api/overview", summary: "Everything the overview page shows",
                     description: "An object: headline (rows of /api/headline), outlook (the gap and the base scenario's crossover range, in words), peers (rows of /api/peers) and gap_compare (rows of /api/gap/compare).",
                     parameters: [], offersCSV: false) { _ in
                let object: [String: Any] = [
                    "headline": try rows(FilingsTables.headline(database: database).table),
                    "peers": try rows(FilingsTables.peers(CompanyFilter(), capex: .cash, database: database)),
                    "gap_compare": try rows(GapComparisonTable.make(GapComparison(year: nil, aiRevenueUSDBillions: nil, database: database))),
                    "outlook": await state.outlook.lines(state),
                ]
                return .object(json: TableRenderer.jsonText(object), table: nil)
            },
            Endpoint(path: "/api/headline", summary: "The hyperscalers' latest fiscal years and the peer-set total",
                     description: "Rows of `capexgap headline --format json`.", parameters: [], offersCSV: true) { _ in
                .table(try FilingsTables.headline(database: database).table)
            },
            Endpoint(path: "/api/companies", summary: "Capex, revenue and capital-intensity metrics per company fiscal year",
                     description: "Rows of `capexgap companies --format json` with the same options.",
                     parameters: companyParameters + yearParameters + [capexParameter], offersCSV: true) { query in
                .table(try FilingsTables.companies(filter(query, years: true), capex: query.choice("capex", CapexDefinition.allCases), database: database))
            },
            Endpoint(path: "/api/peers", summary: "Peer-set sums per fiscal year",
                     description: "Rows of `capexgap peers --format json`: the hyperscalers, or the companies named.",
                     parameters: companyParameters + [capexParameter], offersCSV: true) { query in
                .table(try FilingsTables.peers(filter(query, years: false), capex: query.choice("capex", CapexDefinition.allCases), database: database))
            },
            Endpoint(path: "/api/essay", summary: "The founding essay's table reconciled with the filings",
                     description: "Rows of `capexgap essay --format json`.", parameters: [], offersCSV: true) { _ in
                .table(try FilingsTables.essay(database: database))
            },
            Endpoint(path: "/api/sources", summary: "Every source with its evidence status and what it supports",
                     description: "Rows of `capexgap sources --format json`.", parameters: companyParameters, offersCSV: true) { query in
                .table(try FilingsTables.sources(filter(query, years: false), database: database))
            },
        ]
    }

    /// A table's rows as JSON-ready objects (for answers that combine tables).
    static func rows(_ table: Table) throws -> Any {
        TableRenderer.rowObjects(table)
    }
}
