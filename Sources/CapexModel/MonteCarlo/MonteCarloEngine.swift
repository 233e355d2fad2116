import Dispatch

/// How many paths to simulate, with which seed, on how many threads.
public struct MonteCarloOptions: Sendable {
    public var paths: Int
    public var seed: UInt64
    public var threads: Int
    /// Runs at or above this many paths stream their values instead of storing them (tests
    /// lower or raise it to compare the two ways).
    var streamingThreshold = MonteCarloEngine.streamingThreshold

    public init(paths: Int, seed: UInt64, threads: Int = 1) {
        self.paths = paths
        self.seed = seed
        self.threads = threads
    }
}

/// Per-year percentiles of revenue, gap and cumulative cash, and the distributions of the
/// crossover and payback years (USD billions).
public struct MonteCarloSummary: Sendable {
    public var scenario: String
    public var paths: Int
    public var baseYear: Int
    public var years: Int
    public var seed: UInt64
    public var threads: Int
    /// Per projected year (index 0 is the first), the percentile bands of AI revenue, the gap
    /// and cumulative cash.
    public var revenue: [PercentileBand]
    public var gap: [PercentileBand]
    public var cash: [PercentileBand]
    /// Paths whose crossover (payback) came in year index t (1...years); index 0: never.
    public var crossoverCounts: [Int]
    public var paybackCounts: [Int]
    /// How long the run took (not part of its results).
    public var timing: MonteCarloTiming

    /// The calendar year of year index `index` (0 = the first projected year).
    public func calendarYear(_ index: Int) -> Int { baseYear + index + 1 }

    /// The share of paths that crossed over by calendar year `year`.
    public func crossoverProbability(by year: Int) -> Double {
        let index = year - baseYear
        guard index >= 1 else { return 0 }
        return Double(crossoverCounts[1...min(index, years)].reduce(0, +)) / Double(paths)
    }

    /// The median year index (1...years) over the paths that reached an event, NumPy's way
    /// (the mean of the two middle values for an even count); `nil` when no path reached it.
    public static func medianYearIfReached(_ counts: [Int]) -> Double? {
        let total = counts.dropFirst().reduce(0, +)
        guard total > 0 else { return nil }
        func value(at rank: Int) -> Int {
            var seen = 0
            for index in 1..<counts.count {
                seen += counts[index]
                if rank < seen { return index }
            }
            return counts.count - 1
        }
        return total % 2 == 1 ? Double(value(at: total / 2)) : Double(value(at: total / 2 - 1) + value(at: total / 2)) / 2
    }

    /// The calendar year by which a `share` of all paths (0...1) had reached an event, or `nil`
    /// when that many did not reach it by the horizon.
    public static func yearReached(byShare share: Double, counts: [Int], paths: Int, baseYear: Int) -> Int? {
        let rank = Int((share * Double(paths - 1)).rounded(.down))
        var seen = 0
        for index in 1..<counts.count {
            seen += counts[index]
            if rank < seen { return baseYear + index }
        }
        return nil
    }

    /// The share of paths that paid back by calendar year `year`.
    public func paybackProbability(by year: Int) -> Double {
        let index = year - baseYear
        guard index >= 1 else { return 0 }
        return Double(paybackCounts[1...min(index, years)].reduce(0, +)) / Double(paths)
    }
}

/// Runs a scenario's Monte Carlo: paths in blocks of 4,096, each block with its own
/// xoshiro256** stream seeded from the seed and the block's index, so the result is the same
/// bit for bit whatever the number of threads. Percentiles are exact over every path's values
/// (as 32-bit floats): counted past brackets for runs of ``streamingThreshold`` paths or more
/// (``StreamingBrackets``), selected from stored columns below that (``ExactPercentiles``).
public enum MonteCarloEngine {
    public static let blockSize = 4_096
    public static var percents: [Double] { PercentileBand.percents }

    /// Simulates `scenario`. `progress`, when given, is called from one thread with the
    /// approximate number of paths done.
    public static func run(_ scenario: Scenario, options: MonteCarloOptions,
                           progress: (@Sendable (Int) -> Void)? = nil) -> MonteCarloSummary {
        switch scenario.model {
        case .buildout: run(BuildoutModel(scenario: scenario), scenario: scenario, options: options, progress: progress)
        case .benchReference: run(BenchReferenceModel(scenario: scenario), scenario: scenario, options: options, progress: progress)
        }
    }

    /// Runs at or above this many paths stream their values into brackets instead of storing them.
    static let streamingThreshold = 65_536
    /// Paths (at most an eighth of the run) stored to set the brackets.
    static let pilotPaths = 32_768

