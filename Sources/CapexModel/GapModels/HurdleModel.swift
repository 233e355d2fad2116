/// Return hurdle (J.P. Morgan style): the revenue that earns a target return on the capital
/// invested, and what that means per paying user.
///
/// - required revenue = target return x cumulative capex / operating margin
///   (profit = margin x revenue must equal return x capital, every year, in perpetuity)
/// - per payer per month = required revenue / payers / 12
///
/// The preset `jpmorgan-2025` reproduces J.P. Morgan's ~$650B a year for a 10% return and
/// $34.72 a month from each iPhone user. J.P. Morgan does not publish its capex base or
/// margin: the preset takes its ">$5T" of AI infrastructure spend and calibrates the margin
/// to $650B (76.9%); $34.72 implies 1,560 million iPhone users, and its ~$180 per Netflix
/// subscriber implies 301 million subscribers.
public enum HurdleModel: GapModel {
    public static let id = "hurdle"
    public static let title = "Return hurdle: revenue for a target return on the capital invested"
    public static let formula = "required = target return x cumulative capex / operating margin; per payer per month = required / payers / 12"
    public static let capexParameter = "cumulative_capex_usd_b"
    public static let requiredMeaning = "revenue that earns the target return on the capital, in perpetuity; it charges no depreciation (J.P. Morgan's method), so it can land below a break-even cost of ownership"

    public static let specs: [ParameterSpec] = [
        ParameterSpec("cumulative_capex_usd_b", "capital invested", unit: "USD_b", range: .positive),
        ParameterSpec("target_return", "target return on capital per year", unit: "ratio_per_year", range: .between(0, 1)),
        ParameterSpec("operating_margin", "operating margin on the revenue", unit: "ratio", range: .shareFraction),
        ParameterSpec("payers_m", "payers (e.g. iPhone users)", unit: "million", range: .positive),
        ParameterSpec("premium_payers_m", "premium payers (e.g. Netflix subscribers)", unit: "million", range: .positive),
    ]

    public static func evaluate(_ p: Parameters) -> GapModelResult {
        let profitInputs = ["target_return", "cumulative_capex_usd_b"]
        let revenueInputs = profitInputs + ["operating_margin"]
        let required = p["target_return"] * p["cumulative_capex_usd_b"] / p["operating_margin"]
        let perPayer = required * 1_000 / p["payers_m"] / 12
        let perPremiumPayer = required * 1_000 / p["premium_payers_m"] / 12
        return GapModelResult(model: id, outputs: [
            ModelOutput("required_profit_usd_b", "profit needed per year", unit: "USD_b_per_year",
                        p.derived(p["target_return"] * p["cumulative_capex_usd_b"], from: profitInputs)),
            ModelOutput("required_revenue_usd_b", "revenue needed per year, in perpetuity", unit: "USD_b_per_year", p.derived(required, from: revenueInputs)),
            ModelOutput("per_payer_usd_per_month", "per payer per month", unit: "USD_per_month", p.derived(perPayer, from: revenueInputs + ["payers_m"])),
            ModelOutput("per_premium_payer_usd_per_month", "per premium payer per month", unit: "USD_per_month", p.derived(perPremiumPayer, from: revenueInputs + ["premium_payers_m"])),
        ], requiredRevenuePerYear: p.derived(required, from: revenueInputs))
    }
}
