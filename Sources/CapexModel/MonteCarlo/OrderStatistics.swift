/// Order statistics by counting ("radix select"): the values' bit patterns, mapped to integers
/// in the values' order, are counted in at most 2,048 bins spanning their range; the bin of
/// each wanted position follows from the counts, and only the values in those bins are
/// gathered and selected among. Three passes over the values with no branch on them, where a
/// selection by partitioning makes several passes, each with a coin-toss branch per value.
enum OrderStatistics {
    static let maxBins = 2_048

    /// The `position`-th smallest values (0-based, each in `0..<values.count`) of `values`,
    /// in the order of `positions`. `values` is not changed.
    static func values(_ values: UnsafeBufferPointer<Float>, at positions: [Int]) -> [Float] {
        guard let base = values.baseAddress, !values.isEmpty else { return positions.map { _ in .nan } }
        let n = values.count
        var minimum = UInt32.max
        var maximum = UInt32.min
        for index in 0..<n {
            let key = orderKey(base[index])
            minimum = min(minimum, key)
            maximum = max(maximum, key)
        }
        let range = maximum &- minimum
        let shift = range < UInt32(maxBins) ? 0 : UInt32(32 - range.leadingZeroBitCount - 11)
        let bins = Int(range >> shift) + 1
        @inline(__always) func bin(_ value: Float) -> Int { Int((orderKey(value) &- minimum) >> shift) }

        // starts[b]: values in bins before b (starts[bins] = n).
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: bins + 1)
        defer { starts.deallocate() }
        starts.initialize(repeating: 0, count: bins + 1)
        for index in 0..<n { starts[bin(base[index]) &+ 1] &+= 1 }
        for b in 0..<bins { starts[b + 1] += starts[b] }

        // The bin of each position, and a slot in `gathered` for each distinct one.
        let positionBins = positions.map { position -> Int in
            var low = 0
            var high = bins - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= position { low = middle } else { high = middle - 1 }
            }
            return low
        }
        let wanted = Array(Set(positionBins)).sorted()
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: bins)
        defer { slots.deallocate() }
        slots.initialize(repeating: -1, count: bins)
        var offsets = [0]
        for (slot, b) in wanted.enumerated() {
            slots[b] = Int32(slot)
            offsets.append(offsets[slot] + starts[b + 1] - starts[b])
        }
        let gathered = UnsafeMutablePointer<Float>.allocate(capacity: max(1, offsets[wanted.count]))
        defer { gathered.deallocate() }
        var fills = Array(offsets.dropLast())
        for index in 0..<n {
            let value = base[index]
            let slot = slots[bin(value)]
            if slot >= 0 {
                gathered[fills[Int(slot)]] = value
                fills[Int(slot)] += 1
            }
        }
        // Within each wanted bin, select its positions.
        for (slot, b) in wanted.enumerated() {
            let local = zip(positions, positionBins).filter { $0.1 == b }.map { offsets[slot] + $0.0 - starts[b] }
            ExactPercentiles.select(gathered, offsets[slot], offsets[slot + 1] - 1, positions: Array(Set(local)).sorted()[...])
        }
        return zip(positions, positionBins).map { position, b in
            gathered[offsets[Int(slots[b])] + position - starts[b]]
        }
    }

    /// An integer with the order of the floats: sign bit set for non-negative values, all bits
    /// flipped for negative ones (so -0 and +0, equal as floats, are made one key).
    @inline(__always)
    static func orderKey(_ value: Float) -> UInt32 {
        let bits = (value + 0).bitPattern
        return bits & 0x8000_0000 == 0 ? bits | 0x8000_0000 : ~bits
    }
}
