/// Exact percentiles of a column of values with NumPy's default ("linear") definition:
/// for p in percent, h = (n - 1) p / 100, the value is x(floor h) + (h - floor h)(x(floor h + 1) - x(floor h))
/// over the sorted values x(0) <= ... <= x(n - 1).
///
/// For large columns and five percentiles it uses one pass instead of a sort ("sample,
/// bracket, count", ``BracketCount``): a sample of the column gives, for each wanted rank, a
/// bracket of values that almost surely contains it; one pass counts the values below each
/// bracket and copies those inside; the ranks are then selected within the small brackets. A
/// bracket that misses its rank (rare) falls back to selection on the whole column. The
/// column's order may change.
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
        let ranks = self.ranks(percents, count: n)
        if n >= bracketThreshold, let values = bracketed(column, percents: percents, ranks: ranks, scratch: scratch) {
            return values
        }
        return selected(column, ranks: ranks)
    }

    /// Each percent's rank among `count` sorted values: h = (count - 1) p / 100, as the lower
    /// index floor(h) and the fraction h - floor(h) of the way to the next value.
    static func ranks(_ percents: [Double], count n: Int) -> [(lo: Int, fraction: Double)] {
        percents.map { p in
            let h = Double(n - 1) * p / 100
            let lo = min(n - 1, Int(h.rounded(.down)))
            return (lo, h - Double(lo))
        }
    }

    /// Every rank's interpolated value, from the order statistics it needs (each rank's and
    /// the one after it), found in one counting pass (``OrderStatistics``).
    static func selected(_ column: UnsafeMutableBufferPointer<Float>, ranks: [(lo: Int, fraction: Double)]) -> [Double] {
        let n = column.count
        guard n > 0 else { return ranks.map { _ in .nan } }
        let positions = ranks.flatMap { rank in rank.fraction > 0 && rank.lo + 1 < n ? [rank.lo, rank.lo + 1] : [rank.lo] }
        let values = OrderStatistics.values(UnsafeBufferPointer(column), at: positions)
        var next = 0
        return ranks.map { rank in
            let low = Double(values[next])
            next += 1
            guard rank.fraction > 0, rank.lo + 1 < n else { return low }
            next += 1
            return low + rank.fraction * (Double(values[next - 1]) - low)
        }
    }

    private static func bracketed(_ column: UnsafeMutableBufferPointer<Float>, percents: [Double], ranks: [(lo: Int, fraction: Double)],
                                  scratch: UnsafeMutablePointer<Float>) -> [Double]? {
        guard let base = column.baseAddress, ranks.count == BracketCount.bracketCount else { return nil }
        let n = column.count
        // Paths are independent and identically distributed, so the first m values are a
        // random sample; reading them contiguously avoids a cache miss per sampled value.
        let sample = Array(UnsafeBufferPointer(start: base, count: min(sampleSize, n / 8)))
        let bounds = BracketCount.bounds(sample: sample, quantiles: percents.map { $0 / 100 }, sigmas: bracketSigmas).bounds
        var atOrAbove = [Int](repeating: 0, count: BracketCount.boundCount)
        // `scratch` holds n values: n - 1 copies and the spare slot.
        let kept = bounds.withUnsafeBufferPointer { bounds in
            atOrAbove.withUnsafeMutableBufferPointer { atOrAbove in
                BracketCount.count(base, n, bounds: bounds.baseAddress!, atOrAbove: atOrAbove.baseAddress!,
                                   kept: scratch, capacity: n - 1, fill: 0)
            }
        }
        guard kept <= n - 1 else { return nil }
        return BracketCount.select(ranks: ranks, n: n, bounds: bounds, atOrAbove: atOrAbove,
                                   kept: [UnsafeBufferPointer(start: scratch, count: kept)])
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
    /// it and larger after (Hoare's selection with a median-of-three pivot). (A branch-free
    /// Lomuto partition measured slower here.)
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

