@testable import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Bracket counting and order statistics")
struct BracketCountTests {
    /// The plain definition: values at or above each bound, and the values inside a bracket.
    func plainCount(_ values: [Float], _ bounds: [Float]) -> (atOrAbove: [Int], inside: [Float]) {
        let atOrAbove = bounds.map { bound in values.filter { $0 >= bound }.count }
        let inside = values.filter { value in (0..<5).contains { value >= bounds[2 * $0] && value < bounds[2 * $0 + 1] } }
        return (atOrAbove, inside)
    }

    @Test("the SIMD count equals the plain count, tail and ties included", arguments: [0, 1, 3, 4, 1_023, 1_024, 5_001])
    func countMatchesDefinition(n: Int) {
        var generator = SeededGenerator(seed: UInt64(n) + 7)
        // Whole numbers in -20...20, so values often equal a bound.
        let values = (0..<n).map { _ in Float(Int.random(in: -20...20, using: &generator)) }
        let bounds: [Float] = [-15, -12, -5, -5, -1, 2, 2, 9, 10, 19]
        var atOrAbove = [Int](repeating: 0, count: 10)
        var kept = [Float](repeating: .nan, count: n + 1)
        let fill = kept.withUnsafeMutableBufferPointer { kept in
            atOrAbove.withUnsafeMutableBufferPointer { counts in
                BracketCount.count(values, n, bounds: bounds, atOrAbove: counts.baseAddress!, kept: kept.baseAddress!, capacity: n, fill: 0)
            }
        }
        let expected = plainCount(values, bounds)
        #expect(atOrAbove == expected.atOrAbove)
        #expect(fill == expected.inside.count)
        #expect(Array(kept.prefix(fill)) == expected.inside, "kept in arrival order")
    }

    @Test("copies past the capacity land on the spare slot and show in the fill")
    func overflowIsReported() {
        let values = [Float](repeating: 1, count: 100)
        let bounds: [Float] = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        var atOrAbove = [Int](repeating: 0, count: 10)
        var kept = [Float](repeating: -1, count: 12)
        let fill = kept.withUnsafeMutableBufferPointer { kept in
            atOrAbove.withUnsafeMutableBufferPointer { counts in
                BracketCount.count(values, 100, bounds: bounds, atOrAbove: counts.baseAddress!, kept: kept.baseAddress!, capacity: 11, fill: 0)
            }
        }
        #expect(fill == 100)
        #expect(kept == [Float](repeating: 1, count: 12))
        #expect(atOrAbove == [100, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test("percentiles of columns with many ties or one value equal those of a sort", arguments: ["ties", "constant", "two values"])
    func tiesAndConstants(kind: String) {
        let n = 100_000
        var generator = SeededGenerator(seed: 11)
        var values: [Float] = (0..<n).map { index in
            switch kind {
            case "ties": Float(Int.random(in: 0..<9, using: &generator))
            case "constant": 3.5
            default: index % 3 == 0 ? -1 : 2
            }
        }
        let sorted = values.sorted()
        let expected = MonteCarloEngine.percents.map { p -> Double in
            let h = Double(n - 1) * p / 100
            let lo = Int(h.rounded(.down))
            return Double(sorted[lo]) + (h - Double(lo)) * (Double(sorted[min(lo + 1, n - 1)]) - Double(sorted[lo]))
        }
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer { scratch.deallocate() }
        let computed = values.withUnsafeMutableBufferPointer {
            ExactPercentiles.compute($0, percents: MonteCarloEngine.percents, scratch: scratch)
        }
        #expect(computed == expected)
    }

    @Test("selection puts the k-th smallest in place, smaller before and larger after",
          arguments: ["random", "ties", "constant", "ascending", "descending", "organ pipe"])
    func selectionPlacesRank(kind: String) {
        let n = 5_000
        var generator = SeededGenerator(seed: 3)
        let values: [Float] = (0..<n).map { index in
            switch kind {
            case "random": Float(Double.random(in: -1...1, using: &generator))
            case "ties": Float(Int.random(in: 0..<4, using: &generator))
            case "constant": 2
            case "ascending": Float(index)
            case "descending": Float(n - index)
            default: Float(min(index, n - index))
            }
        }
        let sorted = values.sorted()
        for k in [0, 1, 17, n / 2, n - 2, n - 1] {
            var copy = values
            copy.withUnsafeMutableBufferPointer { ExactPercentiles.select($0.baseAddress!, 0, n - 1, k) }
            #expect(copy[k] == sorted[k], "k = \(k)")
            #expect(copy[..<k].allSatisfy { $0 <= copy[k] } && copy[(k + 1)...].allSatisfy { $0 >= copy[k] }, "k = \(k)")
            #expect(copy.sorted() == sorted, "a permutation of the values")
        }
    }

    @Test("order statistics by counting equal those of a sort",
          arguments: ["random", "ties", "constant", "wide range", "signed zeros and infinities", "one value"])
    func orderStatisticsMatchSort(kind: String) {
        var generator = SeededGenerator(seed: 5)
        let values: [Float] = switch kind {
        case "random": (0..<20_000).map { _ in Float(Double.random(in: -50...50, using: &generator)) }
        case "ties": (0..<20_000).map { _ in Float(Int.random(in: -3...3, using: &generator)) }
        case "constant": [Float](repeating: 7.25, count: 5_000)
        case "wide range": (0..<20_000).map { _ in Float(Double.random(in: -30...30, using: &generator)).exponentialScaled }
        case "signed zeros and infinities": (0..<3_000).map { [-0.0, 0.0, .infinity, -.infinity, 1, -1][$0 % 6] }
        default: [3]
        }
        let sorted = values.sorted()
        let n = values.count
        let positions = [0, n / 20, n / 4, n / 2, n / 2, 3 * n / 4, n - 1].map { min($0, n - 1) }
        let found = values.withUnsafeBufferPointer { OrderStatistics.values($0, at: positions) }
        #expect(found == positions.map { sorted[$0] })
    }
}

private extension Float {
    /// A value spread over many binades: sign(x) * 2^|x|.
    var exponentialScaled: Float { (self < 0 ? -1 : 1) * Float(Foundation.pow(2.0, Double(abs(self)))) }
}
