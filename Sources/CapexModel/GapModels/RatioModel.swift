/// Sustainable capex-to-revenue ratio (Bain style): the revenue at which this much capex would
/// be a normal share of it, and the shortfall against the funding in sight.
///
/// - required revenue = annual capex / sustainable capex-to-revenue ratio
/// - shortfall = required revenue - named funding sources
///
/// The preset `bain-2025` reproduces Bain's ~$2T of revenue needed in 2030 for ~$500B of
/// annual capex, and its ~$800B shortfall. Bain publishes neither its ratio nor its funding
/// sum: both are implied (500 / 2,000 = 0.25; 2,000 - 800 = 1,200: on-premise IT budgets
/// shifted to the cloud plus AI savings reinvested).
public enum RatioModel: GapModel {
    public static let id = "ratio"
    public static let title = "Sustainable capex-to-revenue ratio: revenue at which capex is a normal share"
    public static let formula = "required = annual capex / sustainable capex-to-revenue ratio; shortfall = required - funding"
    public static let capexParameter = "annual_capex_usd_b"
    public static let requiredMeaning = "revenue at which the capex is a sustainable share of it"

    public static let specs: [ParameterSpec] = [
        ParameterSpec("annual_capex_usd_b", "annual capex", unit: "USD_b_per_year", range: .positive),
        ParameterSpec("capex_to_revenue", "sustainable capex / revenue", unit: "ratio", range: .shareFraction),
        ParameterSpec("funding_usd_b", "revenue from named funding sources", unit: "USD_b_per_year", range: .nonNegative),
    ]

    public static func evaluate(_ p: Parameters) -> GapModelResult {
        let requiredInputs = ["annual_capex_usd_b", "capex_to_revenue"]
        let required = p["annual_capex_usd_b"] / p["capex_to_revenue"]
        let shortfall = required - p["funding_usd_b"]
        return GapModelResult(model: id, outputs: [
            ModelOutput("required_revenue_usd_b", "revenue needed per year", unit: "USD_b_per_year", p.derived(required, from: requiredInputs)),
            ModelOutput("funding_usd_b", "named funding sources", unit: "USD_b_per_year", p.figure("funding_usd_b")),
            ModelOutput("shortfall_usd_b", "shortfall: required - funding", unit: "USD_b_per_year", p.derived(shortfall, from: requiredInputs + ["funding_usd_b"])),
        ], requiredRevenuePerYear: p.derived(required, from: requiredInputs),
           gap: p.derived(shortfall, from: requiredInputs + ["funding_usd_b"]))
    }
}

/// The four gap models, for listing and lookup by name.
public enum GapModels {
    public static let all: [any GapModel.Type] = [SequoiaModel.self, TCOModel.self, HurdleModel.self, RatioModel.self]

    public static func model(named name: String) -> (any GapModel.Type)? {
        all.first { $0.id == name }
    }
}
