@testable import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Monte Carlo engine", .serialized)
struct MonteCarloTests {
    func signature(_ summary: MonteCarloSummary) -> [Double] {
        let bands: [PercentileBand] = summary.revenue + summary.gap + summary.cash
        let values: [Double] = bands.flatMap(\.values)
        return values + summary.crossoverCounts.map(Double.init) + summary.paybackCounts.map(Double.init)
    }

    @Test("results are identical bit for bit on 1, 2 and 3 threads", arguments: [20_000, 150_000])
    func reproducible(paths: Int) {
        let scenario = ScenarioFixtures.benchReference
        let runs = [1, 2, 3].map { MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: paths, seed: 42, threads: $0)) }
        #expect(signature(runs[0]) == signature(runs[1]))
        #expect(signature(runs[0]) == signature(runs[2]))
        let other = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: paths, seed: 43, threads: 1))
        #expect(signature(other) != signature(runs[0]), "another seed gives other paths")
    }

    @Test("streamed percentiles equal those of the stored values, exactly")
    func streamedEqualsStored() {
        let scenario = ScenarioFixtures.benchReference
        var streamed = MonteCarloOptions(paths: 60_000, seed: 5, threads: 2)
        streamed.streamingThreshold = 40_000
        var stored = streamed
        stored.streamingThreshold = .max
        #expect(signature(MonteCarloEngine.run(scenario, options: streamed)) == signature(MonteCarloEngine.run(scenario, options: stored)))
    }

    @Test("with streaming allowed from any size, short runs store and longer ones stream, every path counted once",
          arguments: [5_000, 8_192, 9_000])
    func streamingThresholdEdges(paths: Int) {
        var streamed = MonteCarloOptions(paths: paths, seed: 8, threads: 2)
        streamed.streamingThreshold = 1
        var stored = streamed
        stored.streamingThreshold = .max
        let summary = MonteCarloEngine.run(ScenarioFixtures.benchReference, options: streamed)
        #expect(summary.crossoverCounts.reduce(0, +) == paths)
        #expect(summary.paybackCounts.reduce(0, +) == paths)
        #expect(signature(summary) == signature(MonteCarloEngine.run(ScenarioFixtures.benchReference, options: stored)))
    }

    @Test("progress grows with the blocks done and reaches the total only at the end", arguments: [1, 2])
    func progressTracksBlocks(threads: Int) {
        let reports = ProgressLog()
        let paths = 10 * MonteCarloEngine.blockSize
        _ = MonteCarloEngine.run(ScenarioFixtures.benchReference, options: MonteCarloOptions(paths: paths, seed: 1, threads: threads)) {
            reports.append($0)
        }
        let seen = reports.values
        #expect(seen == seen.sorted(), "never goes back")
        #expect(seen.allSatisfy { $0 <= paths })
        #expect(seen.filter { $0 == paths }.count <= 1, "not full while blocks remain: \(seen)")
        #expect((seen.last ?? 0) >= paths - threads * MonteCarloEngine.blockSize)
        // One worker reports every block, the last one at the total.
        if threads == 1 { #expect(seen.last == paths) }
    }

    @Test("percentiles follow NumPy's linear definition on every column size", arguments: [1, 2, 7, 1_000, 70_000, 250_000])
    func linearDefinition(n: Int) {
        var generator = SeededGenerator(seed: UInt64(n))
        var values = (0..<n).map { _ in Float(Double.random(in: -1_000...1_000, using: &generator)) }
        let sorted = values.sorted()
        let expected = MonteCarloEngine.percents.map { p -> Double in
            let h = Double(n - 1) * p / 100
            let lo = Int(h.rounded(.down))
            let next = min(lo + 1, n - 1)
            return Double(sorted[lo]) + (h - Double(lo)) * (Double(sorted[next]) - Double(sorted[lo]))
        }
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer { scratch.deallocate() }
        let computed = values.withUnsafeMutableBufferPointer {
            ExactPercentiles.compute($0, percents: MonteCarloEngine.percents, scratch: scratch)
        }
        #expect(computed == expected)
    }

    @Test("bench-reference agrees with the NumPy peer within sampling error", .enabled(if: NumPyPeer.available))
    func agreesWithNumPy() throws {
        let paths = 200_000
        let ours = MonteCarloEngine.run(ScenarioFixtures.benchReference, options: MonteCarloOptions(paths: paths, seed: 42, threads: 2))
        let peer = try NumPyPeer.run(paths: paths, seed: 42)
        // The same checks as ../shared/bench/compare.py.
        let never = Double(ours.crossoverCounts[0]) / Double(paths)
        let standardError = (never * (1 - never) / Double(paths)).squareRoot() * 2.0.squareRoot()
        #expect(abs(never - peer.shareNever) / standardError < 4.5)
        let tolerance = 0.05 + 30 / Double(paths).squareRoot()
        #expect(abs(ours.gap[14].p50 - peer.gapP50) / abs(peer.gapP50) < tolerance)
        #expect(abs(ours.cash[14].p50 - peer.cashP50) / abs(peer.cashP50) < 0.02)
    }

    @Test("crossover and payback distributions count every path once, and percentiles are ordered")
    func distributions() {
        let summary = MonteCarloEngine.run(ScenarioFixtures.benchReference, options: MonteCarloOptions(paths: 10_000, seed: 1, threads: 2))
        #expect(summary.crossoverCounts.reduce(0, +) == 10_000)
        #expect(summary.paybackCounts.reduce(0, +) == 10_000)
        for year in summary.gap { #expect(year.values == year.values.sorted()) }
    }

    @Test("without uncertainty every path crosses over and pays back in the projection's years")
    func certainPaths() throws {
        let scenario = ScenarioFixtures.handCheckable
        let projection = Projector.project(scenario)
        let crossover = try #require(projection.crossoverYear)
        let summary = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: 5_000, seed: 7, threads: 2))
        for year in scenario.baseYear + 1...scenario.horizon {
            #expect(summary.crossoverProbability(by: year) == (year >= crossover ? 1 : 0), "crossover by \(year)")
            let paid = projection.paybackYear.map { year >= $0 } ?? false
            #expect(summary.paybackProbability(by: year) == (paid ? 1 : 0), "payback by \(year)")
        }
    }
}

/// Progress reports, appended from the engine's reporting thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [Int] = []

    func append(_ value: Int) { lock.withLock { reports.append(value) } }
    var values: [Int] { lock.withLock { reports } }
}

/// Runs ../shared/bench/mc_numpy.py when Python with NumPy and the shared folder are present.
enum NumPyPeer {
    static var script: URL { Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/mc_numpy.py") }

    static var available: Bool {
        guard FileManager.default.fileExists(atPath: script.path) else { return false }
        return (try? shell(["python3", "-c", "import numpy"]).status) == 0
    }

    static func shell(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    static func run(paths: Int, seed: Int) throws -> (gapP50: Double, cashP50: Double, shareNever: Double) {
        let (_, data) = try shell(["python3", script.path, "--paths", String(paths), "--seed", String(seed)])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let gap = try #require(object["final_year_gap"] as? [String: Double])
        let cash = try #require(object["final_year_cash"] as? [String: Double])
        let crossover = try #require(object["crossover"] as? [String: Any])
        return (try #require(gap["p50"]), try #require(cash["p50"]), try #require(crossover["share_never"] as? Double))
    }
}
