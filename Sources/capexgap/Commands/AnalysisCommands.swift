import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import Foundation

/// `capexgap scenario check|show`.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Check a scenario file, or show its resolved parameters with their sources.",
        subcommands: [ScenarioCheckCommand.self, ScenarioShowCommand.self]
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
            let parsed = try ScenarioLoader.file(file)
            let needsDatabase = parsed.model == .buildout && parsed.capexHistory == nil
            let scenario = try ScenarioLoader.resolve(parsed, database: needsDatabase ? try database.open() : nil)
            Terminal.write("\(file): OK (\(scenario.model.rawValue), \(scenario.parameters.count) parameters, \(scenario.baseYear + 1)-\(scenario.horizon))\n")
        } catch let error as ScenarioError {
            throw CLIError.failure(error.description)
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
        Terminal.write(output.render(ScenarioTable.make(try selection.load(database: database))))
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
    var paths: Int = 20_000

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 42

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1_000...1_000_000).contains(paths) else { throw ValidationError("--paths \(paths) is out of range; give 1,000 to 1,000,000") }
    }

    func run() throws {
        let scenario = try selection.load(database: database)
        let year = self.year ?? scenario.horizon
        guard (scenario.baseYear + 1...scenario.horizon).contains(year) else {
            throw CLIError.usage("--year \(year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon))")
        }
        let (base, bars) = Tornado.bars(scenario, year: year)
        let indices = FirstOrderIndices.compute(scenario, year: year, paths: paths, seed: seed,
                                                threads: ProcessInfo.processInfo.activeProcessorCount)
        Terminal.write(output.render(SensitivityTable.make(scenario: scenario, year: year, base: base, bars: bars, indices: indices, paths: paths)))
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

    func parsedTarget() throws -> SolverTarget {
        guard let goal = SolverTarget(parsing: target) else {
            throw CLIError.usage("--target \(target): the event must be crossover or payback, and the year from 1900 to 2200, e.g. crossover=2032")
        }
        return goal
    }

    func run() throws {
        let goal = try parsedTarget()
        let scenario = try selection.load(database: database)
        guard goal.year > scenario.baseYear, goal.year <= scenario.horizon else {
            throw CLIError.usage("--target year \(goal.year) is outside the projection (\(scenario.baseYear + 1) to \(scenario.horizon)); use --horizon")
        }
        do {
            let result = try InverseSolver.solve(scenario, parameter: parameter, target: goal)
            Terminal.write(result.sentence + "\n")
        } catch let error as ParameterError {
            throw CLIError.usage(error.description)
        }
    }
}
