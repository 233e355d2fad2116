import CapexModel
import CapexReport
import CapexService

/// `/api/screen`: the rows of `capexgap screen` (the universe the database holds).
enum ScreenEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] { [screen(state)] }

    static let parameters: [EndpointParameter] = [
        .integer("year", "fiscal year (each filer's latest when absent)", Defaults.years),
        .number("min_revenue", "revenue at least this, USD millions", minimum: 0),
        .string("band", "only this band", choices: ScreenRequest.bandNames),
        .integer("crossed_since", "only filers that entered their band in or after this year", Defaults.years),
        .string("sort", "sort key", choices: ScreenRequest.Sort.allCases.map(\.rawValue)),
        .integer("limit", "at most this many rows", 1...100_000),
        .string("ttm", "true: trailing twelve months at each filer's latest quarter", choices: ["false", "true"]),
    ]

    static func request(_ query: Query) throws -> ScreenRequest {
        var request = ScreenRequest(year: try query.int("year", in: Defaults.years), minimumRevenue: try query.double("min_revenue", in: .nonNegative),
                                    band: query.string("band"), crossedSince: try query.int("crossed_since", in: Defaults.years),
                                    sort: try query.choice("sort", ScreenRequest.Sort.allCases), limit: try query.int("limit", in: 1...100_000))
        request.ttm = try query.choice("ttm", [Flag.off, .on]) == .on
        return request
    }

    enum Flag: String {
        case off = "false", on = "true"
    }

    static func screen(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .screen, path: "/api/screen", summary: ServiceOperation.screen.summary,
                 description: "Rows of `capexgap screen --format json` with the same options (the universe loaded into the database).",
                 parameters: parameters, response: .rows(ScreenResult.schema)) { query in
            let result = try state.service.screen(try request(query))
            return APIAnswer(result) { ScreenTable.make(result) }
        }
    }
}
