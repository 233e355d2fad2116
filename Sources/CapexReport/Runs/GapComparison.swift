import CapexData
import CapexModel

/// The four gap models on the same actual capex, each from its first preset, with the AI
/// revenue observed that year.
public struct GapComparison: Sendable {
    public struct Row: Sendable {
        public var model: any GapModel.Type
        public var preset: String
        /// What the actual capex replaced in this model.
        public var capexNote: String
        public var required: Figure
        public var gap: Figure
    }

    public var capex: ActualCapex
    public var aiRevenue: ParameterValue
    public var rows: [Row]
    /// AI revenue and run-rate observations dated in the capex's fiscal year (vendors excluded).
    public var observations: [Observation]

    /// The AI vendors whose revenue is spending on the build-out, not revenue from AI use.
    static let vendors: Set<String> = ["NVIDIA"]

    public init(fromData source: String = "hyperscalers", year: Int?, aiRevenueUSDBillions: Double?, database: CapexDatabase) throws {
        capex = try ActualCapex(source: source, year: year, database: database)
        let sequoia = try database.presets(model: SequoiaModel.id).first
        if let value = aiRevenueUSDBillions {
            aiRevenue = ParameterValue(value, evidence: .scenario, source: "set by the user")
        } else if let preset = sequoia, let value = preset.values["ai_revenue_usd_b"] {
            aiRevenue = ParameterValue(value.value, evidence: value.evidence,
                                       source: "\(preset.name): \(value.source ?? "Sequoia")")
        } else {
            aiRevenue = ParameterValue(0, evidence: .unresolved)
        }
        var rows: [Row] = []
        for model in GapModels.all {
            guard let preset = try database.presets(model: model.id).first else { continue }
            let parameters = try Parameters(specs: model.specs, values: preset.values)
            let (adjusted, note) = try model.usingCapex(capex.usdBillions, in: parameters)
            let required = model.evaluate(adjusted).requiredRevenuePerYear
            rows.append(Row(model: model, preset: preset.name, capexNote: note, required: required,
                            gap: .derived(required, aiRevenue.figure) { $0[0] - $0[1] }))
        }
        self.rows = rows
        let fiscalYear = String(capex.fiscalYear)
        observations = try database.observations(dataset: "ai_revenue").filter {
            ["revenue", "run_rate"].contains($0.measure) && !Self.vendors.contains($0.subject) && $0.period.hasPrefix(fiscalYear)
        }
    }
}
