import CapexData
import Foundation

/// CSV import time against the number of rows: 10,000 and 100,000 rows of one figure given by
/// as many sources (the case that used to be quadratic), read, planned and written to a fresh
/// in-memory database. Linear import means the ratio of the times is close to the ratio of
/// the rows (10).
///
///     swift run -c release csv-import-benchmark [--runs N]
@main
struct CSVImportBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 3
        print("CSV import (read, plan, write in one transaction), median of \(runs) runs")
        print("rows        seconds    microseconds per row")
        var medians: [Int: Double] = [:]
        for rows in [10_000, 100_000] {
            let text = table(rows: rows)
            var times: [Double] = []
            for _ in 0..<runs {
                let database = try CapexDatabase.inMemory()
                let start = ContinuousClock.now
                let plans = try FiguresCSVImporter(companies: try database.companies()).plans(text: text, file: "benchmark.csv")
                if ProcessInfo.processInfo.environment["PHASES"] != nil { print("  plan: \(ContinuousClock.now - start)") }
                _ = try database.apply(plans)
                let elapsed = ContinuousClock.now - start
                times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            let median = times.sorted()[times.count / 2]
            medians[rows] = median
            print("\(String(rows).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.3f", median))    \(String(format: "%6.1f", median / Double(rows) * 1e6))")
        }
        if let small = medians[10_000], let large = medians[100_000] {
            print("time ratio 100,000 / 10,000 rows: \(String(format: "%.1f", large / small))x (linear: 10x)")
        }
    }

    /// `rows` values of one company's FY2025 capex, each from its own source.
    static func table(rows: Int) -> String {
        var text = "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n"
        text.reserveCapacity(rows * 64)
        for row in 0..<rows {
            text += "9999600,BNCH,Benchmark Co,2025,capex,\(1_000 + row % 997),estimated,Source \(row)\n"
        }
        return text
    }
}
