import CapexModel
import CapexTestSupport
import Testing

/// The build-out's economics: capacity that retires and is replaced, capital that costs,
/// revenue bounded by the capacity in service. Properties over random parameter draws.
@Suite("Build-out economics")
struct BuildoutEconomicsTests {
    /// A build-out shaped like the shipped base case, every parameter fixed.
    static func baseLike(_ overrides: [String: Double] = [:]) -> Scenario {
        var values: [String: Double] = [
            "capex_next_usd_b": 690, "capex_growth": 0.1, "capex_growth_decay": 0.8, "capex_growth_sigma": 0,
            "ai_share_of_capex": 0.65, "ai_start_year": 2023, "it_share_of_capex": 0.667, "it_life_years": 5,
            "facility_life_years": 14, "facility_lead_years": 1, "opex_rate": 0.035,
            "consumer_subscribers_m": 55, "consumer_price_usd_per_month": 20, "subscriber_growth": 0.25,
            "enterprise_seats_m": 15, "seat_price_usd_per_month": 30, "seat_growth": 0.5,
            "api_revenue_usd_b": 35, "api_volume_growth": 1.5, "token_price_decline": 0.45, "value_growth": 0.03,
            "growth_decay": 0.85, "revenue_growth_sigma": 0, "gross_margin": 0.6,
            "cost_of_capital": 0.0675, "utilisation": 0.75, "revenue_per_it_usd": 0.45, "compute_efficiency_gain": 0.3,
            "internal_ai_revenue_usd_b": 10, "internal_growth": 0.2,
        ]
        values.merge(overrides) { _, new in new }
        return Scenario(name: "base-like", model: .buildout, description: "",
                        parameters: Dictionary(uniqueKeysWithValues: values.map { ScenarioFixtures.parameter($0.key, .fixed($0.value)) }),
                        baseYear: 2025, horizon: 2040, capexHistory: [2023: 150, 2024: 230, 2025: 411])
    }

    /// Random draws of the parameters an economist would argue about, around the base case.
    static func draws(_ count: Int, seed: UInt64) -> [[String: Double]] {
        var generator = SeededGenerator(seed: seed)
        func uniform(_ low: Double, _ high: Double) -> Double { Double.random(in: low...high, using: &generator) }
        return (0..<count).map { _ in
            [
                "capex_next_usd_b": uniform(500, 900), "capex_growth": uniform(-0.05, 0.3), "ai_share_of_capex": uniform(0.4, 0.9),
                "api_revenue_usd_b": uniform(20, 60), "api_volume_growth": uniform(0.5, 2.5), "token_price_decline": uniform(0.2, 0.6),
                "value_growth": uniform(-0.02, 0.1), "gross_margin": uniform(0.4, 0.8), "utilisation": uniform(0.3, 0.95),
                "revenue_per_it_usd": uniform(0.2, 0.8), "compute_efficiency_gain": uniform(0, 0.5), "opex_rate": uniform(0.02, 0.06),
            ]
        }
    }

    /// A year, or the year after the horizon for "not by the horizon" (so later = larger).
    static func year(_ value: Int?, _ projection: Projection) -> Int { value ?? projection.horizon + 1 }

    @Test("revenue never exceeds the capacity in service x revenue per IT dollar x utilisation, and is the demand below it")
    func capacityBound() {
        for overrides in Self.draws(40, seed: 11) {
            let projection = Projector.project(Self.baseLike(overrides))
            for year in projection.years {
                #expect(year.revenue <= year.capacityRevenue * (1 + 1e-12))
                #expect(abs(year.revenue - min(year.demand, year.capacityRevenue)) <= 1e-9 * max(1, year.demand))
                // The streams add up to the revenue, scaled alike when the bound binds.
                let streams = year.consumerRevenue + year.enterpriseRevenue + year.apiRevenue + year.internalRevenue
                #expect(abs(streams - year.revenue) <= 1e-9 * max(1, year.revenue))
            }
        }
        // A tight bound binds: demand above capacity is cut to it.
        let tight = Projector.project(Self.baseLike(["revenue_per_it_usd": 0.05]))
        #expect(tight.years.contains { $0.demand > $0.capacityRevenue && $0.revenue == $0.capacityRevenue })
    }

