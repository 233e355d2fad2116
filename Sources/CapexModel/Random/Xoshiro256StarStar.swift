/// The xoshiro256** generator (Blackman and Vigna): fast, 256 bits of state, a period of
/// 2^256 - 1. One independent stream per block of paths, seeded from the run's seed and the
/// block's index, makes Monte Carlo results independent of the number of threads.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 42, stream: 0)
/// let u = generator.nextUniform()          // in [0, 1)
/// let z = generator.nextStandardNormal()   // N(0, 1), ziggurat
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Stream `stream` of seed `seed`: the state is four outputs of SplitMix64 started at
    /// `seed ^ (stream * 0xD1B54A32D192ED03)`.
    public init(seed: UInt64, stream: UInt64) {
        var x = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inlinable @inline(__always)
    func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
