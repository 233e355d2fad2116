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
            Says in which fiscal year combined capex first passed $100B, $200B and $400B. With --calendar, \
            sums calendar years from calendar quarters instead of fiscal-year labels (Microsoft's year to \
            June and Oracle's to May are not added to December years); a member without all four quarters \
            of a year leaves its total unresolved and is named.
            """
    )

    @OptionGroup var selection: CompanySelection
    @Option(name: .long, help: "Capex definition: cash, with-leases, with-committed-leases, net or net-of-customer-hardware (capexgap definitions says what each adds up).")
    var capex: CapexDefinition = .cash
    @Flag(name: .long, help: "Sum calendar years from calendar quarters.")
    var calendar = false
    @Option(name: .long, help: "With --calendar: which filing of a period, first or latest.")
    var basis: FilingBasis = .first
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let service = try database.service()
        if calendar {
            let result = try service.calendarPeers(CalendarPeersRequest(companies: selection.filter(), capex: capex, basis: basis))
            output.print(result, CalendarPeersTable.make(result))
        } else {
            let result = try service.peers(PeersRequest(companies: selection.filter(), capex: capex))
            output.print(result, PeersTable.make(result))
        }
    }
}
