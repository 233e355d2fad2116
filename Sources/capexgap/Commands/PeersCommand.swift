import ArgumentParser
import CapexModel
import CapexReport
import CapexService

/// `capexgap peers`: the hyperscaler peer set's sums per fiscal year.
struct PeersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Peer-set capex and revenue per fiscal year, revenue-weighted intensity and growth.",
        discussion: """
            The peer set is every company whose role is hyperscaler (bundled: AMZN, GOOGL, META, MSFT, \
            ORCL; an import with --role hyperscaler adds one); --ticker and --cik choose a set of your own. \
            Says in which fiscal year combined capex first passed $100B, $200B and $400B.
            """
    )

    @OptionGroup var selection: CompanySelection
    @Option(name: .long, help: "Capex definition: cash or with-leases.")
    var capex: CapexDefinition = .cash
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().peers(PeersRequest(companies: selection.filter(), capex: capex))
        output.print(result, PeersTable.make(result))
    }
}
