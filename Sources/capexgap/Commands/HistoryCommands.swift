import ArgumentParser
import CapexModel
import CapexReport
import CapexService

extension AnalogMetric: ExpressibleByArgument {}

/// `capexgap analogs`: the AI build-out against railways, fibre and electrification.
struct AnalogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analogs",
        abstract: "The AI build-out against past infrastructure cycles, aligned on years since each began.",
        discussion: """
            Published figures with their tier and source (contested, tier U, only as ranges), the \
            shares of US GDP CapexGap computes (BEA digital-infrastructure investment; the peer set's \
            capex), and a summary of where the AI cycle stands.
            """
    )

    @Option(name: .long, help: "Metric: investment_pct_gdp, capex_pct_revenue or utilisation.")
    var metric: AnalogMetric = .investmentPctGDP

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().analogs(metric)
        output.print(result, AnalogsTable.make(result))
    }
}

/// `capexgap value-chain`: who receives each capex dollar.
struct ValueChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "value-chain",
        abstract: "Split a year's peer-set capex into categories and supplier layers, against what suppliers report.",
        discussion: """
            Schemes: mckinsey (McKinsey's $5.2T split: technology 60%, energy 25%, builders 15%), \
            bernstein (Bernstein's cost of a gigawatt), epoch and sequoia (shares of total cost of \
            ownership). What a scheme does not itemise is a layer of its own, so every dollar is counted once.
            """
    )

    @Option(name: .long, help: "Split: mckinsey, bernstein, epoch or sequoia.")
    var scheme: String = Defaults.valueChainScheme

    @Option(name: .long, help: ArgumentHelp("Fiscal year of the peer set's capex (default: the latest complete).", valueName: "year"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Split this amount instead, USD billions (e.g. 5200 for McKinsey's cumulative $5.2T).", valueName: "usd-b"))
    var capex: StrictDouble?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().valueChain(ValueChainRequest(scheme: scheme, year: year, capexUSDBillions: capex?.value))
        output.print(result, ValueChainTable.make(result))
    }
}
