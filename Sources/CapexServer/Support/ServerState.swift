import CapexData
import CapexModel
import CapexReport
import Foundation

/// What every route shares: the database, the limits, the compute queue and the cached outlook.
public struct ServerState: Sendable {
    public let database: CapexDatabase
    public let limits: ServerLimits
    let limiter: ComputeLimiter
    let outlook: OutlookCache

    public init(database: CapexDatabase, limits: ServerLimits) {
        self.database = database
        self.limits = limits
        limiter = ComputeLimiter(slots: limits.computeSlots, waitLimit: limits.computeWaitLimit)
        outlook = OutlookCache()
    }

    /// A scenario named in `query` (shipped scenarios only: the server reads no file a client
    /// names), with its horizon and any parameters the query sets.
    func scenario(_ query: Query, maximumYears: Int? = nil) throws -> Scenario {
        let request = ScenarioRequest(scenario: query.string("scenario") ?? "base",
                                      assignments: query.assignments(for: ScenarioParameters.names),
                                      horizon: try query.int("horizon", in: 1901...2200),
                                      years: try query.int("years", in: 1...(maximumYears ?? ScenarioRequest.maximumYears)),
                                      allowFiles: false)
        let scenario = try request.load { database }
        if let maximumYears, scenario.years > maximumYears {
            throw APIError.badRequest("the projection runs \(scenario.years) years; the server projects at most \(maximumYears)", field: "horizon")
        }
        return scenario
    }
}

/// The parameters a scenario request may set: those of every projection model.
enum ScenarioParameters {
    static let specs: [ParameterSpec] = {
        var seen = Set<String>()
        return ProjectionModelKind.allCases.flatMap(\.specs).filter { seen.insert($0.name).inserted }
    }()

    static var names: [String] { specs.map(\.name) }
}

/// The headline's outlook lines (the gap, and the base scenario's crossover range from a
/// 20,000-path Monte Carlo), computed on first use and kept for five minutes.
actor OutlookCache {
    private var lines: [String]?
    private var computed = ContinuousClock.now
    static let lifetime = Duration.seconds(300)

    func lines(_ state: ServerState) async -> [String] {
        if let lines, ContinuousClock.now - computed < Self.lifetime { return lines }
        let database = state.database
        let fresh = (try? await state.limiter.run { () throws -> [String] in
            let comparison = try GapComparison(year: nil, aiRevenueUSDBillions: nil, database: database)
            let scenario = try ScenarioLoader.load("base", database: database)
            let simulation = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: 20_000, seed: 42, threads: 1))
            return Headline.outlook(comparison: comparison, simulation: simulation)
        }) ?? []
        lines = fresh
        computed = ContinuousClock.now
        return fresh
    }
}
