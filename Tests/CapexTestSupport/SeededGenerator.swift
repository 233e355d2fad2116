/// A small deterministic random number generator (SplitMix64) for property and fuzz tests:
/// the same seed gives the same inputs on every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random damage to a valid input: what a truncated download, a bad editor or a hostile
/// file does to it.
public enum Mutation {
    /// `input` changed in one to three random ways.
    public static func mutate(_ input: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !bytes.isEmpty else { return randomBytes(using: &generator) }
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0: bytes = Array(bytes.prefix(index))
            case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
            case 2: bytes.insert(contentsOf: randomBytes(using: &generator), at: index)
            case 3: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...40, using: &generator)))
            case 4:
                let end = min(bytes.count, index + Int.random(in: 1...200, using: &generator))
                bytes.insert(contentsOf: bytes[index..<end], at: Int.random(in: 0...bytes.count, using: &generator))
            case 5:
                let tokens: [String] = ["{", "}", "[", "]", ",", ":", "\"", "null", "-1e999", "\"2024-02-30\"", "\n", "\"\"", "1.5"]
                bytes.insert(contentsOf: Array(tokens.randomElement(using: &generator)!.utf8), at: index)
            default:
                if let digit = bytes.indices.filter({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }).randomElement(using: &generator) {
                    bytes[digit] = UInt8(ascii: "x")
                }
            }
        }
        return bytes
    }

    public static func randomBytes(using generator: inout SeededGenerator) -> [UInt8] {
        (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
