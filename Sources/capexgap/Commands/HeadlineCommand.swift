import ArgumentParser
import CapexReport
import CapexService
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
        let service = try database.service()
        let headline = try service.headline()
        // The outlook is a sentence under the table; JSON is the table's rows.
        let outlook = output.format == .json ? nil : try? service.outlook(threads: ProcessInfo.processInfo.activeProcessorCount)
        output.print(headline, HeadlineTable.make(headline, outlook: outlook))
    }
}
