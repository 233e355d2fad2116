import Dispatch

/// Exact percentiles of every column without storing the columns ("pilot, bracket, count").
///
/// 1. The run's first paths are stored (a random sample: paths are independent) and give, for
///    each column and wanted rank, a bracket of values that almost surely holds it.
/// 2. Those values, then every later one as it is simulated, go to ``StreamingSinks``: per
///    column, counts of values at or above each bracket bound, and a copy of the values inside
///    brackets (``BracketCount``).
/// 3. Each wanted rank is then selected within its bracket. A column whose ranks fall outside
///    their brackets (rare) is reported, and the engine computes it from stored values instead.
struct StreamingBrackets: Sendable {
    let columns: Int
    /// Sorted bounds per column: for target k, the bracket is [bounds[10 c + 2k], bounds[10 c + 2k + 1]).
    let bounds: [Float]
    /// Expected share of values inside each column's brackets, for sizing the copies.
    let coverage: [Double]

    /// Brackets from the pilot columns (each `pilotCount` values), for five `percents`,
    /// computed column by column on `threads` threads.
    init(pilot: ColumnStorage, pilotCount: Int, columns: Int, percents: [Double], threads: Int, sigmas: Double = 4.5) {
        precondition(percents.count == BracketCount.bracketCount, "streaming percentiles bracket five targets a column")
        self.columns = columns
        let bounds = SharedFloats(count: columns * BracketCount.boundCount)
        let coverage = SharedDoubles(count: columns)
        defer {
            bounds.deallocate()
            coverage.deallocate()
        }
        let quantiles = percents.map { $0 / 100 }
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, columns))) { worker in
            var column = worker
            while column < columns {
                let sample = Array(pilot.column(column).prefix(pilotCount))
                let brackets = BracketCount.bounds(sample: sample, quantiles: quantiles, sigmas: sigmas)
                for (j, bound) in brackets.bounds.enumerated() { bounds.pointer[column * BracketCount.boundCount + j] = bound }
                coverage.pointer[column] = brackets.coverage.reduce(0, +)
                column += threads
            }
        }
        self.bounds = Array(UnsafeBufferPointer(start: bounds.pointer, count: columns * BracketCount.boundCount))
        self.coverage = Array(UnsafeBufferPointer(start: coverage.pointer, count: columns))
    }

    /// The percentiles of each column from the workers' sinks (columns in parallel on
    /// `threads` threads), or `nil` for a column whose wanted ranks fell outside their brackets
    /// (or overflowed a copy).
    func percentiles(_ sinks: [StreamingSinks], paths n: Int, percents: [Double], threads: Int) -> [[Double]?] {
        let results = SharedDoubles(count: columns * percents.count)
        defer { results.deallocate() }
        let ranks = ExactPercentiles.ranks(percents, count: n)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, columns))) { worker in
            var column = worker
            while column < columns {
                let values = percentiles(column: column, sinks, paths: n, ranks: ranks)
                for target in 0..<percents.count { results.pointer[column * percents.count + target] = values?[target] ?? .nan }
                column += threads
            }
        }
        return (0..<columns).map { column in
            let values = (0..<percents.count).map { results.pointer[column * percents.count + $0] }
            return values.contains { $0.isNaN } ? nil : values
        }
    }

    private func percentiles(column: Int, _ sinks: [StreamingSinks], paths n: Int, ranks: [(lo: Int, fraction: Double)]) -> [Double]? {
        guard sinks.allSatisfy({ $0.keptCounts[column] <= $0.keptCapacities[column] }) else { return nil }
        let first = column * BracketCount.boundCount
        var atOrAbove = [Int](repeating: 0, count: BracketCount.boundCount)
        for sink in sinks {
            for j in 0..<BracketCount.boundCount { atOrAbove[j] += sink.atOrAbove[first + j] }
        }
        return BracketCount.select(
            ranks: ranks, n: n, bounds: Array(bounds[first..<(first + BracketCount.boundCount)]), atOrAbove: atOrAbove,
            kept: sinks.map { UnsafeBufferPointer(start: $0.kept + $0.keptStarts[column], count: $0.keptCounts[column]) })
    }
}

