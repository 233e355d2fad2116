import CapexData
import CapexModel
import CapexReport
import Foundation

/// The API routes over models: gap models, unit economics, depreciation, and the scenario
/// projection, Monte Carlo, sensitivity and solver.
enum ModelEndpoints {
    static func specParameters(_ specs: [ParameterSpec]) -> [EndpointParameter] {
        specs.map { spec in
            var parameter = EndpointParameter.number(spec.name, "\(spec.label) (\(spec.unit); \(spec.range))", minimum: spec.range.lower, maximum: spec.range.upper)
            if !spec.range.lowerInclusive || !spec.range.upperInclusive { parameter.description += ", bounds as stated" }
            return parameter
        }
    }

    static func gapModel(_ model: any GapModel.Type, _ state: ServerState) -> Endpoint {
        let database = state.database
        return Endpoint(
            path: "/api/gap/\(model.id)", summary: model.title,
            description: "Rows of `capexgap gap \(model.id) --format json`. Formula: \(model.formula). Any parameter may be set as a query parameter (GET) or in a JSON body {\"preset\": ..., \"parameters\": {name: value}} (POST).",
            parameters: [
                .string("preset", "start from this preset (default: the model's first)"),
                .string("from_data", "take the capex input from the database: hyperscalers or a ticker"),
                .integer("year", "fiscal year of the actual capex, with from_data", CompanyFilter.plausibleYears),
            ] + specParameters(model.specs),
            offersCSV: true, acceptsBody: true
        ) { query in
            .table(GapModelTable.make(try GapModelRun(gapRequest(model, query), database: database)))
        }
    }

    /// The run a query asks for: preset, capex from the data, and parameter values.
    static func gapRequest(_ model: any GapModel.Type, _ query: Query, skippingPresetValues preset: Preset? = nil) throws -> GapModelRequest {
        if query.string("year") != nil, query.string("from_data") == nil {
            throw APIError.badRequest("year goes with from_data", field: "year")
        }
        var assignments = query.assignments(for: model.specs.map(\.name))
        if let preset {
            // A value still equal to the preset's is not a change (the run stays as published).
            assignments = assignments.filter { assignment in
                let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = Double(parts[1]), let published = preset.values[parts[0]]?.value else { return true }
                return abs(value - published) > 1e-12 * max(1, abs(published))
            }
        }
        return GapModelRequest(model: model.id, preset: query.string("preset"), assignments: assignments,
                               fromData: query.string("from_data"), year: try query.int("year", in: CompanyFilter.plausibleYears))
    }

