import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// The scenario a projection command runs: a shipped name or a file, plus `--set` values.
struct ScenarioSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("A shipped scenario (base, bull, bear, bench-reference) or a TOML file.", valueName: "scenario"))
    var scenario: String = Defaults.scenario.value

    @Option(name: .long, help: ArgumentHelp("Same as the scenario argument, as in --preset bench-reference.", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("Fix a parameter at a value (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp("Last projected year (default: the scenario's).", valueName: "year"))
    var horizon: Int?

    @Option(name: .long, help: ArgumentHelp("Number of projected years (instead of --horizon).", valueName: "n"))
    var years: Int?

    @Flag(name: .customLong("capex-from-guidance"),
          help: "Take the first projected year's capex from the guidance ledger (each company's latest guide, prorated to the calendar year and converted to the scenario's capex definition).")
    var capexFromGuidance = false

    /// The request; `--set` values are parsed here, their names checked against the scenario's model.
    func request() throws -> ScenarioRequest {
        var request = ScenarioRequest(scenario: ScenarioName(preset ?? scenario),
                                      assignments: try Assignments.parse(assignments, specs: ScenarioRequest.parameterSpecs), horizon: horizon, years: years)
        request.capexFromGuidance = capexFromGuidance
        return request
    }

    /// Loads and resolves the scenario; opens the database only when the scenario needs actuals.
    func load(database: DatabaseOptions) throws -> Scenario {
        try CapexService.scenario(request()) { try database.service().database }
    }
}

/// `capexgap scenario check|show`.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Check a scenario file, or show its resolved parameters with their sources.",
        subcommands: [ScenarioCheckCommand.self, ScenarioShowCommand.self, ScenarioCalibrateCommand.self]
    )
}

/// `capexgap scenario check FILE`: every problem with its line and key.
struct ScenarioCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a scenario file and report every problem with its line and key (exit 1 if any)."
    )

    @Argument(help: ArgumentHelp("A scenario file, or a shipped scenario's name.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        do {
            let scenario = try CapexService.scenario(ScenarioRequest(scenario: ScenarioName(file))) { try database.service().database }
            Terminal.write("\(file): OK (\(scenario.model.rawValue), \(scenario.parameters.count) parameters, \(scenario.baseYear + 1)-\(scenario.horizon))\n")
        } catch let error as ScenarioRequestError {
            guard case .scenarioFile(let problems) = error else { throw error }
            throw CLIError.failure(problems.description)
        }
    }
}

/// `capexgap scenario show FILE`.
struct ScenarioShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a scenario's resolved parameters: distribution, median, p5, p95, unit, evidence and source."
    )

    @OptionGroup var selection: ScenarioSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = ScenarioShowResult(scenario: try selection.load(database: database))
        output.print(result, ScenarioTable.make(result))
    }
}

/// `capexgap scenario calibrate SCENARIO`: the first projected year against the observations.
struct ScenarioCalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Set a scenario's first projected year, stream by stream, against the observed ranges (exit 1 if a stream is outside without a reason).",
        discussion: """
            Each stream's observed range (calibration.csv, built from cited run-rates, seats and API revenue) against \
            the deterministic projection's value for the same year. A scenario may depart on purpose: a \
            [calibration] table in its file gives the reason per stream.
            """
    )

    @OptionGroup var selection: ScenarioSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let scenario = try selection.load(database: database)
        let result = try CapexService.calibration(of: scenario)
        output.print(result, CalibrationTable.make(result))
        if !result.passes {
            throw CLIError.failure("scenario \(scenario.name) is outside the observations without a reason: "
                + result.failures.map { "\($0.target.stream) \($0.target.year) \(NumberText.fixed($0.model ?? .nan, digits: 1)) $B against \(NumberText.compact($0.target.low))-\(NumberText.compact($0.target.high))" }
                    .joined(separator: "; ")
                + " (give the reason in the file's [calibration] table, or change the parameters)")
        }
    }
}

/// `capexgap project`: the deterministic projection of a scenario.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project a scenario year by year: capex, depreciation, AI revenue, the gap, the crossover and payback years.",
        discussion: "Every parameter at its median, without noise. `capexgap simulate` gives the uncertainty."
    )

    @OptionGroup var selection: ScenarioSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let scenario = try selection.load(database: database)
        let result = ProjectionResult(projection: Projector.project(scenario), scenario: scenario)
        output.print(result, ProjectionTable.make(result))
    }
}

/// `capexgap simulate`: the Monte Carlo of a scenario.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Monte Carlo: percentile bands per year, the distribution of crossover and payback years.",
        discussion: """
            Reproducible bit for bit for a seed, whatever the number of threads. --format json prints the \
            keys of ../shared/bench/mc_numpy.py (final_year_gap, final_year_cash, crossover.share_never, \
            crossover.by_year, ...) and more; how long the run took is apart, under timing_s.
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: "Number of paths (1 to 10,000,000).")
    var paths: Int = Defaults.simulatePaths

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = Defaults.seed

    @Option(name: .long, help: "Threads (default: the processors available).")
    var threads: Int?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let request = SimulateRequest(scenario: try selection.request(), paths: paths, seed: seed,
                                      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        try request.check()
        let scenario = try selection.load(database: database)
        let bar = ProgressBar(total: paths >= 500_000 ? paths : 0, label: "simulating")
        let result = CapexService.simulate(scenario, request: request) { done in bar.update(done, item: "paths") }
        bar.finish()
        output.print(result, SimulationReport.table(result.summary, notes: result.firstYearCapex.map { [$0] } ?? []))
    }
}

/// `capexgap sensitivity`: tornado and first-order indices.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Which assumption matters most: a tornado and variance-based first-order indices, ranked."
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: ArgumentHelp("The year whose gap is measured (default: the horizon).", valueName: "year"))
    var year: Int?

    @Option(name: .long, help: "Monte Carlo paths for the first-order indices (1,000 to 1,000,000).")
    var paths: Int = Defaults.sensitivityPaths

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = Defaults.seed

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let request = SensitivityRequest(scenario: try selection.request(), year: year, paths: paths, seed: seed)
        let scenario = try selection.load(database: database)
        let result = CapexService.sensitivity(scenario, year: try request.year(in: scenario), request: request)
        output.print(result, SensitivityTable.make(result))
    }
}

/// `capexgap solve`: the value of one parameter that makes a target hold.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "What must be true: the value of one parameter for crossover or payback by a year.",
        discussion: """
            Every other parameter stays at its median. If no value in the parameter's range meets the \
            target, says so (a target that is never reached within the horizon is not met).
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .customLong("for"), help: ArgumentHelp("The parameter to solve for.", valueName: "parameter"))
    var parameter: String

    @Option(name: .long, help: ArgumentHelp("crossover=YEAR or payback=YEAR.", valueName: "target"))
    var target: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let request = SolveRequest(scenario: try selection.request(), parameter: parameter, target: try SolveRequest.target(target))
        let scenario = try selection.load(database: database)
        try request.check(scenario)
        let result = try CapexService.solve(scenario, request: request)
        if output.format == .json {
            Terminal.write(TableRenderer.json(result))
        } else {
            Terminal.write(result.result.sentence + "\n")
        }
    }
}
