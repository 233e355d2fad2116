/// Total cost of ownership of a data centre (Epoch AI style): the yearly cost of owning it.
///
/// - IT capex = capex x IT share; facility capex = capex x (1 - IT share)
/// - annual cost = IT capex x CRF(r, IT life) + facility capex x CRF(r, facility life) + opex
///   where CRF(r, n) = r / (1 - (1 + r)^-n) is the capital recovery factor at cost of capital r
/// - cost per MW-year = annual cost / IT power
///
/// The preset `epoch-1gw` reproduces Epoch's $8.5B a year for a 1 GW (IT nameplate) GB200
/// NVL72 site costing $38B, with $0.9B of opex, 5-year IT and 14-year facility lives, and
/// $12B at a 3-year and $7B at a 7-year IT life. Epoch does not publish its IT/facility
/// split or its rate; the preset's are calibrated to all three figures (see
/// ``TCOCalibration``).
public enum TCOModel: GapModel {
    public static let id = "tco"
    public static let title = "Total cost of ownership: the yearly cost of a data centre"
    public static let formula = "annual cost = IT capex x CRF(r, IT life) + facility capex x CRF(r, facility life) + opex; CRF(r, n) = r / (1 - (1 + r)^-n)"
    public static let capexParameter = "capex_usd_b"
    public static let requiredMeaning = "yearly cost of owning the build over its lives (break-even, no margin)"

    public static let specs: [ParameterSpec] = [
        ParameterSpec("capex_usd_b", "up-front capex", unit: "USD_b", range: .positive),
        ParameterSpec("it_share_of_capex", "IT equipment's share of capex (servers, networking)", unit: "ratio", range: .fraction),
        ParameterSpec("it_life_years", "useful life of IT equipment", unit: "years", range: .years),
        ParameterSpec("facility_life_years", "useful life of the facility", unit: "years", range: .years),
        ParameterSpec("cost_of_capital", "cost of capital", unit: "ratio_per_year", range: .between(0, 1)),
        ParameterSpec("opex_usd_b_per_year", "operating cost (energy and other)", unit: "USD_b_per_year", range: .nonNegative),
        ParameterSpec("it_power_gw", "IT power (nameplate)", unit: "GW", range: .positive),
    ]

    /// The annual cost in USD billions for `p`, with the IT life replaced by `itLife` if given.
    public static func annualCost(_ p: Parameters, itLife: Double? = nil) -> Double {
        annualCost(capex: p["capex_usd_b"], itShare: p["it_share_of_capex"], rate: p["cost_of_capital"],
                   itLife: itLife ?? p["it_life_years"], facilityLife: p["facility_life_years"], opex: p["opex_usd_b_per_year"])
    }

    /// IT capex x CRF(rate, IT life) + facility capex x CRF(rate, facility life) + opex.
    public static func annualCost(capex: Double, itShare: Double, rate: Double, itLife: Double, facilityLife: Double, opex: Double) -> Double {
        capex * itShare * capitalRecoveryFactor(rate: rate, years: itLife)
            + capex * (1 - itShare) * capitalRecoveryFactor(rate: rate, years: facilityLife)
            + opex
    }

