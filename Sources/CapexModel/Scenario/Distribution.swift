import RealModule

/// A parameter's value or its uncertainty.
///
/// | case | parameters | sampled as |
/// |---|---|---|
/// | `fixed` | x | x |
/// | `normal` | mean, sd | mean + sd Z |
/// | `lognormal` | median, sigma | median exp(sigma Z) (numpy's `lognormal(ln median, sigma)`) |
/// | `triangular` | min, mode, max | inverse CDF of one uniform |
/// | `uniform` | min, max | min + (max - min) U |
/// | `pert` | min, mode, max | min + (max - min) Beta(a, b), a = 1 + 4 (mode - min) / (max - min), b = 1 + 4 (max - mode) / (max - min) |
public enum Distribution: Sendable, Hashable, BitwiseCopyable {
    case fixed(Double)
    case normal(mean: Double, sd: Double)
    case lognormal(median: Double, sigma: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case uniform(min: Double, max: Double)
    case pert(min: Double, mode: Double, max: Double)

    /// The family's name as scenario files write it.
    public var family: String {
        switch self {
        case .fixed: "value"
        case .normal: "normal"
        case .lognormal: "lognormal"
        case .triangular: "triangular"
        case .uniform: "uniform"
        case .pert: "pert"
        }
    }

    /// Why the distribution is not valid, or `nil` when it is.
    public var problem: String? {
        let numbers: [Double]
        switch self {
        case .fixed(let x): numbers = [x]
        case .normal(let mean, let sd): numbers = [mean, sd]
        case .lognormal(let median, let sigma): numbers = [median, sigma]
        case .triangular(let a, let c, let b), .pert(let a, let c, let b): numbers = [a, c, b]
        case .uniform(let a, let b): numbers = [a, b]
        }
        guard numbers.allSatisfy(\.isFinite) else { return "every number must be finite" }
        switch self {
        case .fixed: return nil
        case .normal(_, let sd): return sd >= 0 ? nil : "sd must not be negative"
        case .lognormal(let median, let sigma):
            if median <= 0 { return "median must be positive" }
            return sigma >= 0 ? nil : "sigma must not be negative"
        case .triangular(let a, let c, let b), .pert(let a, let c, let b):
            if a > c { return "min (\(NumberText.compact(a))) is greater than mode (\(NumberText.compact(c)))" }
            if c > b { return "mode (\(NumberText.compact(c))) is greater than max (\(NumberText.compact(b)))" }
            return a < b ? nil : "min must be less than max"
        case .uniform(let a, let b):
            return a < b ? nil : "min (\(NumberText.compact(a))) must be less than max (\(NumberText.compact(b)))"
        }
    }

    /// Smallest and largest values it can take (infinite for unbounded families).
    public var support: (lower: Double, upper: Double) {
        switch self {
        case .fixed(let x): (x, x)
        case .normal(let mean, let sd): sd == 0 ? (mean, mean) : (-.infinity, .infinity)
        case .lognormal(let median, let sigma): sigma == 0 ? (median, median) : (0, .infinity)
        case .triangular(let a, _, let b), .uniform(let a, let b), .pert(let a, _, let b): (a, b)
        }
    }

    public var mean: Double {
        switch self {
        case .fixed(let x): x
        case .normal(let mean, _): mean
        case .lognormal(let median, let sigma): median * Double.exp(sigma * sigma / 2)
        case .triangular(let a, let c, let b): (a + b + c) / 3
        case .uniform(let a, let b): (a + b) / 2
        case .pert(let a, let c, let b): (a + 4 * c + b) / 6
        }
    }

    public var variance: Double {
        switch self {
        case .fixed: 0
        case .normal(_, let sd): sd * sd
        case .lognormal(let median, let sigma):
            (Double.exp(sigma * sigma) - 1) * median * median * Double.exp(sigma * sigma)
        case .triangular(let a, let c, let b): (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .uniform(let a, let b): (b - a) * (b - a) / 12
        case .pert(let a, let c, let b):
            Self.betaShape(a, c, b).map { alpha, beta in
                (b - a) * (b - a) * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))
            } ?? 0
        }
    }

    /// True when it has only one value.
    public var isFixed: Bool { variance == 0 }

