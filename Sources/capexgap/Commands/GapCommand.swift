import ArgumentParser
import CapexModel
import CapexReport
import CapexService

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

    func run() throws {
        let request = GapModelRequest(model: Model.id, preset: preset, assignments: try Assignments.parse(assignments, specs: Model.specs),
                                      fromData: fromData.map(CapexSource.init), year: year)
        let run = try database.service().gapRun(request)
        output.print(run, GapModelTable.make(run))
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
    var fromData: String = CapexSource.peerSetWord

    @Option(name: .long, help: ArgumentHelp("AI revenue to measure the gap against, USD billions a year (default: Sequoia's 2024 estimate).", valueName: "usd-b"))
    var aiRevenue: StrictDouble?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let comparison = try database.service().gapCompare(GapComparisonRequest(fromData: CapexSource(fromData), year: year,
                                                                                 aiRevenueUSDBillions: aiRevenue?.value))
        output.print(comparison, GapComparisonTable.make(comparison))
    }
}

/// `capexgap unit-economics`: what inference costs per hour, per token and per user.
struct UnitEconomicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-economics",
        abstract: "Cost per accelerator-hour, per million tokens and per user, against subscription prices.",
        discussion: "Parameters:\n" + UnitEconomicsModel.specs.map { "  \($0.name) (\($0.unit), \($0.range)): \($0.label)" }.joined(separator: "\n")
    )

    @Option(name: .long, help: ArgumentHelp("Start from this preset (gb200-typical-user, gb200-heavy-user).", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("Set a parameter (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().unitEconomics(UnitEconomicsRequest(
            preset: preset, assignments: try Assignments.parse(assignments, specs: UnitEconomicsModel.specs)))
        output.print(result, UnitEconomicsTable.make(result))
    }
}

/// `capexgap depreciation`: how the server useful life changes depreciation and the cost to cover.
struct DepreciationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depreciation",
        abstract: "Depreciation of the capex history under different server useful lives.",
        discussion: """
            Compares the 4 -> 6 year extensions, Amazon's 6 -> 5 reversal and the 2-3-year critique on a \
            company's (or the peer set's) actual capex, and lists the companies' stated life changes.
            """
    )

    @Option(name: .long, help: ArgumentHelp("One company (default: the hyperscaler peer set).", valueName: "ticker"))
    var ticker: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A useful life to compare, years (repeatable; default 2 3 4 5 6).", valueName: "years"))
    var life: [StrictDouble] = []

    @Option(name: .long, help: ArgumentHelp("Share of capex that is servers and network equipment (default: Microsoft's ~2/3 short-lived assets).", valueName: "fraction"))
    var serverShare: StrictDouble?

    @OptionGroup var years: YearRange
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().depreciation(DepreciationRequest(
            ticker: ticker, lives: life.map(\.value), serverShare: serverShare?.value, from: years.from, to: years.to))
        output.print(result, DepreciationTable.make(result))
    }
}

/// A number option read with the one strict number parser (no hex, no underscores, finite).
struct StrictDouble: ExpressibleByArgument, Sendable {
    var value: Double

    init?(argument: String) {
        guard let value = StrictNumber.parse(argument) else { return nil }
        self.value = value
    }
}
