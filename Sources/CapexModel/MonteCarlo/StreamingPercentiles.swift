import Dispatch

/// Exact percentiles of every column without storing the columns ("pilot, bracket, count").
///
/// 1. A pilot run stores the first paths (a random sample: paths are independent) and picks,
///    for each column and wanted rank, a bracket of values that almost surely holds it.
/// 2. The full run hands every value to ``StreamingSinks``: per column, a count of values in
///    each region between the sorted bracket bounds, and a copy of the values inside brackets.
/// 3. Each wanted rank is then selected within its bracket. A column whose ranks fall outside
///    their brackets (rare) is reported, and the engine computes it from stored values instead.
struct StreamingBrackets: Sendable {
    let columns: Int
    let targets: Int
    /// Sorted bounds per column: for target k, the bracket is [bounds[2k], bounds[2k + 1]).
    let bounds: [Float]
    /// Expected share of values inside each bracket, for sizing the copies.
    let coverage: [Double]

    /// Brackets from the pilot columns (each `pilotCount` values), for `percents`, computed
    /// column by column on `threads` threads.
    init(pilot: ColumnStorage, pilotCount: Int, columns: Int, percents: [Double], threads: Int, sigmas: Double = 4.5) {
        self.columns = columns
        targets = percents.count
        let m = pilotCount
        let perColumn = 2 * percents.count
        let bounds = SharedFloats(count: columns * perColumn)
        let coverage = SharedDoubles(count: columns * percents.count)
        defer {
            bounds.deallocate()
            coverage.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, columns))) { worker in
            var column = worker
            while column < columns {
                var sample = Array(pilot.column(column).prefix(m))
                var edges: [(Int, Int)] = []
                for percent in percents {
                    let q = percent / 100
                    let width = sigmas * (Double(m) * q * (1 - q)).squareRoot() + 2
                    edges.append((Int((q * Double(m) - width).rounded(.down)), Int((q * Double(m) + width).rounded(.up))))
                }
                let positions = Set(edges.flatMap { [$0.0, $0.1] }.filter { (0..<m).contains($0) }).sorted()
                sample.withUnsafeMutableBufferPointer { buffer in
                    ExactPercentiles.select(buffer.baseAddress!, 0, m - 1, positions: positions[...])
                }
                var previous = -Float.infinity
                for (target, (first, last)) in edges.enumerated() {
                    // Bounds must not decrease: a bracket overlapping the previous starts at its end.
                    let low = max(first < 0 ? -Float.infinity : sample[first], previous)
                    var high = last >= m ? Float.infinity : sample[last]
                    if high <= low { high = low.nextUp }
                    bounds.pointer[column * perColumn + 2 * target] = low
                    bounds.pointer[column * perColumn + 2 * target + 1] = high
                    coverage.pointer[column * percents.count + target] = Double(min(m, last) - max(0, first)) / Double(m)
                    previous = high
                }
                column += threads
            }
        }
        self.bounds = Array(UnsafeBufferPointer(start: bounds.pointer, count: columns * perColumn))
        self.coverage = Array(UnsafeBufferPointer(start: coverage.pointer, count: columns * percents.count))
    }
}

/// One worker's counts and bracket copies for every column (raw buffers: the hot path does no
/// reference counting or uniqueness checks). Each worker writes only its own sinks.
struct StreamingSinks: @unchecked Sendable {
    let targets: Int
    let regions: Int
    let columns: Int
    /// bounds[column * 2 * targets + j], sorted within a column.
    let bounds: UnsafeMutablePointer<Float>
    /// counts[column * regions + region]
    let counts: UnsafeMutablePointer<Int>
    /// Copies of bracketed values: bucket (column * (targets + 1) + target) starts at
    /// `starts[bucket]` and holds at most `capacities[bucket]` values (plus a spare slot);
    /// `fills[bucket]` counts what arrived.
    let storage: UnsafeMutablePointer<Float>
    let starts: UnsafeMutablePointer<Int>
    let capacities: UnsafeMutablePointer<Int>
    let fills: UnsafeMutablePointer<Int>

    /// Sinks for five targets a column (the engine's p5, p25, p50, p75, p95).
    init(brackets: StreamingBrackets, expectedPaths: Int) {
        precondition(brackets.targets == 5, "streaming sinks count five targets a column")
        targets = brackets.targets
        columns = brackets.columns
        regions = 2 * targets + 1
        bounds = .allocate(capacity: brackets.bounds.count)
        bounds.initialize(from: brackets.bounds, count: brackets.bounds.count)
        counts = .allocate(capacity: columns * regions)
        counts.initialize(repeating: 0, count: columns * regions)
        // Per column, one bucket per bracket plus one above the last; each has a spare slot.
        let buckets = columns * (targets + 1)
        starts = .allocate(capacity: buckets)
        capacities = .allocate(capacity: buckets)
        fills = .allocate(capacity: buckets)
        fills.initialize(repeating: 0, count: buckets)
        var total = 0
        for column in 0..<columns {
            for target in 0...targets {
                let share = target < targets ? brackets.coverage[column * targets + target] : 0
                let bucket = column * (targets + 1) + target
                let capacity = target < targets ? Int(Double(expectedPaths) * share * 1.5) + 256 : 0
                starts[bucket] = total
                capacities[bucket] = capacity
                total += capacity + 1
            }
        }
        storage = .allocate(capacity: max(1, total))
    }