    @Test("a shorter IT life means more capex and a crossover and payback no earlier, over random draws")
    func usefulLifeBites() {
        for overrides in Self.draws(60, seed: 21) {
            let projections = [3.0, 4, 5, 6, 7].map { Projector.project(Self.baseLike(overrides.merging(["it_life_years": $0]) { _, new in new })) }
            for (shorter, longer) in zip(projections, projections.dropFirst()) {
                #expect(Self.year(shorter.crossoverYear, shorter) >= Self.year(longer.crossoverYear, longer), "\(overrides)")
                #expect(Self.year(shorter.paybackYear, shorter) >= Self.year(longer.paybackYear, longer), "\(overrides)")
                #expect((shorter.years.last?.cumulativeCapex ?? 0) >= (longer.years.last?.cumulativeCapex ?? 0) - 1e-6)
                #expect((shorter.years.last?.cash ?? 0) <= (longer.years.last?.cash ?? 0) + 1e-6)
            }
        }
    }

    @Test("a higher cost of capital can only delay crossover and payback, over random draws")
    func costOfCapitalBites() {
        for overrides in Self.draws(60, seed: 31) {
            let projections = [0.0, 0.03, 0.0675, 0.1, 0.15].map { Projector.project(Self.baseLike(overrides.merging(["cost_of_capital": $0]) { _, new in new })) }
            for (cheaper, dearer) in zip(projections, projections.dropFirst()) {
                #expect(Self.year(cheaper.crossoverYear, cheaper) <= Self.year(dearer.crossoverYear, dearer), "\(overrides)")
                #expect(Self.year(cheaper.paybackYear, cheaper) <= Self.year(dearer.paybackYear, dearer), "\(overrides)")
                for (a, b) in zip(cheaper.years, dearer.years) { #expect(b.requiredRevenue >= a.requiredRevenue - 1e-9) }
            }
        }
    }

    @Test("with no cost of capital and lives past the horizon, required revenue is (depreciation + opex) / margin and cash is undiscounted")
    func todaysFormulas() {
        let projection = Projector.project(Self.baseLike(["cost_of_capital": 0, "it_life_years": 30, "facility_life_years": 60]))
        var cash = -(150.0 + 230 + 411) * 0.65
        for year in projection.years {
            #expect(abs(year.requiredRevenue - (year.depreciation + year.opex) / 0.6) < 1e-9)
            #expect(year.replacementCapex == 0)
            #expect(year.capitalCharge == 0)
            cash += 0.6 * year.revenue - year.opex - year.aiCapex
            #expect(abs(year.cash - cash) < 1e-6)
        }
        // With a cost of capital, the charge is the rate times the capital employed.
        let charged = Projector.project(Self.baseLike(["cost_of_capital": 0.1]))
        for year in charged.years {
            #expect(abs(year.requiredRevenue - (year.depreciation + year.opex + year.capitalCharge) / 0.6) < 1e-9)
            #expect(year.capitalCharge > 0)
        }
    }

    @Test("in the Monte Carlo, a 3-year IT life against a 7-year one lowers the chance of crossover and the final-year median cash")
    func monteCarloLife() {
        var scenario = Self.baseLike(["capex_growth_sigma": 0.05, "revenue_growth_sigma": 0.1])
        scenario.parameters["api_volume_growth"] = ScenarioFixtures.parameter("api_volume_growth", .triangular(min: 1, mode: 1.5, max: 2)).1
        scenario.parameters["gross_margin"] = ScenarioFixtures.parameter("gross_margin", .triangular(min: 0.45, mode: 0.6, max: 0.75)).1
        let options = MonteCarloOptions(paths: 20_000, seed: 7, threads: 2)
        let short = MonteCarloEngine.run(scenario.setting("it_life_years", to: 3), options: options)
        let long = MonteCarloEngine.run(scenario.setting("it_life_years", to: 7), options: options)
        // Mean crossover index, "never" counted as the year after the horizon: later with the short life.
        func meanCrossover(_ summary: MonteCarloSummary) -> Double {
            let never = summary.crossoverCounts[0] * (summary.years + 1)
            return Double(summary.crossoverCounts.enumerated().dropFirst().map { $0.offset * $0.element }.reduce(never, +)) / Double(summary.paths)
        }
        #expect(meanCrossover(short) > meanCrossover(long))
        #expect((short.cash.last?.p50 ?? 0) < (long.cash.last?.p50 ?? 0))
    }
}
