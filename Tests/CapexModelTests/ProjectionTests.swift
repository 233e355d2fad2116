import CapexModel
import CapexTestSupport
import Testing

@Suite("Projection")
struct ProjectionTests {
    @Test("a hand-checkable build-out gives the values worked out by hand")
    func handChecked() throws {
        let scenario = ScenarioFixtures.handCheckable
        #expect(scenario.problems().isEmpty)
        let projection = Projector.project(scenario)
        #expect(projection.years.map(\.year) == [2026, 2027, 2028, 2029])
        // Cash starts at minus the actual AI vintages: -(100 + 100) = -200. Every year the IT
        // reaching the end of its 2-year life is bought back (no efficiency gain: at its cost).
        // 2026: the 2024 vintage (100) retires and is replaced: AI capex 100 + 100 = 200; in
        // service 2025's 100 + 200 = 300; depreciation 300 / 2 = 150; opex 0.1 x 300 = 30;
        // API 50 x (1 + 1) = 100; required (150 + 30) / 0.5 = 360; gap 260;
        // cash -200 + 0.5 x 100 - 30 - 200 = -380.
        let y2026 = projection.years[0]
        #expect(y2026.depreciation == 150)
        #expect(y2026.opex == 30)
        #expect(y2026.revenue == 100)
        #expect(y2026.requiredRevenue == 360)
        #expect(y2026.gap == 260)
        #expect(y2026.replacementCapex == 100)
        #expect(y2026.cash == -380)
        // 2027: 2025's 100 is replaced: AI capex 200; in service 200 + 200 = 400, depreciation
        // 200, opex 40; API 200; required 480; gap 280; cash -380 + 100 - 40 - 200 = -520.
        #expect(projection.years[1].replacementCapex == 100)
        #expect(projection.years[1].aiCapex == 200)
        #expect(projection.years[1].gap == 280)
        #expect(projection.years[1].cash == -520)
        // 2028: 2026's 200 is replaced: AI capex 300; in service 500, depreciation 250, opex 50;
        // API 400; required 600, gap 200; cash -520 + 200 - 50 - 300 = -670.
        #expect(projection.years[2].gap == 200)
        #expect(projection.years[2].cash == -670)
        // 2029: 2027's 200 is replaced: AI capex 300; in service 600, depreciation 300, opex 60;
        // API 800 > required 720: crossover; cash -670 + 400 - 60 - 300 = -630.
        #expect(projection.years[3].gap == -80)
        #expect(projection.years[3].cash == -630)
        #expect(projection.crossoverYear == 2029)
        #expect(projection.paybackYear == nil)
        #expect(projection.years[3].cumulativeCapex == 1_000)
    }

    @Test("a one-vintage build retires at the end of its life and is replaced at the year's price")
    func retiresAndIsReplaced() {
        // One vintage of 100 in 2025 and nothing after: with a 2-year life it depreciates 50 in
        // 2025 and 2026; in 2027 it retires and is bought back, at 100 / 1.25^2 = 64 when a
        // dollar buys 25% more capacity a year.
        var scenario = ScenarioFixtures.handCheckable.setting("capex_next_usd_b", to: 1e-9)
        scenario.capexHistory = [2025: 100]
        let flat = Projector.project(scenario)
        #expect(abs(flat.years[0].depreciation - 50) < 1e-6)
        #expect(abs(flat.years[1].replacementCapex - 100) < 1e-6)
        #expect(abs(flat.years[1].depreciation - 50) < 1e-6)
        let cheaper = Projector.project(scenario.setting("compute_efficiency_gain", to: 0.25))
        #expect(abs(cheaper.years[1].replacementCapex - 64) < 1e-6)
        // The replacement keeps the capacity: the bound on revenue is the same as before the retirement.
        #expect(abs(cheaper.years[1].capacityRevenue / cheaper.years[0].capacityRevenue - 1) < 1e-9)
    }

