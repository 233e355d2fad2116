import CapexData
import CapexModel
import Foundation

/// `simulate`: a scenario's Monte Carlo.
public struct SimulateRequest: Sendable, Hashable {
    public var scenario: ScenarioRequest
    public var paths: Int
    public var seed: UInt64
    /// Threads to run on (the result does not depend on it).
    public var threads: Int
    /// Most paths this caller accepts.
    public var maximumPaths: Int

    public static let maximumThreads = 256

    public init(scenario: ScenarioRequest = ScenarioRequest(), paths: Int = Defaults.simulatePaths, seed: UInt64 = Defaults.seed,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, maximumPaths: Int = 10_000_000) {
        self.scenario = scenario
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.maximumPaths = maximumPaths
    }

    /// Checks the path and thread counts.
    public func check() throws {
        guard (1...maximumPaths).contains(paths) else {
            throw RequestError.outOfRange(field: "paths", value: String(paths), valid: "1 to \(maximumPaths)")
        }
        guard (1...Self.maximumThreads).contains(threads) else {
            throw RequestError.outOfRange(field: "threads", value: String(threads), valid: "1 to \(Self.maximumThreads)")
        }
    }
}

/// `sensitivity`: which assumption matters most.
public struct SensitivityRequest: Sendable, Hashable {
    public var scenario: ScenarioRequest
    /// The year whose gap is measured (the horizon when `nil`).
    public var year: Int?
    /// Paths of the first-order indices.
    public var paths: Int
    public var seed: UInt64
    public var threads: Int
    /// Most paths this caller accepts.
    public var maximumPaths: Int

    public static let minimumPaths = 1_000

    /// Checks the path count, and returns the year whose gap is measured in `scenario`.
    public func year(in scenario: Scenario) throws -> Int {
        guard (Self.minimumPaths...maximumPaths).contains(paths) else {
            throw RequestError.outOfRange(field: "paths", value: String(paths), valid: "\(Self.minimumPaths) to \(maximumPaths)")
        }
        let year = self.year ?? scenario.horizon
        guard (scenario.baseYear + 1...scenario.horizon).contains(year) else {
            throw InvalidInput(field: "year", message: "year \(year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon))")
        }
        return year
    }

    public init(scenario: ScenarioRequest = ScenarioRequest(), year: Int? = nil, paths: Int = Defaults.sensitivityPaths,
                seed: UInt64 = Defaults.seed, threads: Int = ProcessInfo.processInfo.activeProcessorCount, maximumPaths: Int = 1_000_000) {
        self.scenario = scenario
        self.year = year
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.maximumPaths = maximumPaths
    }
}

/// `solve`: the value of one parameter that makes a target hold.
public struct SolveRequest: Sendable, Hashable {
    public var scenario: ScenarioRequest
    /// The parameter to solve for.
    public var parameter: String
    /// `crossover=YEAR` or `payback=YEAR`, parsed.
    public var target: SolverTarget

    public init(scenario: ScenarioRequest = ScenarioRequest(), parameter: String, target: SolverTarget) {
        self.scenario = scenario
        self.parameter = parameter
        self.target = target
    }

    /// Checks that the target year lies in `scenario`'s projection and the parameter is its model's.
    public func check(_ scenario: Scenario) throws {
        if self.scenario.capexFromGuidance, parameter == "capex_next_usd_b" {
            throw InvalidInput(field: "for", message: "--capex-from-guidance fixes capex_next_usd_b at the guided value; solve for another parameter, or leave out the flag")
        }
        guard target.year > scenario.baseYear, target.year <= scenario.horizon else {
            throw InvalidInput(field: "target", message: "target year \(target.year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon)); set a later horizon")
        }
        guard scenario.model.specs.contains(where: { $0.name == parameter }) else {
            let valid = scenario.model.specs.map(\.name)
            throw InvalidInput(field: "for", message: "unknown parameter '\(parameter)'; valid: \(valid.joined(separator: ", "))", allowedValues: valid)
        }
    }

    /// Parses `crossover=YEAR` or `payback=YEAR`.
    public static func target(_ text: String) throws -> SolverTarget {
        guard let target = SolverTarget(parsing: text) else {
            throw InvalidInput(field: "target", message: "target '\(text)': the event must be crossover or payback, and the year from 1900 to 2200, e.g. crossover=2032",
                               allowedValues: ["crossover=YEAR", "payback=YEAR"])
        }
        return target
    }
}

/// `project`: the deterministic projection of a scenario, year by year.
public struct ProjectionResult: TabularResult {
    public var projection: Projection
    public var scenario: Scenario

    public init(projection: Projection, scenario: Scenario) {
        self.projection = projection
        self.scenario = scenario
    }

