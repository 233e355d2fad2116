import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// `capexgap screen`: every SEC filer's capital intensity.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Every SEC filer's capex intensity, growth and band, from SEC's bulk companyfacts archive; the hyperscalers marked.",
        discussion: """
            --archive (SEC's companyfacts.zip, read entry by entry on every core) or --mirror (a folder of \
            CIK##########.json) loads the universe into the database once; later screens are queries. The \
            curated companies keep their curated figures. A filer whose file is bad is named and skipped; \
            the rest still load.
            """
    )

    @Option(name: .long, help: ArgumentHelp("SEC's bulk archive to load first.", valueName: "file.zip"))
    var archive: String?
    @Option(name: .long, help: ArgumentHelp("A folder of companyfacts files to load first.", valueName: "dir"))
    var mirror: String?
    @Option(name: .long, help: ArgumentHelp("Fiscal year (default: each filer's latest with revenue and capex).", valueName: "year"))
    var year: Int?
    @Flag(name: .long, help: "Trailing twelve months at each filer's latest quarter instead of a fiscal year.")
    var ttm = false
    @Option(name: .customLong("min-revenue"), help: ArgumentHelp("Revenue at least this, USD millions.", valueName: "usd_m"))
    var minRevenue: StrictDouble?
    @Option(name: .long, help: ArgumentHelp("Only this band: software, early-cloud, infrastructure or below-software.", valueName: "band"))
    var band: String?
    @Option(name: .customLong("crossed-since"), help: ArgumentHelp("Only filers that entered their band in or after this year.", valueName: "year"))
    var crossedSince: Int?
    @Option(name: .long, help: "Sort: capex_intensity, capex_growth, intensity_change or revenue.")
    var sort: ScreenRequest.Sort = .capexIntensity
    @Option(name: .long, help: ArgumentHelp("At most this many rows.", valueName: "n"))
    var limit: Int?
    @Option(name: .long, help: ArgumentHelp("Threads that parse the archive (default: every core, here shown).", valueName: "n"))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if archive != nil, mirror != nil { throw ValidationError("--archive and --mirror both load the universe: give one") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be 1 to 64") }
    }

    func run() throws {
        var request = ScreenRequest(year: year, minimumRevenue: minRevenue?.value, band: band, crossedSince: crossedSince, sort: sort, limit: limit)
        request.ttm = ttm
        if archive != nil || mirror != nil {
            for path in [archive, mirror].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: path) {
                throw CLIError.failure("\(path): no such file or folder")
            }
            let summary = try database.writingService().loadUniverse(archive: archive.map { URL(fileURLWithPath: $0) },
                                                                      folder: mirror.map { URL(fileURLWithPath: $0) }, threads: threads)
            Terminal.writeError("universe: \(summary.loaded) filers loaded, \(summary.empty) without revenue or capex, \(summary.skipped) skipped, "
                + "\(summary.curated) curated left as they are; \(summary.changedRows) rows changed; \(NumberText.fixed(summary.seconds, digits: 1)) s\n")
            for skipped in summary.skippedFiles.prefix(20) { Terminal.writeError("  skipped \(skipped.file): \(Terminal.printable(skipped.reason))\n") }
            if summary.skippedFiles.count > 20 { Terminal.writeError("  ... and \(summary.skippedFiles.count - 20) more\n") }
        }
        let result = try database.service().screen(request)
        output.print(result, ScreenTable.make(result))
    }
}

extension ScreenRequest.Sort: ExpressibleByArgument {}