    /// Counts `value` in `column` and keeps it if it falls inside a bracket. The region is the
    /// number of the column's ten sorted bounds at or below the value: ten compares, unrolled
    /// and branch-free.
    @inline(__always)
    func add(_ value: Float, column: Int) {
        let b = bounds + column &* 10
        var region = value >= b[0] ? 1 : 0
        region &+= value >= b[1] ? 1 : 0
        region &+= value >= b[2] ? 1 : 0
        region &+= value >= b[3] ? 1 : 0
        region &+= value >= b[4] ? 1 : 0
        region &+= value >= b[5] ? 1 : 0
        region &+= value >= b[6] ? 1 : 0
        region &+= value >= b[7] ? 1 : 0
        region &+= value >= b[8] ? 1 : 0
        region &+= value >= b[9] ? 1 : 0
        counts[column &* regions &+ region] &+= 1
        // Only a value inside a bracket (an odd region) is kept; past a bucket's capacity it
        // goes to the spare slot, and the overflow is seen from the fill. (Storing every value
        // and advancing the fill by `region & 1` measured slower: it chains each value to the
        // previous one through the bucket's fill counter.)
        if region & 1 == 1 {
            let bucket = column &* (targets &+ 1) &+ (region >> 1)
            let fill = fills[bucket]
            storage[starts[bucket] &+ min(fill, capacities[bucket])] = value
            fills[bucket] = fill &+ 1
        }
    }

    func deallocate() {
        bounds.deallocate()
        counts.deallocate()
        storage.deallocate()
        starts.deallocate()
        capacities.deallocate()
        fills.deallocate()
    }
}

extension StreamingBrackets {
    /// The percentiles of each column from the workers' sinks (columns in parallel on
    /// `threads` threads), or `nil` for a column whose wanted ranks fell outside their brackets
    /// (or overflowed a copy).
    func percentiles(_ sinks: [StreamingSinks], paths n: Int, percents: [Double], threads: Int) -> [[Double]?] {
        let results = SharedDoubles(count: columns * percents.count)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, columns))) { worker in
            var column = worker
            while column < columns {
                let values = percentiles(column: column, sinks, paths: n, percents: percents)
                for target in 0..<percents.count { results.pointer[column * percents.count + target] = values?[target] ?? .nan }
                column += threads
            }
        }
        return (0..<columns).map { column in
            let values = (0..<percents.count).map { results.pointer[column * percents.count + $0] }
            return values.contains { $0.isNaN } ? nil : values
        }
    }

    private func percentiles(column: Int, _ sinks: [StreamingSinks], paths n: Int, percents: [Double]) -> [Double]? {
        let regions = 2 * targets + 1
        var counts = [Int](repeating: 0, count: regions)
        for sink in sinks {
            for region in 0..<regions { counts[region] += sink.counts[column * regions + region] }
        }
        var results: [Double] = []
        var below = 0
        for (target, percent) in percents.enumerated() {
            below += counts[2 * target]
            let inside = counts[2 * target + 1]
            let h = Double(n - 1) * percent / 100
            let lo = min(n - 1, Int(h.rounded(.down)))
            let fraction = h - Double(lo)
            let needed = fraction > 0 && lo + 1 < n ? lo + 1 : lo
            let bucket = column * (targets + 1) + target
            guard below <= lo, needed < below + inside,
                  sinks.allSatisfy({ $0.fills[bucket] <= $0.capacities[bucket] }) else { return nil }
            var values: [Float] = []
            values.reserveCapacity(inside)
            for sink in sinks {
                values.append(contentsOf: UnsafeBufferPointer(start: sink.storage + sink.starts[bucket], count: sink.fills[bucket]))
            }
            let local = lo - below
            let value: Double = values.withUnsafeMutableBufferPointer { buffer in
                ExactPercentiles.selected(buffer, ranks: [(local, fraction)])[0]
            }
            results.append(value)
            below += inside
        }
        return results
    }
}

/// Hands a path's years to the worker's sinks.
struct StreamingRecorder: PathRecorder {
    let sinks: StreamingSinks
    let years: Int

    @inline(__always)
    mutating func record(_ index: Int, _ year: ProjectionYear) {
        sinks.add(Float(year.revenue), column: index - 1)
        sinks.add(Float(year.gap), column: years + index - 1)
        sinks.add(Float(year.cash), column: 2 * years + index - 1)
    }
}
