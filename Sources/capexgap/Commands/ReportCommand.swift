import CapexData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CapexReport
import CapexService
import Foundation

/// `capexgap report`: the whole picture in one document.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained report: headline, companies, gap models, projection, essay reconciliation, sources.",
        discussion: """
            html: one file with inline CSS and SVG charts, nothing fetched from elsewhere. markdown: the \
            text with the charts as SVG files in a folder beside it (FILE-charts/). pdf: the HTML printed \
            by a headless Chromium (chromium, chromium-browser or google-chrome on PATH, or $CAPEXGAP_CHROMIUM).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, pdf

        var fileExtension: String {
            switch self {
            case .html: "html"
            case .markdown: "md"
            case .pdf: "pdf"
            }
        }
    }

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: capexgap-report.html, .md or .pdf).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Document format: html, markdown or pdf.")
    var format: Format = .html

    @Option(name: .long, help: "Monte Carlo paths for the projection section (1,000 to 1,000,000).")
    var paths: Int = Defaults.reportPaths

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let destination = URL(fileURLWithPath: output ?? "capexgap-report.\(format.fileExtension)")
        let browser = format == .pdf ? HeadlessBrowser.locate() : nil
        if format == .pdf, browser == nil {
            throw CLIError.failure("""
                a PDF needs a headless Chromium, and none was found (looked for \(HeadlessBrowser.candidates.joined(separator: ", ")) \
                on PATH and $CAPEXGAP_CHROMIUM). Install one (Debian/Ubuntu: apt install chromium) or write HTML: capexgap report --format html
                """)
        }
        let service = try database.service()
        let content = try service.reportContent(ReportRequest(paths: paths, threads: ProcessInfo.processInfo.activeProcessorCount))
        let report = StandardReport.build(content, options: StandardReport.Options(
            generated: ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]),
            databasePath: service.database.path))
        do {
            switch format {
            case .html:
                try Data(report.html.utf8).write(to: destination, options: .atomic)
            case .markdown:
                let folderName = destination.deletingPathExtension().lastPathComponent + "-charts"
                let folder = destination.deletingLastPathComponent().appendingPathComponent(folderName)
                let (text, charts) = report.markdown(chartFolder: folderName)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for chart in charts {
                    try Data(chart.svg.utf8).write(to: destination.deletingLastPathComponent().appendingPathComponent(chart.file), options: .atomic)
                }
                try Data(text.utf8).write(to: destination, options: .atomic)
            case .pdf:
                let page = FileManager.default.temporaryDirectory.appendingPathComponent("capexgap-report-\(UUID().uuidString).html")
                defer { try? FileManager.default.removeItem(at: page) }
                try Data(report.html.utf8).write(to: page)
                let staging = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).partial")
                defer { try? FileManager.default.removeItem(at: staging) }
                try browser!.printPDF(page, to: staging)
                // rename(2) replaces the destination in one step, or leaves it as it was.
                guard rename(staging.path, destination.path) == 0 else {
                    throw CLIError.failure("could not write \(destination.path): \(String(cString: strerror(errno)))")
                }
            }
        } catch let error as CLIError {
            throw error
        } catch let error as HeadlessBrowser.Failure {
            throw CLIError.failure("could not print the PDF: \(error)")
        } catch {
            throw CLIError.failure("could not write \(destination.path): \(error.localizedDescription)")
        }
        Terminal.write("Wrote \(destination.path) (\(format.rawValue))\n")
    }
}
