import CapexData
import CapexModel
import CapexService

/// The service requests a query asks for, read in one place for every route and page.
enum RequestReaders {
    static let companyParameters: [EndpointParameter] = [
        .string("ticker", "only this company (repeatable), e.g. GOOGL", repeatable: true),
        .integer("cik", "only the company with this SEC CIK (repeatable)", Defaults.ciks, repeatable: true),
        .string("role", "only companies with this role (repeatable), e.g. neocloud", repeatable: true),
    ]
    static let yearParameters: [EndpointParameter] = [
        .integer("from", "first fiscal year", Defaults.years),
        .integer("to", "last fiscal year", Defaults.years),
    ]
    static let capexParameter = EndpointParameter.string("capex", "capex definition: cash (default), with-leases, with-committed-leases, net or net-of-customer-hardware",
                                                         choices: CapexDefinition.allCases.map(\.rawValue))

    static func companies(_ query: Query, years: Bool) throws -> CompanyFilter {
        CompanyFilter(tickers: query.strings("ticker"), ciks: try query.ints("cik", in: Defaults.ciks), roles: query.strings("role"),
                      from: years ? try query.int("from", in: Defaults.years) : nil,
                      to: years ? try query.int("to", in: Defaults.years) : nil)
    }

    static func capex(_ query: Query) throws -> CapexDefinition {
        try query.choice("capex", CapexDefinition.allCases)
    }

    /// The parameters of a scenario request, with the server's limits.
    static func scenarioParameters(_ limits: ServerLimits) -> [EndpointParameter] {
        [
            .string("scenario", "a shipped scenario", choices: ScenarioLoader.shippedNames),
            .integer("horizon", "last projected year (default: the scenario's)", Defaults.projectionYears),
            .integer("years", "number of projected years, instead of horizon", 1...limits.maximumYears),
            .string("capex_from_guidance", "true: the first projected year's capex from the guidance ledger", choices: ["false", "true"]),
        ] + specParameters(ScenarioRequest.parameterSpecs)
    }

    /// A scenario named in `query` (shipped scenarios only: the server reads no file a client
    /// names), with its horizon and any parameters the query sets.
    static func scenario(_ query: Query, limits: ServerLimits) throws -> ScenarioRequest {
        var request = ScenarioRequest(scenario: ScenarioName(query.string("scenario") ?? Defaults.scenario.value),
                                      assignments: try query.assignments(for: ScenarioRequest.parameterSpecs),
                                      horizon: try query.int("horizon", in: Defaults.projectionYears),
                                      years: try query.int("years", in: 1...limits.maximumYears),
                                      allowFiles: false, maximumYears: limits.maximumYears)
        request.capexFromGuidance = try query.choice("capex_from_guidance", [ScreenEndpoints.Flag.off, .on]) == .on
        return request
    }

    /// A query parameter per model parameter, bounded by its range.
    static func specParameters(_ specs: [ParameterSpec]) -> [EndpointParameter] {
        specs.map { spec in
            var parameter = EndpointParameter.number(spec.name, "\(spec.label) (\(spec.unit); \(spec.range))", minimum: spec.range.lower,
                                                     maximum: spec.range.upper)
            if !spec.range.lowerInclusive || !spec.range.upperInclusive { parameter.description += ", bounds as stated" }
            return parameter
        }
    }

    static func seed(_ query: Query) throws -> UInt64 {
        UInt64(try query.int("seed", in: 0...Int.max) ?? Int(Defaults.seed))
    }
}
