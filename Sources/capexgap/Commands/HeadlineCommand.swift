import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import Foundation

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
        var headline = Headline(peerSet: peerSet, companyYears: years, bands: try db.regimeBands())
        headline.outlook = (try? outlook(db)) ?? []
        Terminal.write(output.render(headline.table))
    }

    /// The gap on the latest actual capex and the base scenario's crossover range (20,000 paths, seed 42).
    func outlook(_ db: CapexDatabase) throws -> [String] {
        let comparison = try GapComparison(year: nil, aiRevenueUSDBillions: nil, database: db)
        let scenario = try ScenarioLoader.load("base", database: db)
        let simulation = MonteCarloEngine.run(scenario, options: MonteCarloOptions(
            paths: 20_000, seed: 42, threads: ProcessInfo.processInfo.activeProcessorCount))
        return Headline.outlook(comparison: comparison, simulation: simulation)
    }
}
