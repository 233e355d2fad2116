import CapexData
import CapexModel
import CapexReport
import CapexService

/// The API routes over scenarios: parameters, projection, Monte Carlo, sensitivity, solver.
/// The three that simulate queue behind the server's compute slots.
enum ScenarioEndpoints {
    static func all(_ state: ServerState) -> [Endpoint] {
        [show(state), calibrate(state), project(state), simulate(state), sensitivity(state), solve(state)]
    }

    static func calibrate(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .scenarioCalibrate, path: "/api/scenario/calibrate", summary: ServiceOperation.scenarioCalibrate.summary,
                 description: "Rows of `capexgap scenario calibrate --format json`.", parameters: RequestReaders.scenarioParameters(state.limits),
                 response: .rows(CalibrationResult.schema)) { query in
            let result = try state.service.calibrate(try RequestReaders.scenario(query, limits: state.limits))
            return APIAnswer(result) { CalibrationTable.make(result) }
        }
    }

    static func show(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .scenarioShow, path: "/api/scenario", summary: ServiceOperation.scenarioShow.summary,
                 description: "Rows of `capexgap scenario show --format json`.", parameters: RequestReaders.scenarioParameters(state.limits),
                 response: .rows(ScenarioShowResult.schema)) { query in
            let result = try state.service.scenarioShow(try RequestReaders.scenario(query, limits: state.limits))
            return APIAnswer(result) { ScenarioTable.make(result) }
        }
    }

    static func project(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .project, path: "/api/project", summary: ServiceOperation.project.summary,
                 description: "Rows of `capexgap project --format json`: every parameter at its median (or the value set).",
                 parameters: RequestReaders.scenarioParameters(state.limits), response: .rows(ProjectionResult.schema)) { query in
            let result = try state.service.project(try RequestReaders.scenario(query, limits: state.limits))
            return APIAnswer(result) { ProjectionTable.make(result) }
        }
    }

    static func simulate(_ state: ServerState) -> Endpoint {
        let limits = state.limits
        return Endpoint(
            operation: .simulate, path: "/api/simulate", summary: ServiceOperation.simulate.summary,
            description: "The object of `capexgap simulate --format json` (format=csv: its table); how long it took is under timing_s. Paths are capped at \(limits.maximumPaths) and the projection at \(limits.maximumYears) years; simulations queue behind \(limits.computeSlots) at a time (503 with Retry-After when the queue is full).",
            parameters: RequestReaders.scenarioParameters(limits) + [
                .integer("paths", "number of paths (default \(limits.defaultPaths))", 1...limits.maximumPaths),
                .integer("seed", "random seed (default \(Defaults.seed))", 0...Int.max),
            ],
            response: .object(OpenAPIDocument.simulationSchema), isCompute: true
        ) { query in
            let request = SimulateRequest(scenario: try RequestReaders.scenario(query, limits: limits),
                                          paths: try query.int("paths", in: 1...limits.maximumPaths) ?? limits.defaultPaths,
                                          seed: try RequestReaders.seed(query), threads: 1, maximumPaths: limits.maximumPaths)
            let scenario = try state.service.prepare(request)
            let result = try await state.limiter.run { CapexService.simulate(scenario, request: request) }
            return APIAnswer(result) { SimulationReport.table(result.summary, notes: result.firstYearCapex.map { [$0] } ?? []) }
        }
    }

    static func sensitivity(_ state: ServerState) -> Endpoint {
        let limits = state.limits
        return Endpoint(
            operation: .sensitivity, path: "/api/sensitivity", summary: ServiceOperation.sensitivity.summary,
            description: "Rows of `capexgap sensitivity --format json`.",
            parameters: RequestReaders.scenarioParameters(limits) + [
                .integer("year", "the year whose gap is measured (default: the horizon)", Defaults.projectionYears),
                .integer("paths", "Monte Carlo paths for the indices (default \(Defaults.sensitivityPaths))",
                         SensitivityRequest.minimumPaths...limits.maximumSensitivityPaths),
                .integer("seed", "random seed (default \(Defaults.seed))", 0...Int.max),
            ],
            response: .rows(SensitivityResult.schema), isCompute: true
        ) { query in
            let request = SensitivityRequest(scenario: try RequestReaders.scenario(query, limits: limits),
                                             year: try query.int("year", in: Defaults.projectionYears),
                                             paths: try query.int("paths", in: SensitivityRequest.minimumPaths...limits.maximumSensitivityPaths)
                                                ?? Defaults.sensitivityPaths,
                                             seed: try RequestReaders.seed(query), threads: 1, maximumPaths: limits.maximumSensitivityPaths)
            let (scenario, year) = try state.service.prepare(request)
            let result = try await state.limiter.run { CapexService.sensitivity(scenario, year: year, request: request) }
            return APIAnswer(result) { SensitivityTable.make(result) }
        }
    }

    static func solve(_ state: ServerState) -> Endpoint {
        Endpoint(operation: .solve, path: "/api/solve", summary: ServiceOperation.solve.summary,
                 description: "The answer of `capexgap solve --format json`: the sentence and its numbers.",
                 parameters: RequestReaders.scenarioParameters(state.limits) + [
                     .string("for", "the parameter to solve for", required: true),
                     .string("target", "crossover=YEAR or payback=YEAR", required: true),
                 ],
                 response: .object(OpenAPIDocument.solveSchema), offersCSV: false, isCompute: true) { query in
            guard let parameter = query.string("for") else { throw APIError.badRequest("give the parameter to solve for", field: "for") }
            guard let target = query.string("target") else { throw APIError.badRequest("give target=crossover=YEAR or payback=YEAR", field: "target") }
            let request = SolveRequest(scenario: try RequestReaders.scenario(query, limits: state.limits), parameter: parameter,
                                       target: try SolveRequest.target(target))
            let scenario = try state.service.prepare(request)
            return APIAnswer(try await state.limiter.run { try CapexService.solve(scenario, request: request) }, table: nil)
        }
    }
}
