import CapexData
import Foundation

/// Where the time of a bulk-archive load goes: inflating the entries alone, then inflating and
/// planning them (the universe loader's per-file work), on one thread.
///
///     swift run -c release archive-benchmark /tmp/companyfacts-standin.zip [--entries 1500]
@main
struct ArchiveBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let path = arguments.first else {
            print("usage: archive-benchmark FILE.zip [--entries N]")
            exit(2)
        }
        arguments.removeFirst()
        let limit = arguments.first == "--entries" ? Int(arguments.dropFirst().first ?? "") ?? 1500 : 1500
        let archive = try CompanyFactsArchive(url: URL(fileURLWithPath: path))
        var bytes = 0, count = 0
        var started = Date()
        var entries: [Data] = []
        archive.forEach { _, data in
            guard count < limit, let data = try? data.get() else { return }
            count += 1
            bytes += data.count
            entries.append(data)
        }
        let inflate = Date().timeIntervalSince(started)
        print(String(format: "inflate (whole pass): %5d entries, %7.1f MB in %6.2f s = %6.1f MB/s", count, Double(bytes) / 1e6, inflate, Double(bytes) / 1e6 / inflate))
        let importer = try SECImporter()
        started = Date()
        var figures = 0
        for (index, data) in entries.enumerated() { figures += try importer.plan(data: data, file: "entry \(index)").figures.count }
        let plan = Date().timeIntervalSince(started)
        print(String(format: "plan:                 %5d entries, %7.1f MB in %6.2f s = %6.1f MB/s (%d figures)", count, Double(bytes) / 1e6, plan, Double(bytes) / 1e6 / plan, figures))
    }
}
