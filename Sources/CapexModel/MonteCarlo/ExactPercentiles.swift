/// Exact percentiles of a column of values with NumPy's default ("linear") definition:
/// for p in percent, h = (n - 1) p / 100, the value is x(floor h) + (h - floor h)(x(floor h + 1) - x(floor h))
/// over the sorted values x(0) <= ... <= x(n - 1).
///
/// For large columns it uses one pass instead of a sort ("sample, bracket, count"): a sample
/// of the column gives, for each wanted rank, a bracket of values that almost surely
/// contains it; one pass counts the values below each bracket and copies those inside; the
/// ranks are then selected within the small brackets. A bracket that misses its rank (rare)
/// falls back to selection on the whole column. The column's order may change.
enum ExactPercentiles {
    /// Columns shorter than this are simply selected in place.
    static let bracketThreshold = 65_536
    static let sampleSize = 8_192
    /// Half-width of a bracket in sample standard deviations of the rank.
    static let bracketSigmas = 4.0

    /// The percentiles `percents` (ascending, 0...100) of `column`; `scratch` must hold
    /// `column.count` floats.
    static func compute(_ column: UnsafeMutableBufferPointer<Float>, percents: [Double], scratch: UnsafeMutablePointer<Float>) -> [Double] {
        let n = column.count
        guard n > 0 else { return percents.map { _ in .nan } }
        let ranks = percents.map { p -> (lo: Int, fraction: Double) in
            let h = Double(n - 1) * p / 100
            let lo = min(n - 1, Int(h.rounded(.down)))
            return (lo, h - Double(lo))
        }
        if n >= bracketThreshold, let values = bracketed(column, ranks: ranks, scratch: scratch) {
            return values
        }
        return selected(column, ranks: ranks)
    }

    /// Every rank's interpolated value, placing all the order statistics it needs (each rank's
    /// and the one after it) in one halving selection over the column.
    static func selected(_ column: UnsafeMutableBufferPointer<Float>, ranks: [(lo: Int, fraction: Double)]) -> [Double] {
        guard let base = column.baseAddress else { return ranks.map { _ in .nan } }
        let n = column.count
        var wanted = Set<Int>()
        for rank in ranks {
            wanted.insert(rank.lo)
            if rank.fraction > 0, rank.lo + 1 < n { wanted.insert(rank.lo + 1) }
        }
        select(base, 0, n - 1, positions: wanted.sorted()[...])
        return ranks.map { rank in
            let low = Double(base[rank.lo])
            guard rank.fraction > 0, rank.lo + 1 < n else { return low }
            return low + rank.fraction * (Double(base[rank.lo + 1]) - low)
        }
    }

