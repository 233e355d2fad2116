import CapexData
import CapexModel

/// `capexgap gap compare`: required revenue by model on the same actual capex.
public enum GapComparisonTable {
    public static func make(_ comparison: GapComparison) -> Table {
        var table = Table(title: "Revenue needed for \(comparison.capex.description) of capex, by model", columns: [
            .text("model", "Model"),
            .text("preset", "Preset"),
            .figure("capex_usd_b", "Capex $B", style: .decimal(1)),
            .figure("required_revenue_usd_b", "Required $B/yr", style: .decimal(1)),
            .figure("ai_revenue_usd_b", "AI revenue $B/yr", style: .decimal(1)),
            .figure("gap_usd_b", "Gap $B/yr", style: .decimal(1)),
            .text("measures", "What the required revenue is", wrapWidth: 44),
            .text("capex_input", "How capex enters", machineOnly: true),
        ])
        for row in comparison.rows {
            table.append([.text(row.model.id), .text(row.preset), .figure(comparison.capex.usdBillions), .figure(row.required),
                          .figure(comparison.aiRevenue.figure), .figure(row.gap), .text(row.model.requiredMeaning),
                          .text(row.capexNote)])
        }
        let required = comparison.rows.compactMap(\.required.value)
        if let low = required.min(), let high = required.max(), low > 0 {
            table.notes.append("The same capex needs \(NumberText.billions(fromMillions: low * 1_000)) to "
                + "\(NumberText.billions(fromMillions: high * 1_000)) of revenue a year depending on the method (\(NumberText.fixed(high / low, digits: 1))x).")
        }
        table.notes.append("AI revenue: \(NumberText.compact(comparison.aiRevenue.value))B a year (\(comparison.aiRevenue.source ?? "scenario")); --ai-revenue sets another.")
        if comparison.observations.isEmpty {
            table.notes.append("No AI revenue observations dated FY\(comparison.capex.fiscalYear) in the data.")
        } else {
            table.notes.append("AI revenue observed in \(comparison.capex.fiscalYear) (not comparable across companies without their definitions):")
            table.notes += comparison.observations.map { observation in
                let contested = observation.tier.isContested ? " [contested]" : ""
                return "  \(observation.subject) \(observation.measure.replacingOccurrences(of: "_", with: "-")) "
                    + "\(observation.valueText) \(observation.unit) (\(observation.period), tier \(observation.tier.rawValue))\(contested): "
                    + observation.source.title
            }
        }
        return table
    }
}
