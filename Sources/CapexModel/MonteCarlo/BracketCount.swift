/// Exact percentiles in one pass over the values ("sample, bracket, count"), shared by the
/// stored columns (``ExactPercentiles``) and the streamed ones (``StreamingSinks``).
///
/// Five wanted ranks, five brackets given by ten sorted bounds: bracket k is
/// [bounds[2k], bounds[2k + 1]). One pass counts the values at or above each bound and copies
/// the values inside a bracket (an odd number of bounds at or below them); each rank is then
/// selected among its bracket's copies, the values below the bracket being counted, not
/// stored.
enum BracketCount {
    /// Brackets per column, and bounds (two per bracket).
    static let bracketCount = 5
    static let boundCount = 10

    /// Sorted bounds for brackets that almost surely hold the `quantiles` (fractions,
    /// ascending) of the population `sample` was drawn from: the sample's order statistics
    /// `sigmas` binomial standard deviations either side of each quantile's rank. Also returns
    /// each bracket's expected share of the values.
    static func bounds(sample: [Float], quantiles: [Double], sigmas: Double) -> (bounds: [Float], coverage: [Double]) {
        let m = sample.count
        let edges = quantiles.map { q -> (first: Int, last: Int) in
            let width = sigmas * (Double(m) * q * (1 - q)).squareRoot() + 2
            return (Int((q * Double(m) - width).rounded(.down)), Int((q * Double(m) + width).rounded(.up)))
        }
        let positions = Set(edges.flatMap { [$0.first, $0.last] }.filter { (0..<m).contains($0) }).sorted()
        let statistics = sample.withUnsafeBufferPointer { OrderStatistics.values($0, at: positions) }
        let atPosition = Dictionary(uniqueKeysWithValues: zip(positions, statistics))
        var bounds: [Float] = []
        var coverage: [Double] = []
        var previous = -Float.infinity
        for (first, last) in edges {
            // Bounds must not decrease: a bracket overlapping the previous starts at its end.
            let low = max(atPosition[first] ?? -Float.infinity, previous)
            var high = atPosition[last] ?? Float.infinity
            if high <= low { high = low.nextUp }
            bounds += [low, high]
            coverage.append(Double(min(m, last) - max(0, first)) / Double(max(1, m)))
            previous = high
        }
        return (bounds, coverage)
    }

