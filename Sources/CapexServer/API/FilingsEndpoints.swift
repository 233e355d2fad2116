import CapexData
import CapexModel
import CapexReport
import CapexService

/// The API routes over reported figures: the same results as `capexgap headline`, `companies`,
/// `peers`, `essay`, `sources`, `restatements` and `conflicts`.
enum FilingsEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        [overview(state), headline(state), companies(state), peers(state), essay(state), sources(state), restatements(state), conflicts(state)]
    }

    static func overview(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .overview, path: "/api/overview", summary: ServiceOperation.overview.summary,
                 description: "An object: headline (rows of /api/headline), outlook (the gap and the base scenario's crossover range), peers (rows of /api/peers) and gap_compare (rows of /api/gap/compare).",
                 parameters: [], response: .object(OpenAPIDocument.overviewSchema), offersCSV: false) { _ in
            APIAnswer(try await state.overview(), table: nil)
        }
    }

    static func headline(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .headline, path: "/api/headline", summary: ServiceOperation.headline.summary,
                 description: "Rows of `capexgap headline --format json`.", parameters: [], response: .rows(HeadlineResult.schema)) { _ in
            let result = try state.service.headline()
            return APIAnswer(result) { HeadlineTable.make(result) }
        }
    }

    static func companies(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .companies, path: "/api/companies", summary: ServiceOperation.companies.summary,
                 description: "Rows of `capexgap companies --format json` with the same options.",
                 parameters: RequestReaders.companyParameters + RequestReaders.yearParameters + [RequestReaders.capexParameter],
                 response: .rows(CompaniesResult.schema)) { query in
            let result = try state.service.companies(CompaniesRequest(companies: try RequestReaders.companies(query, years: true),
                                                                      capex: try RequestReaders.capex(query)))
            return APIAnswer(result) { CompaniesTable.make(result) }
        }
    }

    static func peers(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .peers, path: "/api/peers", summary: ServiceOperation.peers.summary,
                 description: "Rows of `capexgap peers --format json`: the hyperscalers, or the companies named.",
                 parameters: RequestReaders.companyParameters + [RequestReaders.capexParameter], response: .rows(PeersResult.schema)) { query in
            let result = try state.service.peers(PeersRequest(companies: try RequestReaders.companies(query, years: false),
                                                              capex: try RequestReaders.capex(query)))
            return APIAnswer(result) { PeersTable.make(result) }
        }
    }

    static func essay(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .essay, path: "/api/essay", summary: ServiceOperation.essay.summary,
                 description: "Rows of `capexgap essay --format json`.", parameters: [], response: .rows(EssayResult.schema)) { _ in
            let result = try state.service.essay()
            return APIAnswer(result) { EssayTable.make(result) }
        }
    }

    static func sources(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .sources, path: "/api/sources", summary: ServiceOperation.sources.summary,
                 description: "Rows of `capexgap sources --format json`.", parameters: RequestReaders.companyParameters,
                 response: .rows(SourcesResult.schema)) { query in
            let result = try state.service.sources(try RequestReaders.companies(query, years: false))
            return APIAnswer(result) { SourcesTable.make(result) }
        }
    }

    static func restatements(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .restatements, path: "/api/restatements", summary: ServiceOperation.restatements.summary,
                 description: "Rows of `capexgap restatements --format json`.", parameters: RequestReaders.companyParameters,
                 response: .rows(RestatementsResult.schema)) { query in
            let result = try state.service.restatements(try RequestReaders.companies(query, years: false))
            return APIAnswer(result) { RestatementsTable.make(result) }
        }
    }

    static func conflicts(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .conflicts, path: "/api/conflicts", summary: ServiceOperation.conflicts.summary,
                 description: "Rows of `capexgap conflicts --format json`.", parameters: RequestReaders.companyParameters,
                 response: .rows(ConflictsResult.schema)) { query in
            let result = try state.service.conflicts(try RequestReaders.companies(query, years: false))
            return APIAnswer(result) { ConflictsTable.make(result) }
        }
    }
}
