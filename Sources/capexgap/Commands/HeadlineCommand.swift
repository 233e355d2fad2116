import ArgumentParser
import CapexModel
import CapexReport

/// `capexgap headline` (also `capexgap` alone): the hyperscalers' latest fiscal years.
struct HeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headline",
        abstract: "The hyperscalers' latest revenue, capex and capex intensity, and the peer-set total."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open()
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try db.companies())
        let years = try db.companyYears(ciks: Set(peerSet.members.map(\.cik)))
        let headline = Headline(peerSet: peerSet, companyYears: years, bands: try db.regimeBands())
        Terminal.write(output.render(headline.table))
    }
}