    @Test("with growing capex, a longer IT life never raises depreciation in a year", arguments: [1.0, 2, 3, 4, 5, 6, 8])
    func longerLife(life: Double) {
        let base = ScenarioFixtures.handCheckable.setting("capex_growth", to: 0.2)
        let short = Projector.project(base.setting("it_life_years", to: life))
        let long = Projector.project(base.setting("it_life_years", to: life + 1))
        for (a, b) in zip(short.years, long.years) { #expect(b.depreciation <= a.depreciation + 1e-9) }
    }

    @Test("facilities enter service after their lead time")
    func leadTime() {
        var scenario = ScenarioFixtures.handCheckable.setting("it_share_of_capex", to: 0)
        scenario = scenario.setting("facility_life_years", to: 10).setting("facility_lead_years", to: 2)
        scenario.capexHistory = [2025: 0]
        let projection = Projector.project(scenario)
        // 2026's facilities (100) enter service in 2028: 10 a year from then.
        #expect(projection.years[0].depreciation == 0)
        #expect(projection.years[1].depreciation == 0)
        #expect(abs(projection.years[2].depreciation - 10) < 1e-9)
    }

    @Test("a revenue that never catches up reports no crossover, not a year")
    func neverCrosses() {
        let projection = Projector.project(ScenarioFixtures.handCheckable.setting("api_volume_growth", to: 0))
        #expect(projection.crossoverYear == nil)
        #expect(projection.paybackYear == nil)
    }
}

@Suite("Distributions")
struct DistributionTests {
    @Test("sample mean and variance match the analytic values", arguments: [
        Distribution.normal(mean: 3, sd: 2), .lognormal(median: 60, sigma: 0.25), .triangular(min: -0.05, mode: 0.15, max: 0.40),
        .uniform(min: 0.55, max: 0.90), .pert(min: 3, mode: 5, max: 10), .fixed(7),
    ])
    func moments(distribution: Distribution) {
        var generator = Xoshiro256StarStar(seed: 11, stream: 0)
        let n = 200_000
        var sum = 0.0
        var squares = 0.0
        for _ in 0..<n {
            let x = distribution.sample(&generator)
            sum += x
            squares += x * x
        }
        let mean = sum / Double(n)
        let variance = squares / Double(n) - mean * mean
        let standardError = (distribution.variance / Double(n)).squareRoot()
        #expect(abs(mean - distribution.mean) <= 5 * standardError + 1e-12, "mean \(mean) vs \(distribution.mean)")
        // The variance of the sample variance is at most a few times variance^2 / n for these families.
        #expect(abs(variance - distribution.variance) <= 0.02 * distribution.variance + 1e-12, "variance \(variance) vs \(distribution.variance)")
    }

    @Test("quantiles invert the distribution", arguments: [0.05, 0.25, 0.5, 0.75, 0.95])
    func quantiles(p: Double) {
        // Normal 5% quantile: -1.6448536...; triangular and PERT by their CDFs.
        #expect(abs(Distribution.normal(mean: 0, sd: 1).quantile(0.05) + 1.6448536269514722) < 1e-9)
        var generator = Xoshiro256StarStar(seed: 3, stream: 1)
        for distribution in [Distribution.triangular(min: 3, mode: 5, max: 7), .pert(min: 0, mode: 1, max: 4), .lognormal(median: 2, sigma: 0.5)] {
            let q = distribution.quantile(p)
            let below = (0..<40_000).filter { _ in distribution.sample(&generator) <= q }.count
            #expect(abs(Double(below) / 40_000 - p) < 0.012, "\(distribution) p=\(p)")
        }
    }

    @Test("invalid parameters are reported", arguments: [
        (Distribution.triangular(min: 5, mode: 3, max: 7), "min (5) is greater than mode (3)"),
        (.uniform(min: 2, max: 1), "min (2) must be less than max (1)"),
        (.normal(mean: 0, sd: -1), "sd must not be negative"),
        (.lognormal(median: 0, sigma: 1), "median must be positive"),
    ])
    func invalid(distribution: Distribution, message: String) {
        #expect(distribution.problem == message)
    }

    @Test("the ziggurat gives standard normals: mean 0, variance 1, tails at the right rate")
    func ziggurat() {
        var generator = Xoshiro256StarStar(seed: 42, stream: 7)
        let n = 400_000
        var sum = 0.0, squares = 0.0, beyond = 0
        for _ in 0..<n {
            let z = generator.nextStandardNormal()
            sum += z
            squares += z * z
            if abs(z) > 3.6541528853610088 { beyond += 1 }
        }
        #expect(abs(sum / Double(n)) < 0.01)
        #expect(abs(squares / Double(n) - 1) < 0.01)
        // P(|Z| > r) = 2.58e-4 for r = 3.654: about 103 of 400,000.
        #expect((60...150).contains(beyond))
    }
}
