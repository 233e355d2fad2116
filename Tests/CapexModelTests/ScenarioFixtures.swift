import CapexModel

/// Hand-made scenarios for the projection tests.
enum ScenarioFixtures {
    static func parameter(_ name: String, _ distribution: Distribution) -> (String, ScenarioParameter) {
        let unit = BuildoutModel.specs.first { $0.name == name }?.unit ?? BenchReferenceModel.specs.first { $0.name == name }?.unit ?? ""
        return (name, ScenarioParameter(name: name, distribution: distribution, unit: unit, evidence: .scenario, source: nil))
    }

    /// A build-out small enough to project by hand: all capex is AI and IT with a 2-year life,
    /// flat capex of 100 a year, API revenue of 50 doubling every year, no noise, capital
    /// that costs nothing, no efficiency gain and no capacity bound.
    static var handCheckable: Scenario {
        let values: [String: Double] = [
            "capex_next_usd_b": 100, "capex_growth": 0, "capex_growth_decay": 1, "capex_growth_sigma": 0,
            "ai_share_of_capex": 1, "ai_start_year": 2024, "it_share_of_capex": 1, "it_life_years": 2,
            "facility_life_years": 1, "facility_lead_years": 0, "opex_rate": 0.1,
            "consumer_subscribers_m": 0, "consumer_price_usd_per_month": 20, "subscriber_growth": 0,
            "enterprise_seats_m": 0, "seat_price_usd_per_month": 30, "seat_growth": 0,
            "api_revenue_usd_b": 50, "api_volume_growth": 1, "token_price_decline": 0, "value_growth": 0,
            "growth_decay": 1, "revenue_growth_sigma": 0, "gross_margin": 0.5,
            "cost_of_capital": 0, "utilisation": 1, "revenue_per_it_usd": 1e6, "compute_efficiency_gain": 0,
            "internal_ai_revenue_usd_b": 0, "internal_growth": 0,
        ]
        return Scenario(name: "hand", model: .buildout, description: "hand-checkable",
                        parameters: Dictionary(uniqueKeysWithValues: values.map { parameter($0.key, .fixed($0.value)) }),
                        baseYear: 2025, horizon: 2029, capexHistory: [2024: 100, 2025: 100])
    }

    /// The model of ../shared/bench/mc_numpy.py with its docstring's parameters.
    static var benchReference: Scenario {
        let list: [(String, Distribution)] = [
            ("rev0", .lognormal(median: 60, sigma: 0.25)), ("mu_gr", .lognormal(median: 0.5, sigma: 0.3)),
            ("mu_gc", .triangular(min: -0.05, mode: 0.15, max: 0.40)), ("gm", .triangular(min: 0.45, mode: 0.60, max: 0.75)),
            ("life", .triangular(min: 3, mode: 5, max: 7)), ("util", .uniform(min: 0.55, max: 0.90)),
            ("capex0", .fixed(400)), ("legacy_decay", .fixed(0.7)), ("opex_rate", .fixed(0.08)), ("sigma_gc", .fixed(0.08)),
            ("sigma_gr", .fixed(0.10)), ("decay_gc", .fixed(0.80)), ("decay_gr", .fixed(0.90)),
        ]
        return Scenario(name: "bench-reference", model: .benchReference, description: "",
                        parameters: Dictionary(uniqueKeysWithValues: list.map { parameter($0.0, $0.1) }), baseYear: 0, horizon: 15)
    }
}
