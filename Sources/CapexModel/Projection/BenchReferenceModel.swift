import RealModule

/// The reference Monte Carlo model of `../shared/bench/mc_numpy.py` (money in USD billions,
/// years t = 1...Y after the base year t = 0), for comparing the engine with the NumPy peer
/// and the C reference.
///
/// Per path: rev0 ~ LogNormal(ln 60, 0.25), mu_gr ~ LogNormal(ln 0.5, 0.3), mu_gc ~
/// Triangular(-0.05, 0.15, 0.40), gm ~ Triangular(0.45, 0.60, 0.75), life = floor(Triangular(3,
/// 5, 7) + 0.5), util ~ Uniform(0.55, 0.90) (as in the shipped scenario `bench-reference`).
/// Per path-year, with two standard normals z1, z2:
///
///     g_c = mu_gc * decay_gc^(t-1) + sigma_gc * z1;   capex_t = capex_{t-1} * (1 + g_c)
///     g_r = mu_gr * decay_gr^(t-1) + sigma_gr * z2;   rev_t = rev_{t-1} * (1 + g_r)
///     inservice_t = capex of the last `life` years (legacy cohorts capex0 * legacy_decay^k before t = 1)
///     dep_t = inservice_t / life;  opex_t = opex_rate * util * inservice_t
///     gap_t = (dep_t + opex_t) / gm - rev_t;  cash_t = cash_{t-1} + gm * rev_t - opex_t - capex_t
///
/// Crossover: the first t with gap_t <= 0; payback: the first t with cash_t >= 0.
public struct BenchReferenceModel: PathSimulating {
    public static let specs: [ParameterSpec] = [
        ParameterSpec("rev0", "base-year AI revenue", unit: "USD_b", range: .positive),
        ParameterSpec("mu_gr", "initial mean revenue growth", unit: "ratio_per_year", range: .between(-1, 10)),
        ParameterSpec("mu_gc", "initial mean capex growth", unit: "ratio_per_year", range: .between(-1, 10)),
        ParameterSpec("gm", "gross margin", unit: "ratio", range: .shareFraction),
        ParameterSpec("life", "useful life of GPUs, rounded to whole years", unit: "years", range: .between(1, 30)),
        ParameterSpec("util", "utilisation", unit: "ratio", range: .fraction),
        ParameterSpec("capex0", "base-year AI capex", unit: "USD_b", range: .positive),
        ParameterSpec("legacy_decay", "ratio of each earlier cohort's capex to the next", unit: "ratio", range: .fraction),
        ParameterSpec("opex_rate", "power and operations per $ of in-service hardware per year at full utilisation", unit: "ratio_per_year", range: .fraction),
        ParameterSpec("sigma_gc", "year-to-year noise on capex growth", unit: "ratio", range: .between(0, 5)),
        ParameterSpec("sigma_gr", "year-to-year noise on revenue growth", unit: "ratio", range: .between(0, 5)),
        ParameterSpec("decay_gc", "yearly decay of mean capex growth", unit: "ratio", range: .fraction),
        ParameterSpec("decay_gr", "yearly decay of mean revenue growth", unit: "ratio", range: .fraction),
    ]

    public let years: Int
    public let baseYear: Int
    /// Longest life a path can draw (the life distribution's upper bound, rounded).
    let maxLife: Int
    let constants: (capex0: Double, legacyDecay: Double, opexRate: Double, sigmaGC: Double, sigmaGR: Double)
    /// decay_gc^(t-1) and decay_gr^(t-1) for t = 1...years (index t).
    let capexDecay: ReadOnlyArray<Double>
    let revenueDecay: ReadOnlyArray<Double>
    /// Legacy cohorts capex0 * decay^k, k = maxLife-1 ... 0, in the history ring's order.
    let legacyCohorts: ReadOnlyArray<Double>
    /// In-service capex at t = 0 for each life 1...maxLife (index life).
    let legacyInService: ReadOnlyArray<Double>

