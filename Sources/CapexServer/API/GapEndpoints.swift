import CapexData
import CapexModel
import CapexReport
import CapexService

/// The API routes over the published gap models, unit economics and depreciation.
enum GapEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        GapModels.all.map { gapModel($0, state) } + [compare(state), unitEconomics(state), depreciation(state)]
    }

    static func gapModel(_ model: any GapModel.Type, _ state: ServerState) -> Endpoint {
        Endpoint(operation: .gapRun, path: "/api/gap/\(model.id)", summary: model.title,
                 description: "Rows of `capexgap gap \(model.id) --format json`. Formula: \(model.formula). Any parameter may be set as a query parameter (GET) or in a JSON body {\"preset\": ..., \"parameters\": {name: value}} (POST).",
                 parameters: [
                     .string("preset", "start from this preset (default: the model's first)"),
                     .string("from_data", "take the capex input from the database: hyperscalers or a ticker"),
                     .integer("year", "fiscal year of the actual capex, with from_data", Defaults.years),
                 ] + RequestReaders.specParameters(model.specs),
                 response: .rows(GapModelRun.schema), acceptsBody: true) { query in
            let run = try state.service.gapRun(try request(model, query))
            return APIAnswer(run) { GapModelTable.make(run) }
        }
    }

    /// The run a query asks for: preset, capex from the data, and parameter values.
    static func request(_ model: any GapModel.Type, _ query: Query) throws -> GapModelRequest {
        GapModelRequest(model: model.id, preset: query.string("preset"), assignments: try query.assignments(for: model.specs),
                        fromData: query.string("from_data").map(CapexSource.init), year: try query.int("year", in: Defaults.years))
    }

    static func compare(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .gapCompare, path: "/api/gap/compare", summary: ServiceOperation.gapCompare.summary,
                 description: "Rows of `capexgap gap compare --format json`.",
                 parameters: [.integer("year", "fiscal year of the actual capex (default: the latest complete)", Defaults.years),
                              .string("from_data", "capex of: hyperscalers (default) or a ticker"),
                              .number("ai_revenue", "AI revenue to measure the gap against, USD billions a year", minimum: 0, maximum: 1_000_000)],
                 response: .rows(GapComparison.schema)) { query in
            let comparison = try state.service.gapCompare(GapComparisonRequest(
                fromData: CapexSource(query.string("from_data") ?? CapexSource.peerSetWord),
                year: try query.int("year", in: Defaults.years),
                aiRevenueUSDBillions: try query.double("ai_revenue", in: .between(0, 1_000_000))))
            return APIAnswer(comparison) { GapComparisonTable.make(comparison) }
        }
    }

    static func unitEconomics(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .unitEconomics, path: "/api/unit-economics", summary: ServiceOperation.unitEconomics.summary,
                 description: "Rows of `capexgap unit-economics --format json`; any parameter may be set.",
                 parameters: [.string("preset", "start from this preset (default: the first)")] + RequestReaders.specParameters(UnitEconomicsModel.specs),
                 response: .rows(UnitEconomicsResult.schema)) { query in
            let result = try state.service.unitEconomics(UnitEconomicsRequest(preset: query.string("preset"),
                                                                              assignments: try query.assignments(for: UnitEconomicsModel.specs)))
            return APIAnswer(result) { UnitEconomicsTable.make(result) }
        }
    }

    static func depreciation(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .depreciation, path: "/api/depreciation", summary: ServiceOperation.depreciation.summary,
                 description: "Rows of `capexgap depreciation --format json`; one depreciation_<life>y_usd_m key per life.",
                 parameters: [.string("ticker", "one company (default: the hyperscaler peer set)"),
                              .number("life", "a useful life to compare, years (repeatable)", minimum: 1, maximum: 100, repeatable: true),
                              .number("server_share", "share of capex that is servers and network equipment", minimum: 0, maximum: 1)]
                    + RequestReaders.yearParameters,
                 response: .rows(DepreciationResult.schema)) { query in
            let result = try state.service.depreciation(DepreciationRequest(
                ticker: query.string("ticker"), lives: try query.doubles("life", in: .years),
                serverShare: try query.double("server_share", in: .shareFraction),
                from: try query.int("from", in: Defaults.years), to: try query.int("to", in: Defaults.years)))
            return APIAnswer(result) { DepreciationTable.make(result) }
        }
    }
}
