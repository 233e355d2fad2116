import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import Foundation

/// The scenario a projection command runs: a shipped name or a file, plus `--set` values.
struct ScenarioSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("A shipped scenario (base, bull, bear, bench-reference) or a TOML file.", valueName: "scenario"))
    var scenario: String = "base"

    @Option(name: .long, help: ArgumentHelp("Same as the scenario argument, as in --preset bench-reference.", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("Fix a parameter at a value (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp("Last projected year (default: the scenario's).", valueName: "year"))
    var horizon: Int?

    @Option(name: .long, help: ArgumentHelp("Number of projected years (instead of --horizon).", valueName: "n"))
    var years: Int?

    func validate() throws {
        if horizon != nil, years != nil { throw ValidationError("give --horizon or --years, not both") }
        if let years, !(1...100).contains(years) { throw ValidationError("--years \(years) is out of range; give 1 to 100 years") }
    }

    /// Loads and resolves the scenario; opens the database only when the scenario needs actuals.
    func load(database: DatabaseOptions) throws -> Scenario {
        let request = ScenarioRequest(scenario: preset ?? scenario, assignments: assignments, horizon: horizon, years: years)
        do {
            return try request.load { try database.open() }
        } catch let error as ScenarioRequestError {
            throw CLIError.usage(error.description)
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
        Terminal.write(output.render(ProjectionTable.make(Projector.project(scenario), scenario: scenario)))
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
            crossover.by_year, ...) and more.
            """
    )

    @OptionGroup var selection: ScenarioSelection

    @Option(name: .long, help: "Number of paths (1 to 10,000,000).")
    var paths: Int = 100_000

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "Threads (default: the processors available).")
    var threads: Int?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1...10_000_000).contains(paths) else { throw ValidationError("--paths \(paths) is out of range; give 1 to 10,000,000") }
        if let threads, !(1...256).contains(threads) { throw ValidationError("--threads \(threads) is out of range; give 1 to 256") }
    }

    func run() throws {
        let scenario = try selection.load(database: database)
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let bar = ProgressBar(total: paths >= 500_000 ? paths : 0, label: "simulating")
        let summary = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: paths, seed: seed, threads: threads)) { done in
            bar.update(done, item: "paths")
        }
        bar.finish()
        if output.format == .json {
            Terminal.write(SimulationReport.json(summary))
        } else {
            Terminal.write(output.render(SimulationReport.table(summary)))
        }
    }
}