/// One worker's counts and bracket copies for every column (raw buffers: the hot path does no
/// reference counting or uniqueness checks). Each worker writes only its own sinks.
///
/// Values arrive a chunk of paths at a time (``chunkRows`` rows of every column, small enough
/// to stay in cache); ``flush(rows:)`` then counts each column's chunk with
/// ``BracketCount/count(_:_:bounds:atOrAbove:kept:capacity:fill:)``.
struct StreamingSinks: @unchecked Sendable {
    /// Paths per chunk: 45 columns x 1,024 floats is 180 KB.
    static let chunkRows = 1_024
    let columns: Int
    /// bounds[column * 10 + j], sorted within a column.
    let bounds: UnsafeMutablePointer<Float>
    /// atOrAbove[column * 10 + j]: values at or above bound j.
    let atOrAbove: UnsafeMutablePointer<Int>
    /// The current chunk: chunk[column * chunkRows + row within the chunk].
    let chunk: UnsafeMutablePointer<Float>
    /// Each column's kept values (inside any of its brackets) start at `keptStarts[column]`;
    /// at most `keptCapacities[column]` are kept (plus a spare slot that takes the overflow);
    /// `keptCounts[column]` counts what arrived.
    let kept: UnsafeMutablePointer<Float>
    let keptStarts: UnsafeMutablePointer<Int>
    let keptCapacities: UnsafeMutablePointer<Int>
    let keptCounts: UnsafeMutablePointer<Int>

    init(brackets: StreamingBrackets, expectedPaths: Int) {
        columns = brackets.columns
        bounds = .allocate(capacity: brackets.bounds.count)
        bounds.initialize(from: brackets.bounds, count: brackets.bounds.count)
        atOrAbove = .allocate(capacity: columns * BracketCount.boundCount)
        atOrAbove.initialize(repeating: 0, count: columns * BracketCount.boundCount)
        chunk = .allocate(capacity: columns * Self.chunkRows)
        chunk.initialize(repeating: 0, count: columns * Self.chunkRows)
        keptStarts = .allocate(capacity: columns)
        keptCapacities = .allocate(capacity: columns)
        keptCounts = .allocate(capacity: columns)
        keptCounts.initialize(repeating: 0, count: columns)
        var total = 0
        for column in 0..<columns {
            let capacity = Int(Double(expectedPaths) * brackets.coverage[column] * 1.5) + 256
            keptStarts[column] = total
            keptCapacities[column] = capacity
            total += capacity + 1
        }
        kept = LargeBuffer.allocate(Float.self, count: max(1, total))
    }

    /// Puts `value` in row `row` (within the chunk) of `column`.
    @inline(__always)
    func record(_ value: Float, column: Int, row: Int) {
        chunk[column &* Self.chunkRows &+ row] = value
    }

    /// Counts and keeps the first `rows` rows of every column of the chunk.
    func flush(rows: Int) {
        for column in 0..<columns { count(chunk + column * Self.chunkRows, rows, column: column) }
    }

    /// Counts and keeps `values[0..<n]`, values of `column`.
    func count(_ values: UnsafePointer<Float>, _ n: Int, column: Int) {
        keptCounts[column] = BracketCount.count(
            values, n, bounds: bounds + column * BracketCount.boundCount, atOrAbove: atOrAbove + column * BracketCount.boundCount,
            kept: kept + keptStarts[column], capacity: keptCapacities[column], fill: keptCounts[column])
    }

    func deallocate() {
        bounds.deallocate()
        atOrAbove.deallocate()
        chunk.deallocate()
        LargeBuffer.free(kept)
        keptStarts.deallocate()
        keptCapacities.deallocate()
        keptCounts.deallocate()
    }
}

/// Hands a path's years to the worker's sinks, a chunk of paths at a time.
struct StreamingRecorder: ChunkedPathRecorder {
    let sinks: StreamingSinks
    let years: Int
    var row = 0

    @inline(__always)
    mutating func begin(row: Int) {
        self.row = row & (StreamingSinks.chunkRows - 1)
    }

    @inline(__always)
    mutating func record(_ index: Int, _ year: ProjectionYear) {
        sinks.record(Float(year.revenue), column: index - 1, row: row)
        sinks.record(Float(year.gap), column: years + index - 1, row: row)
        sinks.record(Float(year.cash), column: 2 * years + index - 1, row: row)
    }

    func endChunk(rows: Int) { sinks.flush(rows: rows) }
}
