import CapexModel
import CapexReport
import CapexService

/// The API routes over the balance-sheet side: the same rows as `capexgap commitments`,
/// `financing`, `guidance`, and the graph of `deals --format json`.
enum BalanceSheetEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        [commitments(state), financing(state), leverage(state), guidance(state), deals(state)]
    }

    static func filter(_ query: Query) throws -> CompanyFilter {
        var filter = try RequestReaders.companies(query, years: false)
        filter.from = try query.int("from", in: Defaults.years)
        return filter
    }

    static func commitments(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .commitments, path: "/api/commitments", summary: ServiceOperation.commitments.summary,
                 description: "Rows of `capexgap commitments --format json`.",
                 parameters: RequestReaders.companyParameters + [.integer("from", "first year", Defaults.years)],
                 response: .rows(CommitmentsResult.schema)) { query in
            let result = try state.service.commitments(try filter(query))
            return APIAnswer(result) { BalanceSheetTables.commitments(result) }
        }
    }

    static func financing(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .financing, path: "/api/financing", summary: ServiceOperation.financing.summary,
                 description: "Rows of `capexgap financing --format json`.",
                 parameters: RequestReaders.companyParameters + [.integer("from", "first year", Defaults.years)],
                 response: .rows(FinancingResult.schema)) { query in
            let result = try state.service.financing(try filter(query))
            return APIAnswer(result) { BalanceSheetTables.financing(result) }
        }
    }

    static func leverage(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .leverage, path: "/api/leverage", summary: ServiceOperation.leverage.summary,
                 description: "Rows of `capexgap leverage --format json`.",
                 parameters: RequestReaders.companyParameters + [.integer("from", "first year", Defaults.years)],
                 response: .rows(LeverageResult.schema)) { query in
            let result = try state.service.leverage(try filter(query))
            return APIAnswer(result) { BalanceSheetTables.leverage(result) }
        }
    }

    static func guidance(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .guidance, path: "/api/guidance", summary: ServiceOperation.guidance.summary,
                 description: "Rows of `capexgap guidance --format json`.", parameters: RequestReaders.companyParameters,
                 response: .rows(GuidanceResult.schema)) { query in
            let result = try state.service.guidance(try RequestReaders.companies(query, years: false))
            return APIAnswer(result) { BalanceSheetTables.guidance(result) }
        }
    }

    static func deals(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .deals, path: "/api/deals", summary: ServiceOperation.deals.summary,
                 description: "An object: `nodes` (entities with money in, out and coming back), `edges` (deals with amount, type, status, tier "
                    + "and source) and `total_usd_b`; the same as `capexgap deals --format json`. As CSV: the money in, out and coming back per entity.",
                 parameters: [.string("entity", "only the deals of this entity id, e.g. openai")],
                 response: .object(OpenAPIDocument.dealsSchema)) { query in
            let result = try state.service.deals(entity: query.string("entity"))
            return APIAnswer(result) { BalanceSheetTables.deals(result) }
        }
    }
}
