import ArgumentParser
import CapexData
import CapexModel
import CapexReport

/// `capexgap gap`: the published gap models.
struct GapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "How much revenue the build-out needs, by each published model.",
        discussion: """
            Each model starts from a preset that reproduces its published headline; --set changes a \
            parameter (checked against its range), --from-data takes the capex input from the filings.
            """,
        subcommands: [GapModelCommand<SequoiaModel>.self, GapModelCommand<TCOModel>.self,
                      GapModelCommand<HurdleModel>.self, GapModelCommand<RatioModel>.self, GapCompareCommand.self]
    )
}

/// `capexgap gap sequoia|tco|hurdle|ratio`.
struct GapModelCommand<Model: GapModel>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Model.id,
            abstract: Model.title + ".",
            discussion: "Formula: \(Model.formula).\n\nParameters:\n"
                + Model.specs.map { "  \($0.name) (\($0.unit), \($0.range)): \($0.label)" }.joined(separator: "\n")
        )
    }

    @Option(name: .long, help: ArgumentHelp("Start from this preset (default: the model's first).", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("Set a parameter (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp("Take the capex input from the database: hyperscalers (the peer set) or a ticker.", valueName: "set"))
    var fromData: String?

    @Option(name: .long, help: ArgumentHelp("Fiscal year of the actual capex (with --from-data; default: the latest).", valueName: "year"))
    var year: Int?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if year != nil, fromData == nil { throw ValidationError("--year goes with --from-data") }
    }

    func run() throws {
        let db = try database.open()
        let run = try RequestFailure.usage {
            try GapModelRun(GapModelRequest(model: Model.id, preset: preset, assignments: assignments, fromData: fromData, year: year),
                            database: db)
        }
        Terminal.write(output.render(GapModelTable.make(run)))
    }
}

/// `capexgap gap compare`: all four models on the same actual capex.
struct GapCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "All four models on the same actual capex, side by side, with the AI revenue observed.",
        discussion: "Each model runs its first preset with its capex input replaced by the peer set's actual capex."
    )

    @Option(name: .long, help: ArgumentHelp("Fiscal year of the actual capex (default: the latest complete year).", valueName: "year"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Capex of: hyperscalers (the peer set) or a ticker.", valueName: "set"))
    var fromData: String = "hyperscalers"

    @Option(name: .long, help: ArgumentHelp("AI revenue to measure the gap against, USD billions a year (default: Sequoia's 2024 estimate).", valueName: "usd-b"))
    var aiRevenue: Double?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let aiRevenue, !(aiRevenue >= 0 && aiRevenue.isFinite) {
            throw ValidationError("--ai-revenue must be zero or more (USD billions a year)")
        }
    }

    func run() throws {
        let db = try database.open()
        let comparison = try RequestFailure.usage {
            try GapComparison(fromData: fromData, year: year, aiRevenueUSDBillions: aiRevenue, database: db)
        }
        Terminal.write(output.render(GapComparisonTable.make(comparison)))
    }
}