    static func all(_ state: ServerState) -> [Endpoint] {
        let database = state.database
        let limits = state.limits
        let scenarioParameters: [EndpointParameter] = [
            .string("scenario", "a shipped scenario", choices: ScenarioLoader.shippedNames),
            .integer("horizon", "last projected year (default: the scenario's)", 1901...2200),
            .integer("years", "number of projected years, instead of horizon", 1...limits.maximumYears),
        ] + specParameters(ScenarioParameters.specs)
        var endpoints = GapModels.all.map { gapModel($0, state) }
        endpoints += [
            Endpoint(path: "/api/gap/compare", summary: "All four gap models on the same actual capex",
                     description: "Rows of `capexgap gap compare --format json`.",
                     parameters: [.integer("year", "fiscal year of the actual capex (default: the latest complete)", CompanyFilter.plausibleYears),
                                  .string("from_data", "capex of: hyperscalers (default) or a ticker"),
                                  .number("ai_revenue", "AI revenue to measure the gap against, USD billions a year", minimum: 0)],
                     offersCSV: true) { query in
                let comparison = try GapComparison(fromData: query.string("from_data") ?? "hyperscalers",
                                                   year: try query.int("year", in: CompanyFilter.plausibleYears),
                                                   aiRevenueUSDBillions: try query.double("ai_revenue", in: .nonNegative), database: database)
                return .table(GapComparisonTable.make(comparison))
            },
            Endpoint(path: "/api/unit-economics", summary: "Cost per accelerator-hour, per million tokens and per user",
                     description: "Rows of `capexgap unit-economics --format json`; any parameter may be set.",
                     parameters: [.string("preset", "start from this preset (default: the first)")] + specParameters(UnitEconomicsModel.specs),
                     offersCSV: true) { query in
                .table(try ModelTables.unitEconomics(preset: query.string("preset"),
                                                     assignments: query.assignments(for: UnitEconomicsModel.specs.map(\.name)), database: database))
            },
            Endpoint(path: "/api/depreciation", summary: "Depreciation of the capex history under different useful lives",
                     description: "Rows of `capexgap depreciation --format json`.",
                     parameters: [.string("ticker", "one company (default: the hyperscaler peer set)"),
                                  .number("life", "a useful life to compare, years (repeatable)", minimum: 1, maximum: 100, repeatable: true),
                                  .number("server_share", "share of capex that is servers and network equipment", minimum: 0, maximum: 1)]
                        + FilingsEndpoints.yearParameters,
                     offersCSV: true) { query in
                .table(try ModelTables.depreciation(ticker: query.string("ticker"), lives: try query.doubles("life"),
                                                    serverShare: try query.double("server_share"),
                                                    from: try query.int("from", in: CompanyFilter.plausibleYears),
                                                    to: try query.int("to", in: CompanyFilter.plausibleYears), database: database))
            },
            Endpoint(path: "/api/analogs", summary: "The AI build-out against past infrastructure cycles",
                     description: "Rows of `capexgap analogs --format json`: every figure aligned on years since its cycle began, contested ones as ranges.",
                     parameters: [.string("metric", "investment_pct_gdp (default), capex_pct_revenue or utilisation", choices: AnalogMetric.allCases.map(\.rawValue))],
                     offersCSV: true) { query in
                .table(AnalogsTable.make(try HistoryTables.analogs(query.choice("metric", AnalogMetric.allCases), database: database)))
            },
            Endpoint(path: "/api/value-chain", summary: "Who receives each capex dollar: categories and supplier layers",
                     description: "Rows of `capexgap value-chain --format json`.",
                     parameters: [.string("scheme", "mckinsey, bernstein (default), epoch or sequoia", choices: CapexScheme.names.map(\.name)),
                                  .integer("year", "fiscal year of the peer set's capex (default: the latest complete)", CompanyFilter.plausibleYears),
                                  .number("capex", "split this amount instead, USD billions", minimum: 0)],
                     offersCSV: true) { query in
                .table(ValueChainTable.make(try HistoryTables.valueChain(scheme: query.string("scheme") ?? "bernstein",
                                                                         year: try query.int("year", in: CompanyFilter.plausibleYears),
                                                                         capexUSDBillions: try query.double("capex", in: .positive), database: database)))
            },
            Endpoint(path: "/api/scenario", summary: "A scenario's resolved parameters",
                     description: "Rows of `capexgap scenario show --format json`.", parameters: scenarioParameters, offersCSV: true) { query in
                .table(ScenarioTable.make(try state.scenario(query)))
            },
            Endpoint(path: "/api/project", summary: "The deterministic projection of a scenario",
                     description: "Rows of `capexgap project --format json`: every parameter at its median (or the value set).",
                     parameters: scenarioParameters, offersCSV: true) { query in
                let scenario = try state.scenario(query)
                return .table(ProjectionTable.make(Projector.project(scenario), scenario: scenario))
            },
            Endpoint(path: "/api/simulate", summary: "Monte Carlo of a scenario",
                     description: "The object of `capexgap simulate --format json` (format=csv: its table). Paths are capped at \(limits.maximumPaths) and the projection at \(limits.maximumYears) years; simulations queue behind \(limits.computeSlots) at a time (503 with Retry-After when the queue is full).",
                     parameters: scenarioParameters + [.integer("paths", "number of paths (default \(limits.defaultPaths))", 1...limits.maximumPaths),
                                                       .integer("seed", "random seed (default 42)", 0...Int.max)],
                     offersCSV: true) { query in
                let scenario = try state.scenario(query, maximumYears: limits.maximumYears)
                let options = MonteCarloOptions(paths: try query.int("paths", in: 1...limits.maximumPaths) ?? limits.defaultPaths,
                                                seed: UInt64(try query.int("seed", in: 0...Int.max) ?? 42), threads: 1)
                let summary = try await state.limiter.run { MonteCarloEngine.run(scenario, options: options) }
                return .object(json: SimulationReport.json(summary), table: SimulationReport.table(summary))
            },
            Endpoint(path: "/api/sensitivity", summary: "Which assumption matters most: tornado and first-order indices",
                     description: "Rows of `capexgap sensitivity --format json`.",
                     parameters: scenarioParameters + [.integer("year", "the year whose gap is measured (default: the horizon)", 1901...2200),
                                                       .integer("paths", "Monte Carlo paths for the indices (default 20000)", 1_000...limits.maximumSensitivityPaths),
                                                       .integer("seed", "random seed (default 42)", 0...Int.max)],
                     offersCSV: true) { query in
                let scenario = try state.scenario(query, maximumYears: limits.maximumYears)
                let year = try query.int("year", in: 1901...2200) ?? scenario.horizon
                guard (scenario.baseYear + 1...scenario.horizon).contains(year) else {
                    throw APIError.badRequest("year \(year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon))", field: "year")
                }
                let paths = try query.int("paths", in: 1_000...limits.maximumSensitivityPaths) ?? 20_000
                let seed = UInt64(try query.int("seed", in: 0...Int.max) ?? 42)
                let table = try await state.limiter.run {
                    let (base, bars) = Tornado.bars(scenario, year: year)
                    let indices = FirstOrderIndices.compute(scenario, year: year, paths: paths, seed: seed, threads: 1)
                    return SensitivityTable.make(scenario: scenario, year: year, base: base, bars: bars, indices: indices, paths: paths)
                }
                return .table(table)
            },
            Endpoint(path: "/api/solve", summary: "What must be true: one parameter's value for crossover or payback by a year",
                     description: "The answer of `capexgap solve`, as an object with the sentence and its numbers.",
                     parameters: scenarioParameters + [.string("for", "the parameter to solve for", required: true),
                                                       .string("target", "crossover=YEAR or payback=YEAR", required: true)],
                     offersCSV: false) { query in
                guard let parameter = query.string("for") else { throw APIError.badRequest("give the parameter to solve for", field: "for") }
                guard let text = query.string("target"), let target = SolverTarget(parsing: text) else {
                    throw APIError.badRequest("target: write crossover=YEAR or payback=YEAR, e.g. crossover=2032", field: "target")
                }
                let scenario = try state.scenario(query)
                guard target.year > scenario.baseYear, target.year <= scenario.horizon else {
                    throw APIError.badRequest("target year \(target.year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon))", field: "target")
                }
                let result: SolverResult
                do {
                    result = try await state.limiter.run { try InverseSolver.solve(scenario, parameter: parameter, target: target) }
                } catch let error as ParameterError {
                    throw APIError.badRequest(error.description, field: "for")
                }
                let object: [String: Any] = [
                    "parameter": result.parameter, "target": text, "sentence": result.sentence,
                    "value": result.bestValue ?? NSNull(), "event_year": result.eventYear ?? NSNull(),
                    "median": result.median, "lower": result.lower, "upper": result.upper, "horizon": result.horizon,
                ]
                return .object(json: TableRenderer.jsonText(object), table: nil)
            },
        ]
        return endpoints
    }
}