    static func run<Model: PathSimulating>(_ model: Model, scenario: Scenario, options: MonteCarloOptions,
                                           progress: (@Sendable (Int) -> Void)?) -> MonteCarloSummary {
        let n = max(1, options.paths)
        let years = model.years
        let threads = max(1, options.threads)
        let sampler = ParameterSampler(distributions: scenario.distributions, specs: scenario.model.specs)
        let columns = 3 * years
        let clock = ContinuousClock()
        var simulateTime = Duration.zero
        var percentileTime = Duration.zero
        func timed<T>(_ total: inout Duration, _ body: () -> T) -> T {
            let begin = clock.now
            defer { total += clock.now - begin }
            return body()
        }
        let histograms = HistogramSlots(workers: threads, years: years)
        defer { histograms.deallocate() }
        var results = [[Double]?](repeating: nil, count: columns)
        // Streaming needs a pilot of at least one block and more blocks after it.
        let streams = n >= max(options.streamingThreshold, 2 * blockSize)
        if streams {
            // Pilot: the run's first paths, stored, give each column's brackets; they are then
            // counted from storage and the rest of the run streams past the brackets.
            let pilotCount = max(blockSize, min(pilotPaths, n / 8 / blockSize * blockSize))
            let pilot = ColumnStorage(paths: pilotCount, years: years)
            defer { pilot.deallocate() }
            timed(&simulateTime) {
                simulate(model, sampler: sampler, paths: pilotCount, seed: options.seed, threads: threads, histograms: histograms) { _ in
                    ColumnRecorder(storage: pilot)
                }
            }
            let brackets = timed(&percentileTime) {
                StreamingBrackets(pilot: pilot, pilotCount: pilotCount, columns: columns, percents: percents, threads: threads)
            }
            let sinks = (0..<threads).map { _ in
                StreamingSinks(brackets: brackets, expectedPaths: (n - pilotCount) / threads + blockSize + pilotCount)
            }
            defer { sinks.forEach { $0.deallocate() } }
            timed(&percentileTime) {
                DispatchQueue.concurrentPerform(iterations: threads) { worker in
                    for column in stride(from: worker, to: columns, by: threads) {
                        sinks[worker].count(UnsafePointer(pilot.column(column).baseAddress!), pilotCount, column: column)
                    }
                }
            }
            timed(&simulateTime) {
                simulate(model, sampler: sampler, paths: n, firstBlock: pilotCount / blockSize, seed: options.seed, threads: threads,
                         histograms: histograms, progress: progress) { worker in
                    StreamingRecorder(sinks: sinks[worker], years: years)
                }
            }
            results = timed(&percentileTime) { brackets.percentiles(sinks, paths: n, percents: percents, threads: threads) }
        }
        // Columns not resolved by brackets (all of them for smaller runs): store and select.
        let missing = (0..<columns).filter { results[$0] == nil }
        if !missing.isEmpty {
            let storage = ColumnStorage(paths: n, years: years)
            defer { storage.deallocate() }
            let recount = HistogramSlots(workers: threads, years: years)
            defer { recount.deallocate() }
            let firstPass = !streams
            timed(&simulateTime) {
                simulate(model, sampler: sampler, paths: n, seed: options.seed, threads: threads,
                         histograms: firstPass ? histograms : recount, progress: firstPass ? progress : nil) { _ in
                    ColumnRecorder(storage: storage)
                }
            }
            let selected = SharedDoubles(count: columns * percents.count)
            defer { selected.deallocate() }
            timed(&percentileTime) {
                DispatchQueue.concurrentPerform(iterations: min(threads, missing.count)) { worker in
                    let scratch = LargeBuffer.allocate(Float.self, count: n)
                    defer { LargeBuffer.free(scratch) }
                    var index = worker
                    while index < missing.count {
                        let column = missing[index]
                        let values = ExactPercentiles.compute(storage.column(column), percents: percents, scratch: scratch)
                        for (target, value) in values.enumerated() { selected.pointer[column * percents.count + target] = value }
                        index += threads
                    }
                }
            }
            for column in missing { results[column] = (0..<percents.count).map { selected.pointer[column * percents.count + $0] } }
        }
        func bands(_ metric: Int) -> [PercentileBand] {
            (0..<years).map { year in PercentileBand(results[metric * years + year] ?? []) }
        }
        return MonteCarloSummary(
            scenario: scenario.name, paths: n, baseYear: model.baseYear, years: years, seed: options.seed, threads: threads,
            revenue: bands(0), gap: bands(1), cash: bands(2),
            crossoverCounts: histograms.total(crossover: true), paybackCounts: histograms.total(crossover: false),
            timing: MonteCarloTiming(simulateSeconds: seconds(simulateTime), percentileSeconds: seconds(percentileTime), pathYears: n * years))
    }