    private static func bracketed(_ column: UnsafeMutableBufferPointer<Float>, ranks: [(lo: Int, fraction: Double)],
                                  scratch: UnsafeMutablePointer<Float>) -> [Double]? {
        guard let base = column.baseAddress else { return nil }
        let n = column.count
        let m = min(sampleSize, n / 8)
        // Paths are independent and identically distributed, so the first m values are a
        // random sample; reading them contiguously avoids a cache miss per sampled value.
        var sample = Array(UnsafeBufferPointer(start: base, count: m))
        // The sample's order statistics at the bracket edges, by selection (no full sort).
        var edges: [(first: Int, last: Int)] = []
        for rank in ranks {
            let q = Double(rank.lo) / Double(n - 1)
            let width = bracketSigmas * (Double(m) * q * (1 - q)).squareRoot() + 2
            edges.append((Int((q * Double(m) - width).rounded(.down)), Int((q * Double(m) + width).rounded(.up))))
        }
        let positions = Set(edges.flatMap { [$0.first, $0.last] }.filter { (0..<m).contains($0) }).sorted()
        sample.withUnsafeMutableBufferPointer { buffer in
            select(buffer.baseAddress!, 0, m - 1, positions: positions[...])
        }
        let lows = edges.map { $0.first < 0 ? -Float.infinity : sample[$0.first] }
        let highs = edges.map { $0.last >= m ? Float.infinity : sample[$0.last] }
        // Brackets must be ordered and disjoint for the one-pass region count.
        for index in 1..<ranks.count where !(highs[index - 1] < lows[index]) { return nil }
        let k = ranks.count
        let capacity = n / k
        // For each bracket: values at or above its low bound, and values above its high bound.
        var atOrAboveLow = [Int](repeating: 0, count: k)
        var aboveHigh = [Int](repeating: 0, count: k)
        var fills = [Int](repeating: 0, count: k)
        if k == 5 {
            countFive(base, n, lows, highs, &atOrAboveLow, &aboveHigh, &fills, scratch, capacity)
        } else {
            for index in 0..<n {
                let value = base[index]
                for bracket in 0..<k {
                    let low = value >= lows[bracket]
                    let high = value > highs[bracket]
                    atOrAboveLow[bracket] += low ? 1 : 0
                    aboveHigh[bracket] += high ? 1 : 0
                    if low, !high {
                        if fills[bracket] < capacity { scratch[bracket * capacity + fills[bracket]] = value }
                        fills[bracket] += 1
                    }
                }
            }
        }
        var counts = [Int](repeating: 0, count: 2 * k + 1)
        var previousAbove = n
        for bracket in 0..<k {
            counts[2 * bracket] = previousAbove - atOrAboveLow[bracket]
            counts[2 * bracket + 1] = atOrAboveLow[bracket] - aboveHigh[bracket]
            previousAbove = aboveHigh[bracket]
        }
        counts[2 * k] = previousAbove
        var results: [Double] = []
        var below = 0
        for (bracket, rank) in ranks.enumerated() {
            below += counts[2 * bracket]
            let inside = counts[2 * bracket + 1]
            let needed = rank.fraction > 0 && rank.lo + 1 < n ? rank.lo + 1 : rank.lo
            guard inside < capacity, below <= rank.lo, needed < below + inside else { return nil }
            let bucket = UnsafeMutableBufferPointer(start: scratch + bracket * capacity, count: inside)
            let local = selected(bucket, ranks: [(rank.lo - below, rank.fraction)])[0]
            results.append(local)
            below += inside
        }
        return results
    }