    public static func evaluate(_ p: Parameters) -> GapModelResult {
        let itInputs = ["capex_usd_b", "it_share_of_capex"]
        let all = specs.map(\.name)
        let rate = p["cost_of_capital"]
        let itCapex = p["capex_usd_b"] * p["it_share_of_capex"]
        let facilityCapex = p["capex_usd_b"] - itCapex
        let total = annualCost(p)
        return GapModelResult(model: id, outputs: [
            ModelOutput("it_capex_usd_b", "IT capex", unit: "USD_b", p.derived(itCapex, from: itInputs)),
            ModelOutput("facility_capex_usd_b", "facility capex", unit: "USD_b", p.derived(facilityCapex, from: itInputs)),
            ModelOutput("it_capital_recovery_usd_b", "IT capital recovery per year",
                        unit: "USD_b_per_year", p.derived(itCapex * capitalRecoveryFactor(rate: rate, years: p["it_life_years"]),
                                                          from: itInputs + ["cost_of_capital", "it_life_years"])),
            ModelOutput("facility_capital_recovery_usd_b", "facility capital recovery per year",
                        unit: "USD_b_per_year", p.derived(facilityCapex * capitalRecoveryFactor(rate: rate, years: p["facility_life_years"]),
                                                          from: itInputs + ["cost_of_capital", "facility_life_years"])),
            ModelOutput("opex_usd_b", "operating cost per year", unit: "USD_b_per_year", p.figure("opex_usd_b_per_year")),
            ModelOutput("annual_cost_usd_b", "annual cost of ownership (revenue needed to break even)", unit: "USD_b_per_year", p.derived(total, from: all)),
            ModelOutput("annual_cost_per_mw_usd_m", "annual cost per MW of IT power", unit: "USD_m_per_MW_year",
                        p.derived(total / p["it_power_gw"], from: all)),
            ModelOutput("annual_cost_at_3y_it_life_usd_b", "annual cost with a 3-year IT life, all else equal", unit: "USD_b_per_year",
                        p.derived(annualCost(p, itLife: 3), from: all.filter { $0 != "it_life_years" })),
            ModelOutput("annual_cost_at_7y_it_life_usd_b", "annual cost with a 7-year IT life, all else equal", unit: "USD_b_per_year",
                        p.derived(annualCost(p, itLife: 7), from: all.filter { $0 != "it_life_years" })),
        ], requiredRevenuePerYear: p.derived(total, from: all))
    }

    /// With actual capex, opex and IT power scale with it (a bigger build of the same kind).
    public static func usingCapex(_ capex: Figure, in parameters: Parameters) throws -> (Parameters, String) {
        guard let value = capex.value else { throw ParameterError.missing(name: capexParameter) }
        let scale = value / parameters["capex_usd_b"]
        var adjusted = parameters
        try adjusted.set("capex_usd_b", to: value, evidence: capex.evidence, source: "peer-set actual capex")
        let evidence = EvidenceStatus.derived(from: [capex.evidence, parameters.evidence(of: ["opex_usd_b_per_year", "it_power_gw"])])
        try adjusted.set("opex_usd_b_per_year", to: parameters["opex_usd_b_per_year"] * scale, evidence: evidence, source: "scaled with capex")
        try adjusted.set("it_power_gw", to: parameters["it_power_gw"] * scale, evidence: evidence, source: "scaled with capex")
        return (adjusted, "capex = the peer set's actual capex; opex and IT power scaled with it")
    }
}

/// Finds the IT share of capex and the cost of capital that make ``TCOModel`` reproduce
/// published annual costs at several IT lives (Epoch: $8.5B at 5 years, $12B at 3, $7B at 7).
///
/// A grid search over the share (0.300-0.999 in steps of 0.0005) and the rate (0-30% in steps
/// of 0.05 points) minimising the sum of relative errors.
public enum TCOCalibration {
    public struct Target: Sendable, Hashable {
        public var itLifeYears: Double
        public var annualCostUSDBillions: Double

        public init(itLifeYears: Double, annualCostUSDBillions: Double) {
            self.itLifeYears = itLifeYears
            self.annualCostUSDBillions = annualCostUSDBillions
        }
    }

    /// The (IT share, cost of capital) that best reproduces `targets`, other parameters as in `base`.
    public static func calibrate(_ base: Parameters, to targets: [Target]) -> (itShare: Double, costOfCapital: Double) {
        var best = (error: Double.infinity, share: 0.0, rate: 0.0)
        for rateStep in 0...600 {
            let rate = Double(rateStep) * 0.0005
            for shareStep in 0...1398 {
                let share = 0.3 + Double(shareStep) * 0.0005
                var error = 0.0
                for target in targets {
                    let cost = TCOModel.annualCost(capex: base["capex_usd_b"], itShare: share, rate: rate, itLife: target.itLifeYears,
                                                   facilityLife: base["facility_life_years"], opex: base["opex_usd_b_per_year"])
                    error += abs(cost - target.annualCostUSDBillions) / target.annualCostUSDBillions
                }
                if error < best.error { best = (error, share, rate) }
            }
        }
        return (best.share, best.rate)
    }
}