    /// The evidence of every projected value: derived from the parameters' (a scenario, at best).
    public var evidence: EvidenceStatus { .derived(from: scenario.parameters.values.map(\.evidence)) }

    /// A projected year and the evidence of its values.
    public struct Row: Sendable, Hashable {
        public var year: ProjectionYear
        public var evidence: EvidenceStatus
    }

    public var rows: [Row] {
        let evidence = self.evidence
        return projection.years.map { Row(year: $0, evidence: evidence) }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .integer("year", "Year") { $0.year.year },
        .number("capex_usd_b", "Capex", .decimal(1)) { $0.year.capex },
        .number("ai_capex_usd_b", "AI capex", .decimal(1)) { $0.year.aiCapex },
        .number("replacement_capex_usd_b", "Replace", .decimal(1)) { $0.year.replacementCapex },
        .number("depreciation_usd_b", "Deprec.", .decimal(1)) { $0.year.depreciation },
        .number("opex_usd_b", "Opex", .decimal(1)) { $0.year.opex },
        .number("capital_charge_usd_b", "Capital", .decimal(1)) { $0.year.capitalCharge },
        .number("consumer_revenue_usd_b", "Consumer", .decimal(1)) { $0.year.consumerRevenue },
        .number("enterprise_revenue_usd_b", "Seats", .decimal(1)) { $0.year.enterpriseRevenue },
        .number("api_revenue_usd_b", "API", .decimal(1)) { $0.year.apiRevenue },
        .number("internal_revenue_usd_b", "Internal", .decimal(1)) { $0.year.internalRevenue },
        .number("demand_usd_b", "Demand", .decimal(1), machineOnly: true) { $0.year.demand },
        .number("capacity_revenue_usd_b", "Capacity bound", .decimal(1), machineOnly: true) { $0.year.capacityRevenue.isFinite ? $0.year.capacityRevenue : nil },
        .number("revenue_usd_b", "AI revenue", .decimal(1)) { $0.year.revenue },
        .number("required_revenue_usd_b", "Required", .decimal(1)) { $0.year.requiredRevenue },
        .number("gap_usd_b", "Gap", .decimal(1)) { $0.year.gap },
        .number("cumulative_capex_usd_b", "Cum. capex", .decimal(0)) { $0.year.cumulativeCapex },
        .number("cumulative_gross_profit_usd_b", "Cum. gross profit", .decimal(0)) { $0.year.cumulativeGrossProfit },
        .number("cash_usd_b", "Cum. cash", .decimal(0)) { $0.year.cash },
        .text("evidence", "Evidence", machineOnly: true) { $0.evidence.rawValue },
    ]
}

/// `scenario show`: the resolved parameters with their distributions, ranges and sources.
public struct ScenarioShowResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var spec: ParameterSpec
        public var parameter: ScenarioParameter
    }

    public var scenario: Scenario

    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    public var rows: [Row] {
        scenario.model.specs.compactMap { spec in scenario.parameters[spec.name].map { Row(spec: spec, parameter: $0) } }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("parameter", "Parameter") { $0.spec.name },
        .text("distribution", "Distribution") { $0.parameter.distribution.summary },
        .number("median", "Median", .auto) { $0.parameter.distribution.median },
        .number("p5", "p5", .auto) { $0.parameter.distribution.quantile(0.05) },
        .number("p95", "p95", .auto) { $0.parameter.distribution.quantile(0.95) },
        .text("unit", "Unit") { $0.parameter.unit },
        .text("range", "Allowed") { $0.spec.range.description },
        .text("evidence", "Evidence") { $0.parameter.evidence.rawValue },
        .text("source", "Source", wrapWidth: 60) { $0.parameter.source ?? "scenario assumption" },
        .text("meaning", "Meaning", machineOnly: true) { $0.spec.label },
]
}

