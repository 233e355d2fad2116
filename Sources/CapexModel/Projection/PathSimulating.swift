/// A projection model that simulates one path at a time, for the deterministic projection
/// and the Monte Carlo engine alike.
protocol PathSimulating: Sendable {
    /// Projected years (t = 1...years).
    var years: Int { get }
    /// The last actual year (t = 0).
    var baseYear: Int { get }
    /// Doubles of scratch space one path needs.
    var scratchCount: Int { get }

    /// Simulates one path with parameters `x` (in the model's spec order), handing each year
    /// to `recorder`; returns the crossover and payback indices (1...years, 0 when never).
    func simulate<Noise: NormalNoise, Recorder: PathRecorder>(
        _ x: UnsafePointer<Double>, noise: inout Noise, scratch: UnsafeMutablePointer<Double>, recorder: inout Recorder
    ) -> (crossover: Int, payback: Int)
}

/// Draws a path's parameters: each distribution sampled in spec order, clamped to its range.
struct ParameterSampler: Sendable {
    let distributions: ReadOnlyArray<Distribution>
    let lower: ReadOnlyArray<Double>
    let upper: ReadOnlyArray<Double>

    init(distributions: [Distribution], specs: [ParameterSpec]) {
        self.distributions = ReadOnlyArray(distributions)
        lower = ReadOnlyArray(specs.map(\.range.lower))
        upper = ReadOnlyArray(specs.map { $0.range.upper ?? .infinity })
    }

    @inline(__always)
    func sample(into x: UnsafeMutablePointer<Double>, _ generator: inout Xoshiro256StarStar) {
        for index in 0..<distributions.count {
            x[index] = min(max(distributions[index].sample(&generator), lower[index]), upper[index])
        }
    }

    /// The parameters at their medians (the deterministic projection's point).
    func medians(into x: UnsafeMutablePointer<Double>) {
        for index in 0..<distributions.count {
            x[index] = min(max(distributions[index].median, lower[index]), upper[index])
        }
    }
}

/// Normal noise from a path's generator.
struct GeneratorNoise: NormalNoise {
    var generator: Xoshiro256StarStar
    let tables = Ziggurat.tables

    @inline(__always) mutating func normal() -> Double { generator.nextStandardNormal(tables) }
}
