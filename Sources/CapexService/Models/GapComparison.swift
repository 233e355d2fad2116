import CapexData
import CapexModel
import Foundation

/// `gap compare`: the four gap models on the same actual capex.
public struct GapComparisonRequest: Sendable, Hashable {
    /// Whose capex: the peer set (default) or a company.
    public var fromData: CapexSource
    /// The fiscal year of the capex (the latest complete year when `nil`).
    public var year: Int?
    /// AI revenue to measure the gap against, USD billions a year (Sequoia's estimate when `nil`).
    public var aiRevenueUSDBillions: Double?

    public init(fromData: CapexSource = Defaults.capexSource, year: Int? = nil, aiRevenueUSDBillions: Double? = nil) {
        self.fromData = fromData
        self.year = year
        self.aiRevenueUSDBillions = aiRevenueUSDBillions
    }
}

/// The four gap models on the same actual capex, each from its first preset, with the AI
/// revenue observed that year.
public struct GapComparison: TabularResult {
    public struct Row: Sendable {
        public var model: any GapModel.Type
        public var preset: String
        /// What the actual capex replaced in this model.
        public var capexNote: String
        /// The capex measured (USD billions) and the AI revenue it is compared with.
        public var capex: Figure
        public var aiRevenue: Figure
        public var required: Figure
        public var gap: Figure
    }

    public var capex: ActualCapex
    public var aiRevenue: ParameterValue
    public var rows: [Row]
    /// Revenue a year the same capex needs on one definition for every model (see ``CommonDefinition``).
    public var common: CommonDefinition?
    /// AI revenue and run-rate observations dated in the capex's fiscal year (vendors excluded).
    public var observations: [Observation]

    /// The AI vendors whose revenue is spending on the build-out, not revenue from AI use.
    static let vendors: Set<String> = ["NVIDIA"]

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("model", "Model") { $0.model.id },
        .text("preset", "Preset") { $0.preset },
        .figure("capex_usd_b", "Capex $B", .decimal(1)) { $0.capex },
        .figure("required_revenue_usd_b", "Own definition $B/yr", .decimal(1)) { $0.required },
        .figure("ai_revenue_usd_b", "AI revenue $B/yr", .decimal(1)) { $0.aiRevenue },
        .figure("gap_usd_b", "Gap $B/yr", .decimal(1)) { $0.gap },
        .text("measures", "What the required revenue is", wrapWidth: 44) { $0.model.requiredMeaning },
        .text("capex_input", "How capex enters", machineOnly: true) { $0.capexNote },
    ]
}

extension CapexService {
    /// Every gap model's first preset on the same actual capex.
    public func gapCompare(_ request: GapComparisonRequest = GapComparisonRequest()) throws -> GapComparison {
        try YearCheck.check(request.year, field: "year")
        if let value = request.aiRevenueUSDBillions, !(value >= 0 && value.isFinite && value <= 1e6) {
            throw RequestError.outOfRange(field: "ai_revenue", value: NumberText.compact(value), valid: "0 to 1,000,000 (USD billions a year)")
        }
        let capex = try actualCapex(request.fromData, year: request.year)
        let sequoia = try database.presets(model: SequoiaModel.id).first
        let aiRevenue: ParameterValue
        if let value = request.aiRevenueUSDBillions {
            aiRevenue = ParameterValue(value, evidence: .scenario, source: "set by the user")
        } else if let preset = sequoia, let value = preset.values["ai_revenue_usd_b"] {
            aiRevenue = ParameterValue(value.value, evidence: value.evidence, source: "\(preset.name): \(value.source ?? "Sequoia")")
        } else {
            aiRevenue = ParameterValue(0, evidence: .unresolved)
        }
        var rows: [GapComparison.Row] = []
        for model in GapModels.all {
            guard let preset = try database.presets(model: model.id).first else { continue }
            let parameters = try Parameters(specs: model.specs, values: preset.values)
            let (adjusted, note) = try model.usingCapex(capex.usdBillions, in: parameters)
            let required = model.evaluate(adjusted).requiredRevenuePerYear
            rows.append(GapComparison.Row(model: model, preset: preset.name, capexNote: note, capex: capex.usdBillions,
                                          aiRevenue: aiRevenue.figure, required: required,
                                          gap: .derived(required, aiRevenue.figure) { $0[0] - $0[1] }))
        }
        let fiscalYear = String(capex.fiscalYear)
        let observations = try database.observations(dataset: "ai_revenue").filter {
            ["revenue", "run_rate"].contains($0.measure) && !GapComparison.vendors.contains($0.subject) && $0.period.hasPrefix(fiscalYear)
        }
        var comparison = GapComparison(capex: capex, aiRevenue: aiRevenue, rows: rows, observations: observations)
        if let base = try? scenario(ScenarioRequest()) { comparison.common = CommonDefinition(scenario: base, capex: capex.usdBillions) }
        return comparison
    }
}

/// The revenue a year a capex needs on one definition for every model: the yearly cost of
/// owning it (capital recovered over each asset's life at the cost of capital, plus opex), at
/// one gross margin, all at the base scenario's medians.
///
/// required = capex x [s x CRF(r, L_it) + (1 - s) x CRF(r, L_facility) + s x opex rate] / margin,
/// CRF(r, L) = r / (1 - (1 + r)^-L) (1 / L when r = 0); s = IT share of capex.
public struct CommonDefinition: Sendable {
    public var required: Figure
    public var itShare: Double, itLife: Double, facilityLife: Double, costOfCapital: Double, opexRate: Double, margin: Double

    init?(scenario: Scenario, capex: Figure) {
        func median(_ name: String) -> Double? { scenario.parameters[name]?.distribution.median }
        guard let s = median("it_share_of_capex"), let itLife = median("it_life_years"), let facilityLife = median("facility_life_years"),
              let r = median("cost_of_capital"), let opex = median("opex_rate"), let margin = median("gross_margin"), margin > 0 else { return nil }
        (itShare, self.itLife, self.facilityLife, costOfCapital, opexRate, self.margin) = (s, itLife.rounded(), facilityLife.rounded(), r, opex, margin)
        let factor = (s * Self.capitalRecovery(r, self.itLife) + (1 - s) * Self.capitalRecovery(r, self.facilityLife) + s * opex) / margin
        required = .derived(capex, Figure(factor, .scenario)) { $0[0] * $0[1] }
    }

    /// The share of a capital sum that recovers it with interest at `rate` over `years`.
    public static func capitalRecovery(_ rate: Double, _ years: Double) -> Double {
        rate == 0 ? 1 / years : rate / (1 - pow(1 + rate, -years))
    }
}