    /// The one-pass count for five ordered, disjoint brackets, four values at a time: each
    /// group is compared with the ten bounds (SIMD), the ten counters stay in vector registers,
    /// and only groups with a value inside a bracket take the (rare) store path.
    @inline(never)
    private static func countFive(_ base: UnsafeMutablePointer<Float>, _ n: Int, _ lows: [Float], _ highs: [Float],
                                  _ atOrAboveLow: inout [Int], _ aboveHigh: inout [Int], _ fills: inout [Int],
                                  _ scratch: UnsafeMutablePointer<Float>, _ capacity: Int) {
        let l0 = SIMD4<Float>(repeating: lows[0]), l1 = SIMD4<Float>(repeating: lows[1]), l2 = SIMD4<Float>(repeating: lows[2])
        let l3 = SIMD4<Float>(repeating: lows[3]), l4 = SIMD4<Float>(repeating: lows[4])
        let h0 = SIMD4<Float>(repeating: highs[0]), h1 = SIMD4<Float>(repeating: highs[1]), h2 = SIMD4<Float>(repeating: highs[2])
        let h3 = SIMD4<Float>(repeating: highs[3]), h4 = SIMD4<Float>(repeating: highs[4])
        let zero = SIMD4<Int32>(repeating: 0)
        let one = SIMD4<Int32>(repeating: 1)
        var a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero
        var b0 = zero, b1 = zero, b2 = zero, b3 = zero, b4 = zero
        // Branch-free keep: each value is written to the next free slot of the bucket of its
        // region (bucket 5, above the last bracket, and the even regions' slots are never
        // claimed); the slot is claimed only for a value inside a bracket. Each bucket keeps its
        // last slot spare, so writes never pass the bucket's end.
        let usable = capacity - 1
        let fill = UnsafeMutablePointer<Int>.allocate(capacity: 6)
        fill.initialize(repeating: 0, count: 6)
        defer { fill.deallocate() }
        let spare = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        defer { spare.deallocate() }
        @inline(__always) func keep(_ value: Float, _ region: Int32) {
            let bucket = Int(region >> 1)
            let slot = fill[bucket]
            let target = bucket < 5 ? scratch + (bucket &* capacity &+ min(slot, usable)) : spare
            target.pointee = value
            fill[bucket] = slot &+ Int(region & 1)
        }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index &+ 4 <= n {
            let v = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD4<Float>.self)
            let g0 = zero.replacing(with: one, where: v .>= l0), g1 = zero.replacing(with: one, where: v .>= l1)
            let g2 = zero.replacing(with: one, where: v .>= l2), g3 = zero.replacing(with: one, where: v .>= l3)
            let g4 = zero.replacing(with: one, where: v .>= l4)
            let e0 = zero.replacing(with: one, where: v .> h0), e1 = zero.replacing(with: one, where: v .> h1)
            let e2 = zero.replacing(with: one, where: v .> h2), e3 = zero.replacing(with: one, where: v .> h3)
            let e4 = zero.replacing(with: one, where: v .> h4)
            a0 &+= g0; a1 &+= g1; a2 &+= g2; a3 &+= g3; a4 &+= g4
            b0 &+= e0; b1 &+= e1; b2 &+= e2; b3 &+= e3; b4 &+= e4
            let region = g0 &+ g1 &+ g2 &+ g3 &+ g4 &+ e0 &+ e1 &+ e2 &+ e3 &+ e4
            keep(v[0], region[0])
            keep(v[1], region[1])
            keep(v[2], region[2])
            keep(v[3], region[3])
            index &+= 4
        }
        var tailLow = [Int](repeating: 0, count: 5)
        var tailHigh = [Int](repeating: 0, count: 5)
        while index < n {
            let value = base[index]
            var region: Int32 = 0
            for bracket in 0..<5 {
                if value >= lows[bracket] { tailLow[bracket] += 1; region += 1 }
                if value > highs[bracket] { tailHigh[bracket] += 1; region += 1 }
            }
            keep(value, region)
            index += 1
        }
        let lowCounts = [a0, a1, a2, a3, a4].map { Int($0.wrappedSum()) }
        let highCounts = [b0, b1, b2, b3, b4].map { Int($0.wrappedSum()) }
        atOrAboveLow = (0..<5).map { lowCounts[$0] + tailLow[$0] }
        aboveHigh = (0..<5).map { highCounts[$0] + tailHigh[$0] }
        // A bucket that filled past its usable slots reports its true count (so the caller
        // sees the overflow and falls back).
        fills = (0..<5).map { fill[$0] }
    }

    /// Puts the order statistic of every position in `positions` (sorted, within
    /// `low...high`) in its place: the middle position first, then each side within its part,
    /// so the work is about log2(positions) passes rather than one pass per position.
    static func select(_ values: UnsafeMutablePointer<Float>, _ low: Int, _ high: Int, positions: ArraySlice<Int>) {
        guard !positions.isEmpty, low <= high else { return }
        let middle = positions.startIndex + positions.count / 2
        let k = positions[middle]
        select(values, low, high, k)
        select(values, low, k - 1, positions: positions[..<middle])
        select(values, k + 1, high, positions: positions[(middle + 1)...])
    }

    /// Moves the `k`-th smallest of `values[low...high]` to index `k`, smaller values before
    /// it and larger after (Hoare's selection with a median-of-three pivot).
    static func select(_ values: UnsafeMutablePointer<Float>, _ low: Int, _ high: Int, _ k: Int) {
        var low = low
        var high = high
        while high > low + 1 {
            let middle = (low + high) >> 1
            values.swapAt(middle, low + 1)
            if values[low] > values[high] { values.swapAt(low, high) }
            if values[low + 1] > values[high] { values.swapAt(low + 1, high) }
            if values[low] > values[low + 1] { values.swapAt(low, low + 1) }
            var i = low + 1
            var j = high
            let pivot = values[low + 1]
            while true {
                repeat { i += 1 } while values[i] < pivot
                repeat { j -= 1 } while values[j] > pivot
                if j < i { break }
                values.swapAt(i, j)
            }
            values[low + 1] = values[j]
            values[j] = pivot
            if j >= k { high = j - 1 }
            if j <= k { low = i }
        }
        if high == low + 1, values[high] < values[low] { values.swapAt(low, high) }
    }
}

extension UnsafeMutablePointer where Pointee == Float {
    @inline(__always)
    func swapAt(_ i: Int, _ j: Int) {
        let value = self[i]
        self[i] = self[j]
        self[j] = value
    }
}

