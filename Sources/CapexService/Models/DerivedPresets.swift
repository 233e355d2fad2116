import CapexData
import CapexModel

extension CapexService {
    /// A model's presets: the bundled ones, then those built from the data (`sequoia-latest`:
    /// Sequoia's formula on the latest NVIDIA data-centre quarter in the database).
    public func presets(model: String) throws -> [Preset] {
        var presets = try database.presets(model: model)
        if model == SequoiaModel.id, let latest = try sequoiaLatest(base: presets.first) { presets.append(latest) }
        return presets
    }

    /// `sequoia-2024` with the run-rate of the latest NVIDIA Data Center quarter (x 4) and the
    /// middle of the observed range of 2026 AI revenue.
    func sequoiaLatest(base: Preset?) throws -> Preset? {
        guard var preset = base else { return nil }
        let quarters = try database.observations(dataset: "ai_revenue_curated", subject: "NVIDIA")
            .filter { $0.measure == "data_center_revenue_quarter" && $0.value != nil }
        guard let latest = quarters.max(by: { $0.period < $1.period }), let value = latest.value else { return nil }
        preset.name = "sequoia-latest"
        preset.values["nvidia_dc_runrate_usd_b"] = ParameterValue(value * 4, evidence: .derived,
                                                                  source: "NVIDIA Data Center revenue, three months to \(latest.period), x 4 (\(latest.source.title))")
        preset.notes["nvidia_dc_runrate_usd_b"] = "\(NumberText.fixed(value, digits: 1)) USD b in the quarter, tier \(latest.tier.rawValue)"
        if let total = try CalibrationFile.bundled().first(where: { $0.stream == "total" }) {
            preset.values["ai_revenue_usd_b"] = ParameterValue((total.low + total.high) / 2, evidence: .estimated,
                                                               source: "middle of the observed \(total.year) AI revenue, \(NumberText.compact(total.low))-\(NumberText.compact(total.high)) USD b (calibration.csv)")
            preset.notes["ai_revenue_usd_b"] = total.derivation
        }
        return preset
    }
}