    /// - Parameters: `point` gives the fixed parameters (capex0, legacy_decay, opex_rate,
    ///   sigma_gc, sigma_gr, decay_gc, decay_gr); `maxLife` bounds the life draws.
    public init(scenario: Scenario) {
        func value(_ name: String) -> Double { scenario.parameters[name]?.distribution.median ?? .nan }
        years = scenario.years
        baseYear = scenario.baseYear
        let lifeUpper = scenario.parameters["life"]?.distribution.support.upper ?? 7
        maxLife = max(1, min(30, Int((lifeUpper.isFinite ? lifeUpper : 30) + 0.5)))
        constants = (value("capex0"), value("legacy_decay"), value("opex_rate"), value("sigma_gc"), value("sigma_gr"))
        let decayGC = value("decay_gc")
        let decayGR = value("decay_gr")
        capexDecay = ReadOnlyArray((0...years).map { (year: Int) -> Double in year == 0 ? 0 : Double.pow(decayGC, Double(year - 1)) })
        revenueDecay = ReadOnlyArray((0...years).map { (year: Int) -> Double in year == 0 ? 0 : Double.pow(decayGR, Double(year - 1)) })
        let capex0 = constants.capex0
        let decay = constants.legacyDecay
        legacyCohorts = ReadOnlyArray((0..<maxLife).reversed().map { (age: Int) -> Double in capex0 * Double.pow(decay, Double(age)) })
        legacyInService = ReadOnlyArray((0...maxLife).map { (life: Int) -> Double in
            var sum = 0.0
            for age in 0..<life { sum += capex0 * Double.pow(decay, Double(age)) }
            return sum
        })
    }

    /// Simulates one path from its sampled per-path parameters `x` (in ``specs`` order),
    /// handing each year to `recorder`; `history` is scratch space of ``scratchCount`` doubles.
    /// Returns the crossover and payback indices (1...years, 0 when never).
    @inline(__always)
    func simulate<Noise: NormalNoise, Recorder: PathRecorder>(
        _ x: UnsafePointer<Double>, noise: inout Noise, scratch history: UnsafeMutablePointer<Double>, recorder: inout Recorder
    ) -> (crossover: Int, payback: Int) {
        var revenue = x[0]
        let muGR = x[1], muGC = x[2], gm = x[3]
        let life = max(1, min(maxLife, Int((x[4] + 0.5).rounded(.down))))
        let util = x[5]
        let offset = maxLife - 1
        for k in 0..<maxLife { history[k] = legacyCohorts[k] }
        var inService = legacyInService[life]
        let inverseLife = 1 / Double(life)
        let opexFactor = constants.opexRate * util
        let inverseMargin = 1 / gm
        var capex = constants.capex0
        var cash = 0.0
        var cumulativeCapex = 0.0
        var cumulativeGross = 0.0
        var crossover = 0
        var payback = 0
        for t in 1...years {
            let z1 = noise.normal()
            let z2 = noise.normal()
            capex *= 1 + muGC * capexDecay[t] + constants.sigmaGC * z1
            revenue *= 1 + muGR * revenueDecay[t] + constants.sigmaGR * z2
            history[t + offset] = capex
            inService += capex - history[t + offset - life]
            let depreciation = inService * inverseLife
            let opex = opexFactor * inService
            let required = (depreciation + opex) * inverseMargin
            let gap = required - revenue
            let gross = gm * revenue - opex
            cash += gross - capex
            cumulativeCapex += capex
            cumulativeGross += gross
            if crossover == 0, gap <= 0 { crossover = t }
            if payback == 0, cash >= 0 { payback = t }
            recorder.record(t, ProjectionYear(
                year: baseYear + t, capex: capex, aiCapex: capex, depreciation: depreciation, opex: opex, revenue: revenue,
                consumerRevenue: 0, enterpriseRevenue: 0, apiRevenue: revenue, requiredRevenue: required, gap: gap,
                cumulativeCapex: cumulativeCapex, cumulativeGrossProfit: cumulativeGross, cash: cash))
        }
        return (crossover, payback)
    }

    /// Scratch doubles one path needs.
    var scratchCount: Int { years + maxLife + 1 }
    /// z1 and z2 each year.
    var normalsPerPath: Int { 2 * years }
}
