import CapexModel
import CapexReport
import CapexService

/// The API routes over quarters: the same rows as `capexgap quarters`, `ttm`,
/// `peers --calendar` and `definitions`.
enum PeriodsEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        [quarters(state), ttm(state), calendarPeers(state), definitions(state), datasetChanges(state)]
    }

    static let basisParameter = EndpointParameter.string("basis", "which filing of a period: first (default) or latest",
                                                         choices: FilingBasis.allCases.map(\.rawValue))

    static func quarters(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .quarters, path: "/api/quarters", summary: ServiceOperation.quarters.summary,
                 description: "Rows of `capexgap quarters --format json` with the same options; order=calendar is --calendar.",
                 parameters: RequestReaders.companyParameters + [
                     .string("from", "first calendar quarter, e.g. 2024Q1"), .string("to", "last calendar quarter, e.g. 2026Q2"),
                     .string("order", "company (default) or calendar", choices: ["company", "calendar"]),
                     RequestReaders.capexParameter, basisParameter,
                 ],
                 response: .rows(QuartersResult.schema)) { query in
            let request = QuartersRequest(companies: try RequestReaders.companies(query, years: false),
                                          from: try query.string("from").map { try CalendarQuarter.parse($0, field: "from") },
                                          to: try query.string("to").map { try CalendarQuarter.parse($0, field: "to") },
                                          calendar: try query.choice("order", [Order.company, .calendar]) == .calendar,
                                          capex: try RequestReaders.capex(query), basis: try query.choice("basis", FilingBasis.allCases))
            let result = try state.service.quarters(request)
            let through = try state.service.filingsThrough()
            return APIAnswer(result) { QuartersTable.make(result, filingsThrough: through) }
        }
    }

    /// How quarters are ordered.
    enum Order: String {
        case company, calendar
    }

    static func ttm(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .ttm, path: "/api/ttm", summary: ServiceOperation.ttm.summary,
                 description: "Rows of `capexgap ttm --format json`; as_of is --as-of.",
                 parameters: RequestReaders.companyParameters + [.string("as_of", "calendar quarter the twelve months end with, e.g. 2025Q4"), basisParameter],
                 response: .rows(TTMResult.schema)) { query in
            let result = try state.service.ttm(TTMRequest(companies: try RequestReaders.companies(query, years: false),
                                                          asOf: try query.string("as_of").map { try CalendarQuarter.parse($0, field: "as_of") },
                                                          basis: try query.choice("basis", FilingBasis.allCases)))
            return APIAnswer(result) { TTMTable.make(result) }
        }
    }

    static func calendarPeers(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .calendarPeers, path: "/api/peers/calendar", summary: ServiceOperation.calendarPeers.summary,
                 description: "Rows of `capexgap peers --calendar --format json`.",
                 parameters: RequestReaders.companyParameters + [RequestReaders.capexParameter, basisParameter],
                 response: .rows(CalendarPeersResult.schema)) { query in
            let result = try state.service.calendarPeers(CalendarPeersRequest(companies: try RequestReaders.companies(query, years: false),
                                                                              capex: try RequestReaders.capex(query),
                                                                              basis: try query.choice("basis", FilingBasis.allCases)))
            return APIAnswer(result) { CalendarPeersTable.make(result) }
        }
    }

    static func datasetChanges(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .datasetChanges, path: "/api/sources/changes", summary: ServiceOperation.datasetChanges.summary,
                 description: "Rows of `capexgap sources --changes --format json`.", parameters: [], response: .rows(DatasetChangesResult.schema)) { _ in
            let result = try state.service.datasetChanges()
            return APIAnswer(result) { DatasetChangesTable.make(result) }
        }
    }

    static func definitions(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .definitions, path: "/api/definitions", summary: ServiceOperation.definitions.summary,
                 description: "Rows of `capexgap definitions --format json`.", parameters: [], response: .rows(DefinitionsResult.schema)) { _ in
            let result = try state.service.definitions()
            return APIAnswer(result) { DefinitionsTable.make(result) }
        }
    }
}