    /// Simulates the paths of blocks `firstBlock...` below `paths` over `threads` workers; each worker gets its own
    /// recorder from `makeRecorder(worker)`, told where each path and each chunk of
    /// ``StreamingSinks/chunkRows`` paths begins and ends.
    static func simulate<Model: PathSimulating, Recorder: ChunkedPathRecorder & SendableMetatype>(
        _ model: Model, sampler: ParameterSampler, paths n: Int, firstBlock: Int = 0, seed: UInt64, threads: Int, histograms: HistogramSlots,
        progress: (@Sendable (Int) -> Void)? = nil, makeRecorder: @Sendable (Int) -> Recorder
    ) {
        let blocks = (n + blockSize - 1) / blockSize
        let chunkRows = StreamingSinks.chunkRows
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let x = UnsafeMutablePointer<Double>.allocate(capacity: max(1, sampler.distributions.count))
            let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, model.scratchCount))
            let normals = UnsafeMutablePointer<Double>.allocate(capacity: max(1, model.normalsPerPath))
            defer {
                x.deallocate()
                scratch.deallocate()
                normals.deallocate()
            }
            let tables = Ziggurat.tables
            var recorder = makeRecorder(worker)
            var block = firstBlock + worker
            while block < blocks {
                var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(block))
                let blockEnd = min(n, (block + 1) * blockSize)
                var chunkStart = block * blockSize
                while chunkStart < blockEnd {
                    let chunkEnd = min(blockEnd, chunkStart + chunkRows)
                    for row in chunkStart..<chunkEnd {
                        sampler.sample(into: x, &generator)
                        var noise = DrawnNoise(normals, count: model.normalsPerPath, from: &generator, tables: tables)
                        recorder.begin(row: row)
                        let (crossover, payback) = model.simulate(x, noise: &noise, scratch: scratch, recorder: &recorder)
                        histograms.count(worker: worker, crossover: crossover, payback: payback)
                    }
                    recorder.endChunk(rows: chunkEnd - chunkStart)
                    chunkStart = chunkEnd
                }
                // The other workers are at about the same block, so blocks 0...block are about done.
                if worker == 0, let progress { progress(min(n, (block + 1) * blockSize)) }
                block += threads
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

/// Revenue, gap and cash of every path and year as floats, column by column (metric, year).
struct ColumnStorage: @unchecked Sendable {
    let paths: Int
    let years: Int
    let values: UnsafeMutablePointer<Float>

    init(paths: Int, years: Int) {
        self.paths = paths
        self.years = years
        values = LargeBuffer.allocate(Float.self, count: 3 * paths * years)
    }

    /// Column `index` = metric (0 revenue, 1 gap, 2 cash) x years + year.
    func column(_ index: Int) -> UnsafeMutableBufferPointer<Float> {
        UnsafeMutableBufferPointer(start: values + index * paths, count: paths)
    }

    func deallocate() { LargeBuffer.free(values) }
}

/// Writes a path's years into its row of the columns.
struct ColumnRecorder: ChunkedPathRecorder {
    let storage: ColumnStorage
    var row = 0

    @inline(__always)
    mutating func begin(row: Int) { self.row = row }

    func endChunk(rows: Int) {}

    @inline(__always)
    mutating func record(_ index: Int, _ year: ProjectionYear) {
        let offset = (index - 1) * storage.paths + row
        let metricStride = storage.years * storage.paths
        storage.values[offset] = Float(year.revenue)
        storage.values[metricStride + offset] = Float(year.gap)
        storage.values[2 * metricStride + offset] = Float(year.cash)
    }
}

/// One crossover and one payback histogram per worker, summed at the end (integer sums: the
/// same whatever the split).
struct HistogramSlots: @unchecked Sendable {
    let workers: Int
    let years: Int
    let counts: UnsafeMutablePointer<Int>

    init(workers: Int, years: Int) {
        self.workers = workers
        self.years = years
        counts = .allocate(capacity: workers * 2 * (years + 1))
        counts.initialize(repeating: 0, count: workers * 2 * (years + 1))
    }

    @inline(__always)
    func count(worker: Int, crossover: Int, payback: Int) {
        let base = worker * 2 * (years + 1)
        counts[base + crossover] += 1
        counts[base + years + 1 + payback] += 1
    }

    func total(crossover: Bool) -> [Int] {
        (0...years).map { year in
            (0..<workers).reduce(0) { sum, worker in
                sum + counts[worker * 2 * (years + 1) + (crossover ? 0 : years + 1) + year]
            }
        }
    }

    func deallocate() { counts.deallocate() }
}

/// A buffer of floats written by several threads at distinct indices.
struct SharedFloats: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>

    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: .nan, count: count)
    }

    func deallocate() { pointer.deallocate() }
}

/// A buffer of doubles written by several threads at distinct indices.
struct SharedDoubles: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>

    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: .nan, count: count)
    }

    func deallocate() { pointer.deallocate() }
}