    /// The value below which a share `p` (0 < p < 1) of draws fall.
    public func quantile(_ p: Double) -> Double {
        switch self {
        case .fixed(let x): return x
        case .normal(let mean, let sd): return mean + sd * Self.standardNormalQuantile(p)
        case .lognormal(let median, let sigma): return median * Double.exp(sigma * Self.standardNormalQuantile(p))
        case .triangular(let a, let c, let b): return Self.triangularQuantile(a, c, b, p)
        case .uniform(let a, let b): return a + (b - a) * p
        case .pert(let a, let c, let b):
            guard let (alpha, beta) = Self.betaShape(a, c, b) else { return a }
            return a + (b - a) * Self.betaQuantile(alpha, beta, p)
        }
    }

    /// The median (the 50% quantile).
    public var median: Double { quantile(0.5) }

    /// One draw.
    @inline(__always)
    public func sample(_ generator: inout Xoshiro256StarStar) -> Double {
        switch self {
        case .fixed(let x): return x
        case .normal(let mean, let sd): return mean + sd * generator.nextStandardNormal()
        case .lognormal(let median, let sigma): return median * Double.exp(sigma * generator.nextStandardNormal())
        case .triangular(let a, let c, let b): return Self.triangularQuantile(a, c, b, generator.nextUniform())
        case .uniform(let a, let b): return a + (b - a) * generator.nextUniform()
        case .pert(let a, let c, let b):
            guard let (alpha, beta) = Self.betaShape(a, c, b) else { return a }
            let x = Self.gamma(alpha, &generator)
            let y = Self.gamma(beta, &generator)
            return a + (b - a) * x / (x + y)
        }
    }

    @inline(__always)
    static func triangularQuantile(_ a: Double, _ c: Double, _ b: Double, _ u: Double) -> Double {
        let split = (c - a) / (b - a)
        return u < split ? a + (u * (b - a) * (c - a)).squareRoot() : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
    }

    static func betaShape(_ a: Double, _ c: Double, _ b: Double) -> (Double, Double)? {
        guard b > a else { return nil }
        return (1 + 4 * (c - a) / (b - a), 1 + 4 * (b - c) / (b - a))
    }

    /// A Gamma(shape, 1) draw (Marsaglia and Tsang, 2000), shape >= 1.
    static func gamma(_ shape: Double, _ generator: inout Xoshiro256StarStar) -> Double {
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = generator.nextStandardNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.nextUniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if Double.log(u) < 0.5 * x * x + d * (1 - v + Double.log(v)) { return d * v }
        }
    }

    /// The standard normal quantile by bisection on the CDF, 0.5 erfc(-x / sqrt 2).
    static func standardNormalQuantile(_ p: Double) -> Double {
        bisect(lower: -40, upper: 40, target: p) { 0.5 * Double.erfc(-$0 / 2.0.squareRoot()) }
    }

    /// The Beta(alpha, beta) quantile by bisection on the regularised incomplete beta function.
    static func betaQuantile(_ alpha: Double, _ beta: Double, _ p: Double) -> Double {
        bisect(lower: 0, upper: 1, target: p) { incompleteBeta(alpha, beta, $0) }
    }

    static func bisect(lower: Double, upper: Double, target: Double, cdf: (Double) -> Double) -> Double {
        var low = lower
        var high = upper
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if cdf(middle) < target { low = middle } else { high = middle }
            if high - low <= 1e-15 * max(1, abs(middle)) { break }
        }
        return (low + high) / 2
    }

    /// The regularised incomplete beta function I_x(a, b), by its continued fraction
    /// (modified Lentz), using the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where it converges faster.
    static func incompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = Double.logGamma(a + b) - Double.logGamma(a) - Double.logGamma(b) + a * Double.log(x) + b * Double.log(onePlus: -x)
        if x > (a + 1) / (a + b + 2) { return 1 - incompleteBeta(b, a, 1 - x) }
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...300 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return Double.exp(logFront) * result / a
    }
}

extension Distribution {
    /// The distribution in words: `triangular(3, 5, 7)`, `value 0.6`, `normal(mean 1, sd 0.2)`.
    public var summary: String {
        func text(_ values: Double...) -> String { values.map(NumberText.compact).joined(separator: ", ") }
        switch self {
        case .fixed(let x): return "value \(NumberText.compact(x))"
        case .normal(let mean, let sd): return "normal(mean \(text(mean)), sd \(text(sd)))"
        case .lognormal(let median, let sigma): return "lognormal(median \(text(median)), sigma \(text(sigma)))"
        case .triangular(let a, let c, let b): return "triangular(\(text(a, c, b)))"
        case .uniform(let a, let b): return "uniform(\(text(a, b)))"
        case .pert(let a, let c, let b): return "pert(\(text(a, c, b)))"
        }
    }
}
