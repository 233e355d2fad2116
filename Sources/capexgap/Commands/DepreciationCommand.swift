import ArgumentParser
import CapexData
import CapexModel
import CapexReport

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
    var life: [Double] = []

    @Option(name: .long, help: ArgumentHelp("Share of capex that is servers and network equipment (default: Microsoft's ~2/3 short-lived assets).", valueName: "fraction"))
    var serverShare: Double?

    @OptionGroup var years: YearRange
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        for value in life where !(ParameterRange.years.contains(value)) {
            throw ValidationError("--life \(NumberText.compact(value)) is out of range; a useful life must be \(ParameterRange.years)")
        }
        if let serverShare, !ParameterRange.shareFraction.contains(serverShare) {
            throw ValidationError("--server-share \(NumberText.compact(serverShare)) is out of range; it must be \(ParameterRange.shareFraction)")
        }
    }

    func run() throws {
        let db = try database.open()
        let table = try RequestFailure.usage {
            try ModelTables.depreciation(ticker: ticker, lives: life, serverShare: serverShare, from: years.from, to: years.to, database: db)
        }
        Terminal.write(output.render(table))
    }
}
