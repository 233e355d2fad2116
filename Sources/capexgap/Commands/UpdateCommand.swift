import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// `capexgap update`: refresh filings from SEC EDGAR.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Bring in whatever was filed since the release: companyfacts from SEC EDGAR (or a mirror folder).",
        discussion: """
            Fetches {source}/api/xbrl/companyfacts/CIK##########.json for every company in the database \
            (or those named), verifies each file (it parses and its CIK is the one asked for) and imports \
            them all in one transaction: the database is either fully updated or unchanged. SEC's \
            fair-access rules apply: a User-Agent naming a contact is required (--user-agent or \
            CAPEXGAP_USER_AGENT), at most 10 requests a second, Retry-After honoured on 429, bounded \
            back-off on 5xx. Downloaded files are kept in sec-cache/ beside the database and asked for \
            again conditionally (a 304 reuses them).
            """
    )

    @OptionGroup var selection: CompanySelection
    @Option(name: .customLong("user-agent"), help: ArgumentHelp("\"Name email\" sent to SEC (default: $CAPEXGAP_USER_AGENT).", valueName: "text"))
    var userAgent: String?
    @Option(name: .long, help: ArgumentHelp("The API host, e.g. a mirror or test server (default https://data.sec.gov).", valueName: "url"))
    var source: String?
    @Option(name: .long, help: ArgumentHelp("Read CIK##########.json files from this folder instead of downloading.", valueName: "dir"))
    var mirror: String?
    @Option(name: .long, help: "Which filing's value to keep when several report a figure: first or latest.")
    var basis: FilingBasis = .first
    @Option(name: .long, help: ArgumentHelp("Seconds each download may take.", valueName: "seconds"))
    var timeout: Double = 30
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard timeout.isFinite, (0.1...600).contains(timeout) else { throw ValidationError("--timeout must be between 0.1 and 600 seconds") }
        if let source {
            guard let url = URL(string: source), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
                throw ValidationError("--source '\(source)' is not an http(s) address, e.g. https://data.sec.gov")
            }
        }
        if mirror != nil, source != nil { throw ValidationError("--mirror reads a folder; --source names a server: give one") }
    }

    func run() async throws {
        var mirrorURL: URL?
        if let mirror {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: mirror, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIError.usage("--mirror \(mirror) is not a folder")
            }
            mirrorURL = URL(fileURLWithPath: mirror)
        }
        let agent = userAgent ?? ProcessInfo.processInfo.environment["CAPEXGAP_USER_AGENT"].flatMap { $0.isEmpty ? nil : $0 }
        let request = UpdateRequest(companies: selection.filter(), userAgent: agent, source: source.flatMap(URL.init(string:)) ?? UpdateRequest.secAPI,
                                    mirror: mirrorURL, basis: basis, timeoutSeconds: timeout)
        let service = try database.writingService()
        let bar = ProgressBarBox()
        let result: UpdateResult
        do {
            result = try await service.update(request) { done, total, name in bar.update(done, total, name) }
        } catch let error as FetchError {
            bar.finish()
            throw CLIError.failure("update failed, nothing was written: \(error)")
        } catch let error as UpdateFileError {
            bar.finish()
            throw CLIError.failure("update failed: \(error)")
        } catch let error as ImportError {
            bar.finish()
            throw CLIError.failure("update failed, nothing was written: \(error)")
        }
        bar.finish()
        output.print(result, UpdateTable.make(result))
    }
}

/// The progress bar behind a lock, for the update's callback.
final class ProgressBarBox: @unchecked Sendable {
    private let lock = NSLock()
    private var bar: ProgressBar?

    func update(_ done: Int, _ total: Int, _ name: String) {
        lock.lock()
        defer { lock.unlock() }
        if bar == nil { bar = ProgressBar(total: total, label: "update") }
        bar?.update(done, item: name)
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        bar?.finish()
    }
}
