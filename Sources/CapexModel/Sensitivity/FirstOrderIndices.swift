import Dispatch

/// Variance-based sensitivity from the Monte Carlo: the first-order index of a parameter is
/// the share of the output's variance explained by that parameter alone,
/// S_i = Var(E[Y | X_i]) / Var(Y), estimated by sorting the paths by X_i into equal-count bins
/// and taking the variance of the bin means.
public struct SensitivityIndex: Sendable, Hashable {
    public var parameter: String
    /// First-order index for the gap in the chosen year.
    public var gap: Double
    /// First-order index for the crossover year (paths that never cross counted at horizon + 1).
    public var crossover: Double
}

public enum FirstOrderIndices {
    /// Equal-count bins of the binning estimator.
    public static let bins = 40

    /// Indices of every parameter with a distribution, largest gap index first.
    public static func compute(_ scenario: Scenario, year: Int, paths: Int, seed: UInt64, threads: Int) -> [SensitivityIndex] {
        let samples = PathSamples.draw(scenario, year: year, paths: paths, seed: seed, threads: threads)
        let uncertain = scenario.model.specs.enumerated().filter { !(scenario.parameters[$0.element.name]?.distribution.isFixed ?? true) }
        return uncertain.map { index, spec in
            let x = (0..<samples.paths).map { samples.parameters[$0 * samples.count + index] }
            return SensitivityIndex(parameter: spec.name, gap: firstOrder(x, samples.gap), crossover: firstOrder(x, samples.crossover))
        }
        .sorted { $0.gap > $1.gap }
    }

    /// Var(E[y | x]) / Var(y) by equal-count bins of x (ties broken by path order, so the
    /// result does not depend on the sort's stability).
    static func firstOrder(_ x: [Double], _ y: [Double]) -> Double {
        let n = x.count
        guard n >= bins * 2 else { return .nan }
        let mean = y.reduce(0, +) / Double(n)
        let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        guard total > 0 else { return 0 }
        let order = (0..<n).sorted { (a: Int, b: Int) -> Bool in x[a] != x[b] ? x[a] < x[b] : a < b }
        var explained = 0.0
        for bin in 0..<bins {
            let range = (bin * n / bins)..<((bin + 1) * n / bins)
            var binSum = 0.0
            for position in range { binSum += y[order[position]] }
            let binMean = binSum / Double(range.count)
            explained += Double(range.count) * (binMean - mean) * (binMean - mean)
        }
        return min(1, max(0, explained / Double(n) / total))
    }
}

/// Every path's sampled parameters and outputs, for sensitivity indices.
struct PathSamples {
    var paths: Int
    /// Parameters per path.
    var count: Int
    /// parameters[path * count + index]
    var parameters: [Double]
    var gap: [Double]
    var crossover: [Double]

    static func draw(_ scenario: Scenario, year: Int, paths: Int, seed: UInt64, threads: Int) -> PathSamples {
        switch scenario.model {
        case .buildout: draw(BuildoutModel(scenario: scenario), scenario: scenario, year: year, paths: paths, seed: seed, threads: threads)
        case .benchReference: draw(BenchReferenceModel(scenario: scenario), scenario: scenario, year: year, paths: paths, seed: seed, threads: threads)
        }
    }

    static func draw<Model: PathSimulating>(_ model: Model, scenario: Scenario, year: Int, paths n: Int, seed: UInt64,
                                            threads: Int) -> PathSamples {
        let sampler = ParameterSampler(distributions: scenario.distributions, specs: scenario.model.specs)
        let count = sampler.distributions.count
        let parameters = SharedDoubles(count: n * count)
        let gaps = SharedDoubles(count: n)
        let crossovers = SharedDoubles(count: n)
        defer {
            parameters.deallocate()
            gaps.deallocate()
            crossovers.deallocate()
        }
        let target = year - model.baseYear
        let blocks = (n + MonteCarloEngine.blockSize - 1) / MonteCarloEngine.blockSize
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { worker in
            let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, model.scratchCount))
            defer { scratch.deallocate() }
            var block = worker
            while block < blocks {
                var noise = GeneratorNoise(generator: Xoshiro256StarStar(seed: seed, stream: UInt64(block)))
                for path in (block * MonteCarloEngine.blockSize)..<min(n, (block + 1) * MonteCarloEngine.blockSize) {
                    let x = parameters.pointer + path * count
                    sampler.sample(into: x, &noise.generator)
                    var recorder = GapAtYear(target: target)
                    let (crossover, _) = model.simulate(x, noise: &noise, scratch: scratch, recorder: &recorder)
                    gaps.pointer[path] = recorder.gap
                    crossovers.pointer[path] = Double(crossover == 0 ? model.years + 1 : crossover) + Double(model.baseYear)
                }
                block += max(1, threads)
            }
        }
        return PathSamples(paths: n, count: count, parameters: Array(UnsafeBufferPointer(start: parameters.pointer, count: n * count)),
                           gap: Array(UnsafeBufferPointer(start: gaps.pointer, count: n)),
                           crossover: Array(UnsafeBufferPointer(start: crossovers.pointer, count: n)))
    }
}

/// Keeps the gap of one year.
struct GapAtYear: PathRecorder {
    let target: Int
    var gap = Double.nan

    mutating func record(_ index: Int, _ year: ProjectionYear) {
        if index == target { gap = year.gap }
    }
}