    /// Counts `values[0..<n]` against the ten sorted `bounds`, adding to `atOrAbove[j]` the
    /// values at or above bound j, and copies the values inside a bracket to `kept[fill...]`,
    /// at most up to index `capacity - 1`; later ones all land on the spare slot
    /// `kept[capacity]`. Returns the new fill (above `capacity` when copies were lost).
    ///
    /// Four values at a time: each is compared with every bound (SIMD), the ten counters stay
    /// in vector registers, and every value is written to the next free slot, which only a
    /// value inside a bracket claims (no branch; the fill stays in a register).
    static func count(_ values: UnsafePointer<Float>, _ n: Int, bounds b: UnsafePointer<Float>, atOrAbove: UnsafeMutablePointer<Int>,
                      kept: UnsafeMutablePointer<Float>, capacity: Int, fill start: Int) -> Int {
        let b0 = SIMD4<Float>(repeating: b[0]), b1 = SIMD4<Float>(repeating: b[1]), b2 = SIMD4<Float>(repeating: b[2])
        let b3 = SIMD4<Float>(repeating: b[3]), b4 = SIMD4<Float>(repeating: b[4]), b5 = SIMD4<Float>(repeating: b[5])
        let b6 = SIMD4<Float>(repeating: b[6]), b7 = SIMD4<Float>(repeating: b[7]), b8 = SIMD4<Float>(repeating: b[8])
        let b9 = SIMD4<Float>(repeating: b[9])
        // A comparison's mask as integers: -1 where true, 0 where false.
        @inline(__always) func mask(_ m: SIMDMask<SIMD4<Int32>>) -> SIMD4<Int32> { unsafeBitCast(m, to: SIMD4<Int32>.self) }
        let zero = SIMD4<Int32>(repeating: 0)
        var c0 = zero, c1 = zero, c2 = zero, c3 = zero, c4 = zero, c5 = zero, c6 = zero, c7 = zero, c8 = zero, c9 = zero
        var fill = start
        var index = 0
        let raw = UnsafeRawPointer(values)
        while index &+ 4 <= n {
            let v = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD4<Float>.self)
            let g0 = mask(v .>= b0), g1 = mask(v .>= b1), g2 = mask(v .>= b2), g3 = mask(v .>= b3), g4 = mask(v .>= b4)
            let g5 = mask(v .>= b5), g6 = mask(v .>= b6), g7 = mask(v .>= b7), g8 = mask(v .>= b8), g9 = mask(v .>= b9)
            c0 &-= g0; c1 &-= g1; c2 &-= g2; c3 &-= g3; c4 &-= g4
            c5 &-= g5; c6 &-= g6; c7 &-= g7; c8 &-= g8; c9 &-= g9
            let inside = (g0 ^ g1 ^ g2 ^ g3 ^ g4 ^ g5 ^ g6 ^ g7 ^ g8 ^ g9) & 1
            kept[min(fill, capacity)] = v[0]
            fill &+= Int(inside[0])
            kept[min(fill, capacity)] = v[1]
            fill &+= Int(inside[1])
            kept[min(fill, capacity)] = v[2]
            fill &+= Int(inside[2])
            kept[min(fill, capacity)] = v[3]
            fill &+= Int(inside[3])
            index &+= 4
        }
        atOrAbove[0] &+= Int(c0.wrappedSum()); atOrAbove[1] &+= Int(c1.wrappedSum()); atOrAbove[2] &+= Int(c2.wrappedSum())
        atOrAbove[3] &+= Int(c3.wrappedSum()); atOrAbove[4] &+= Int(c4.wrappedSum()); atOrAbove[5] &+= Int(c5.wrappedSum())
        atOrAbove[6] &+= Int(c6.wrappedSum()); atOrAbove[7] &+= Int(c7.wrappedSum()); atOrAbove[8] &+= Int(c8.wrappedSum())
        atOrAbove[9] &+= Int(c9.wrappedSum())
        while index < n {
            let value = values[index]
            var above = 0
            for j in 0..<boundCount where value >= b[j] {
                atOrAbove[j] &+= 1
                above &+= 1
            }
            kept[min(fill, capacity)] = value
            fill &+= above & 1
            index &+= 1
        }
        return fill
    }

    /// The interpolated value of each rank (NumPy's linear definition over `n` values) from
    /// the counts at or above each bound and the kept values (in any order, in one or more
    /// parts), or `nil` when a rank, or the one after it, lies outside its bracket.
    static func select(ranks: [(lo: Int, fraction: Double)], n: Int, bounds: [Float], atOrAbove: [Int],
                       kept parts: [UnsafeBufferPointer<Float>]) -> [Double]? {
        precondition(ranks.count == bracketCount && bounds.count == boundCount, "five ranks, ten bounds")
        // Values below each bracket and inside it.
        var below = [Int](repeating: 0, count: bracketCount)
        var inside = [Int](repeating: 0, count: bracketCount)
        var previousAtOrAbove = n
        var counted = 0
        for bracket in 0..<bracketCount {
            counted += previousAtOrAbove - atOrAbove[2 * bracket]
            below[bracket] = counted
            inside[bracket] = atOrAbove[2 * bracket] - atOrAbove[2 * bracket + 1]
            counted += inside[bracket]
            previousAtOrAbove = atOrAbove[2 * bracket + 1]
        }
        for (bracket, rank) in ranks.enumerated() {
            let needed = rank.fraction > 0 && rank.lo + 1 < n ? rank.lo + 1 : rank.lo
            guard below[bracket] <= rank.lo, needed < below[bracket] + inside[bracket] else { return nil }
        }
        guard parts.reduce(0, { $0 + $1.count }) == inside.reduce(0, +) else { return nil }
        // The kept values, bracket by bracket (a kept value lies in exactly one bracket: the
        // number of lower bounds at or below it, less one).
        var starts = [0]
        for count in inside { starts.append(starts[starts.count - 1] + count) }
        var sorted = [Float](repeating: 0, count: starts[bracketCount])
        let l1 = bounds[2], l2 = bounds[4], l3 = bounds[6], l4 = bounds[8]
        sorted.withUnsafeMutableBufferPointer { buffer in
            let fills = UnsafeMutablePointer<Int>.allocate(capacity: bracketCount)
            defer { fills.deallocate() }
            for bracket in 0..<bracketCount { fills[bracket] = starts[bracket] - 1 }
            guard let out = buffer.baseAddress else { return }
            for part in parts {
                for value in part {
                    var bracket = value >= l1 ? 1 : 0
                    bracket &+= value >= l2 ? 1 : 0
                    bracket &+= value >= l3 ? 1 : 0
                    bracket &+= value >= l4 ? 1 : 0
                    let slot = fills[bracket] &+ 1
                    fills[bracket] = slot
                    out[slot] = value
                }
            }
        }
        return sorted.withUnsafeMutableBufferPointer { buffer in
            ranks.enumerated().map { bracket, rank in
                let values = UnsafeMutableBufferPointer(rebasing: buffer[starts[bracket]..<starts[bracket + 1]])
                return ExactPercentiles.selected(values, ranks: [(rank.lo - below[bracket], rank.fraction)])[0]
            }
        }
    }
}
