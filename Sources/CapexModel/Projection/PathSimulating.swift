/// A projection model that simulates one path at a time, for the deterministic projection
/// and the Monte Carlo engine alike.
protocol PathSimulating: Sendable {
    /// Projected years (t = 1...years).
    var years: Int { get }
    /// The last actual year (t = 0).
    var baseYear: Int { get }
    /// Doubles of scratch space one path needs.
    var scratchCount: Int { get }
    /// Standard normals one path draws (every path draws the same number).
    var normalsPerPath: Int { get }

    /// Simulates one path with parameters `x` (in the model's spec order), handing each year
    /// to `recorder`; returns the crossover and payback indices (1...years, 0 when never).
    func simulate<Noise: NormalNoise, Recorder: PathRecorder>(
        _ x: UnsafePointer<Double>, noise: inout Noise, scratch: UnsafeMutablePointer<Double>, recorder: inout Recorder
    ) -> (crossover: Int, payback: Int)
}

/// Draws a path's parameters: each distribution sampled in spec order, clamped to its range.
/// Fixed values are clamped once and copied; triangular draws have their constants worked out
/// once (the same arithmetic, so the same values, as ``Distribution/sample(_:)``).
struct ParameterSampler: Sendable {
    let distributions: ReadOnlyArray<Distribution>
    let lower: ReadOnlyArray<Double>
    let upper: ReadOnlyArray<Double>
    /// Fixed parameters, already clamped.
    let constants: ReadOnlyArray<Constant>
    /// Parameters drawn for every path, in spec order (the order the generator is used in).
    let draws: ReadOnlyArray<Draw>

    struct Constant: BitwiseCopyable {
        let index: Int
        let value: Double
    }

    /// One uncertain parameter, with a triangular distribution's constants:
    /// split = (mode - min) / (max - min), and the widths max - min, mode - min, max - mode.
    struct Draw: BitwiseCopyable {
        let index: Int
        let distribution: Distribution
        let lower: Double
        let upper: Double
        let split: Double, width: Double, left: Double, right: Double

        @inline(__always)
        func sample(_ generator: inout Xoshiro256StarStar) -> Double {
            guard case .triangular(let a, _, let b) = distribution else { return distribution.sample(&generator) }
            let u = generator.nextUniform()
            // Which side of the mode a draw falls on is a coin toss, too dear to branch on:
            // the operands are selected, and one root taken.
            let isLow = u < split
            let root = (isLow ? u * width * left : (1 - u) * width * right).squareRoot()
            return isLow ? a + root : b - root
        }
    }

    init(distributions: [Distribution], specs: [ParameterSpec]) {
        self.distributions = ReadOnlyArray(distributions)
        let lower = specs.map(\.range.lower)
        let upper = specs.map { $0.range.upper ?? .infinity }
        self.lower = ReadOnlyArray(lower)
        self.upper = ReadOnlyArray(upper)
        var constants: [Constant] = []
        var draws: [Draw] = []
        for (index, distribution) in distributions.enumerated() {
            switch distribution {
            case .fixed(let value):
                constants.append(Constant(index: index, value: min(max(value, lower[index]), upper[index])))
            case .triangular(let a, let c, let b):
                draws.append(Draw(index: index, distribution: distribution, lower: lower[index], upper: upper[index],
                                  split: (c - a) / (b - a), width: b - a, left: c - a, right: b - c))
            default:
                draws.append(Draw(index: index, distribution: distribution, lower: lower[index], upper: upper[index],
                                  split: 0, width: 0, left: 0, right: 0))
            }
        }
        self.constants = ReadOnlyArray(constants)
        self.draws = ReadOnlyArray(draws)
    }

    @inline(__always)
    func sample(into x: UnsafeMutablePointer<Double>, _ generator: inout Xoshiro256StarStar) {
        for index in 0..<constants.count { x[constants[index].index] = constants[index].value }
        for index in 0..<draws.count {
            let draw = draws[index]
            x[draw.index] = min(max(draw.sample(&generator), draw.lower), draw.upper)
        }
    }

    /// The parameters at their medians (the deterministic projection's point).
    func medians(into x: UnsafeMutablePointer<Double>) {
        for index in 0..<distributions.count {
            x[index] = min(max(distributions[index].median, lower[index]), upper[index])
        }
    }
}

/// A path's normals drawn before the path runs, in the order the path uses them: the same
/// values as drawing them as it goes (``GeneratorNoise``), but the path's arithmetic no longer
/// waits on the generator year after year.
struct DrawnNoise: NormalNoise {
    let normals: UnsafeMutablePointer<Double>
    let count: Int
    var next = 0

    /// Fills `normals` with `count` draws from `generator`.
    @inline(__always)
    init(_ normals: UnsafeMutablePointer<Double>, count: Int, from generator: inout Xoshiro256StarStar, tables: Ziggurat.Tables) {
        for index in 0..<count { normals[index] = generator.nextStandardNormal(tables) }
        self.normals = normals
        self.count = count
    }

    @inline(__always) mutating func normal() -> Double {
        assert(next < count, "a path drew more normals than its model's normalsPerPath")
        defer { next &+= 1 }
        return normals[next]
    }
}

/// Normal noise from a path's generator.
struct GeneratorNoise: NormalNoise {
    var generator: Xoshiro256StarStar
    let tables = Ziggurat.tables

    @inline(__always) mutating func normal() -> Double { generator.nextStandardNormal(tables) }
}
