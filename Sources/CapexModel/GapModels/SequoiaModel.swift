/// Sequoia's "AI's $200B / $600B question" (David Cahn, 2023 and 2024).
///
/// - accelerator spend = Nvidia data-centre run-rate / Nvidia's share of accelerator spend
/// - data-centre spend = accelerator spend / GPU share of data-centre TCO
/// - required revenue = data-centre spend / (1 - cloud-layer margin) / (1 - end-user gross margin)
/// - required per year = required revenue / years it is spread over
/// - gap = required per year - AI revenue
///
/// Reproduces: $50B run-rate -> $200B required, gap $125B (2023; lifetime revenue per year of
/// capex); $150B -> $600B, gap $500B (2024; annual). The switches address the formula's known
/// weaknesses: no margin for the cloud vendors (`cloud_margin`), Nvidia as the only
/// accelerator (`nvidia_share_of_accelerators`), and the whole requirement falling in one year
/// rather than over the hardware's life (`spread_years`).
public enum SequoiaModel: GapModel {
    public static let id = "sequoia"
    public static let title = "Sequoia: revenue implied by Nvidia's data-centre run-rate"
    public static let formula = "required = run-rate / Nvidia share / GPU share of TCO / (1 - cloud margin) / (1 - end-user margin); per year = required / spread years; gap = per year - AI revenue"
    public static let capexParameter = "nvidia_dc_runrate_usd_b"
    public static let requiredMeaning = "revenue to pay back a year's build, spread over spread_years, with end-user margins"

    public static let specs: [ParameterSpec] = [
        ParameterSpec("nvidia_dc_runrate_usd_b", "Nvidia data-centre revenue run-rate", unit: "USD_b_per_year", range: .positive),
        ParameterSpec("nvidia_share_of_accelerators", "Nvidia's share of accelerator spend", unit: "ratio", range: .shareFraction),
        ParameterSpec("gpu_share_of_tco", "GPU share of data-centre total cost of ownership", unit: "ratio", range: .shareFraction),
        ParameterSpec("cloud_margin", "cloud vendors' margin on renting compute", unit: "ratio", range: .marginFraction),
        ParameterSpec("end_user_gross_margin", "gross margin of the AI companies selling to end users", unit: "ratio", range: .marginFraction),
        ParameterSpec("spread_years", "years over which one year's build must be paid back", unit: "years", range: .years),
        ParameterSpec("ai_revenue_usd_b", "AI revenue actually earned", unit: "USD_b_per_year", range: .nonNegative),
    ]

    public static func evaluate(_ p: Parameters) -> GapModelResult {
        let acceleratorInputs = ["nvidia_dc_runrate_usd_b", "nvidia_share_of_accelerators"]
        let centreInputs = acceleratorInputs + ["gpu_share_of_tco"]
        let requiredInputs = centreInputs + ["cloud_margin", "end_user_gross_margin"]
        let perYearInputs = requiredInputs + ["spread_years"]
        let gapInputs = perYearInputs + ["ai_revenue_usd_b"]
        let accelerators = p["nvidia_dc_runrate_usd_b"] / p["nvidia_share_of_accelerators"]
        let dataCentre = accelerators / p["gpu_share_of_tco"]
        let required = dataCentre / (1 - p["cloud_margin"]) / (1 - p["end_user_gross_margin"])
        let perYear = required / p["spread_years"]
        let gap = perYear - p["ai_revenue_usd_b"]
        return GapModelResult(model: id, outputs: [
            ModelOutput("accelerator_spend_usd_b", "accelerator spend", unit: "USD_b", p.derived(accelerators, from: acceleratorInputs)),
            ModelOutput("dc_spend_usd_b", "data-centre spend (GPUs are a share of it)", unit: "USD_b", p.derived(dataCentre, from: centreInputs)),
            ModelOutput("required_revenue_usd_b", "revenue required to pay back one year's build", unit: "USD_b", p.derived(required, from: requiredInputs)),
            ModelOutput("required_revenue_per_year_usd_b", "required revenue per year", unit: "USD_b_per_year", p.derived(perYear, from: perYearInputs)),
            ModelOutput("ai_revenue_usd_b", "AI revenue", unit: "USD_b_per_year", p.figure("ai_revenue_usd_b")),
            ModelOutput("gap_usd_b", "gap: required per year - AI revenue", unit: "USD_b_per_year", p.derived(gap, from: gapInputs)),
        ], requiredRevenuePerYear: p.derived(perYear, from: perYearInputs), gap: p.derived(gap, from: gapInputs))
    }

    /// With actual capex, the chain starts at data-centre spend: the run-rate becomes the
    /// capex's accelerator part (capex x GPU share x Nvidia share).
    public static func usingCapex(_ capex: Figure, in parameters: Parameters) throws -> (Parameters, String) {
        var adjusted = parameters
        let runRate = Figure.derived(capex, parameters.figure("gpu_share_of_tco"), parameters.figure("nvidia_share_of_accelerators")) {
            $0[0] * $0[1] * $0[2]
        }
        try adjusted.set("nvidia_dc_runrate_usd_b", to: runRate.value ?? .nan, evidence: runRate.evidence,
                         source: "peer-set capex x GPU share x Nvidia share")
        return (adjusted, "data-centre spend = the peer set's actual capex (run-rate = capex x GPU share x Nvidia share)")
    }
}
