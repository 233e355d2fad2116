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

    /// A route answering rows for companies from a year on (`ticker`, `cik`, `role`, `from`),
    /// the same rows as the command of the operation's name.
    static func dated<Result: TabularResult & Encodable & Sendable>(_ operation: ServiceOperation, schema: [FieldSchema],
                                                                   answer: @escaping @Sendable (CompanyFilter) throws -> Result,
                                                                   table: @escaping @Sendable (Result) -> Table) -> Endpoint {
        Endpoint(operation: operation, path: "/api/" + operation.rawValue, summary: operation.summary,
                 description: "Rows of `capexgap \(operation.rawValue) --format json`.",
                 parameters: RequestReaders.companyParameters + [.integer("from", "first year", Defaults.years)],
                 response: .rows(schema)) { query in
            let result = try answer(try filter(query))
            return APIAnswer(result) { table(result) }
        }
    }

    static func commitments(_ state: ServerState) -> Endpoint {
        dated(.commitments, schema: CommitmentsResult.schema, answer: { try state.service.commitments($0) }, table: BalanceSheetTables.commitments)
    }

    static func financing(_ state: ServerState) -> Endpoint {
        dated(.financing, schema: FinancingResult.schema, answer: { try state.service.financing($0) }, table: BalanceSheetTables.financing)
    }

    static func leverage(_ state: ServerState) -> Endpoint {
        dated(.leverage, schema: LeverageResult.schema, answer: { try state.service.leverage($0) }, table: BalanceSheetTables.leverage)
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
