import CapexData
import CapexModel
import CapexReport
import CapexService

/// The API routes over the analogs and the value chain.
enum HistoryEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        [analogs(state), valueChain(state)]
    }

    static func analogs(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .analogs, path: "/api/analogs", summary: ServiceOperation.analogs.summary,
                 description: "Rows of `capexgap analogs --format json`: every figure aligned on years since its cycle began, contested ones as ranges.",
                 parameters: [.string("metric", "investment_pct_gdp (default), capex_pct_revenue or utilisation", choices: AnalogMetric.allCases.map(\.rawValue))],
                 response: .rows(AnalogsResult.schema)) { query in
            let result = try state.service.analogs(try query.choice("metric", AnalogMetric.allCases))
            return APIAnswer(result) { AnalogsTable.make(result) }
        }
    }

    static func valueChain(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .valueChain, path: "/api/value-chain", summary: ServiceOperation.valueChain.summary,
                 description: "Rows of `capexgap value-chain --format json`.",
                 parameters: [.string("scheme", "mckinsey, bernstein (default), epoch or sequoia", choices: CapexScheme.names.map(\.name)),
                              .integer("year", "fiscal year of the peer set's capex (default: the latest complete)", Defaults.years),
                              .number("capex", "split this amount instead, USD billions", minimum: 0, maximum: 1_000_000)],
                 response: .rows(ValueChainResult.schema)) { query in
            let result = try state.service.valueChain(try request(query))
            return APIAnswer(result) { ValueChainTable.make(result) }
        }
    }

    static func request(_ query: Query) throws -> ValueChainRequest {
        ValueChainRequest(scheme: query.string("scheme") ?? Defaults.valueChainScheme, year: try query.int("year", in: Defaults.years),
                          capexUSDBillions: try query.double("capex", in: .between(0, 1_000_000)))
    }
}