/// `sensitivity`: the tornado and the first-order variance indices, ranked.
public struct SensitivityResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var bar: TornadoBar
        public var index: SensitivityIndex?
        /// The bar's length in a text tornado: 30 for the widest swing.
        public var length: Int
    }

    public var scenario: Scenario
    public var year: Int
    public var base: Projection
    public var bars: [TornadoBar]
    public var indices: [SensitivityIndex]
    public var paths: Int

    public var rows: [Row] {
        let widest = bars.map(\.gapSwing).max() ?? 1
        return bars.map { bar in
            Row(bar: bar, index: indices.first { $0.parameter == bar.parameter },
                length: widest > 0 ? Int((bar.gapSwing / widest * 30).rounded()) : 0)
        }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
            .text("parameter", "Parameter") { $0.bar.parameter },
            .number("low", "Low (p5)", .auto) { $0.bar.low },
            .number("high", "High (p95)", .auto) { $0.bar.high },
            .number("gap_at_low", "Gap@low", .decimal(0)) { $0.bar.gapAtLow },
            .number("gap_at_high", "Gap@high", .decimal(0)) { $0.bar.gapAtHigh },
            .number("gap_swing", "Swing", .decimal(0)) { $0.bar.gapSwing },
            .integer("crossover_at_low", "Cross@low") { $0.bar.crossoverAtLow },
            .integer("crossover_at_high", "Cross@high") { $0.bar.crossoverAtHigh },
            .number("first_order_gap", "S1 gap", .decimal(3)) { $0.index?.gap },
            .number("first_order_crossover", "S1 cross", .decimal(3)) { $0.index?.crossover },
            .text("bar", "Tornado (swing)") { String(repeating: "#", count: $0.length) },
        ]
}

/// `simulate`: the Monte Carlo summary, and apart from it how long the run took.
public struct SimulationResult: Sendable {
    public var summary: MonteCarloSummary
    public var timing: MonteCarloTiming
    /// What the run's first-year capex came from, when not the scenario's own assumption
    /// (`--capex-from-guidance`).
    public var firstYearCapex: String?
}

/// `solve`: the solver's answer.
public struct SolveResult: Sendable {
    public var result: SolverResult
    public var target: SolverTarget
}

extension CapexService {
    /// The scenario's resolved parameters.
    public func scenarioShow(_ request: ScenarioRequest) throws -> ScenarioShowResult {
        ScenarioShowResult(scenario: try scenario(request))
    }

    /// The deterministic projection: every parameter at its median (or the value set).
    public func project(_ request: ScenarioRequest) throws -> ProjectionResult {
        let scenario = try scenario(request)
        return ProjectionResult(projection: Projector.project(scenario), scenario: scenario)
    }

    /// Checks a simulation request and resolves its scenario, before any compute is queued.
    public func prepare(_ request: SimulateRequest) throws -> Scenario {
        try request.check()
        return try scenario(request.scenario)
    }

    /// The Monte Carlo of a scenario; `progress` is told the approximate paths done.
    public func simulate(_ request: SimulateRequest, progress: (@Sendable (Int) -> Void)? = nil) throws -> SimulationResult {
        Self.simulate(try prepare(request), request: request, progress: progress)
    }

    /// The Monte Carlo of a resolved scenario.
    public static func simulate(_ scenario: Scenario, request: SimulateRequest, progress: (@Sendable (Int) -> Void)? = nil) -> SimulationResult {
        let summary = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: request.paths, seed: request.seed, threads: request.threads),
                                           progress: progress)
        var result = SimulationResult(summary: summary, timing: summary.timing)
        if let source = scenario.parameters["capex_next_usd_b"]?.source, source.hasPrefix("guidance ledger") {
            result.firstYearCapex = "Capex \(scenario.baseYear + 1) fixed from the \(source)."
        }
        return result
    }

    /// Checks a sensitivity request and resolves its scenario and year.
    public func prepare(_ request: SensitivityRequest) throws -> (Scenario, Int) {
        let scenario = try scenario(request.scenario)
        return (scenario, try request.year(in: scenario))
    }

    /// Tornado and first-order indices of a resolved scenario.
    public static func sensitivity(_ scenario: Scenario, year: Int, request: SensitivityRequest) -> SensitivityResult {
        let (base, bars) = Tornado.bars(scenario, year: year)
        let indices = FirstOrderIndices.compute(scenario, year: year, paths: request.paths, seed: request.seed, threads: request.threads)
        return SensitivityResult(scenario: scenario, year: year, base: base, bars: bars, indices: indices, paths: request.paths)
    }

    /// Which assumption matters most.
    public func sensitivity(_ request: SensitivityRequest) throws -> SensitivityResult {
        let (scenario, year) = try prepare(request)
        return Self.sensitivity(scenario, year: year, request: request)
    }

    /// Checks a solve request and resolves its scenario.
    public func prepare(_ request: SolveRequest) throws -> Scenario {
        let scenario = try scenario(request.scenario)
        try request.check(scenario)
        return scenario
    }

    /// The value of one parameter for the target, every other at its median.
    public static func solve(_ scenario: Scenario, request: SolveRequest) throws -> SolveResult {
        SolveResult(result: try InverseSolver.solve(scenario, parameter: request.parameter, target: request.target), target: request.target)
    }

    /// What must be true.
    public func solve(_ request: SolveRequest) throws -> SolveResult {
        try Self.solve(try prepare(request), request: request)
    }
}
