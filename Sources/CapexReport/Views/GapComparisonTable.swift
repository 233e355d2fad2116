import CapexModel
import CapexService
import Foundation

/// `capexgap gap compare`: required revenue by model on the same actual capex.
public enum GapComparisonTable {
    public static func make(_ comparison: GapComparison) -> Table {
        var notes: [String] = []
        let required = comparison.rows.compactMap(\.required.value)
        if let low = required.min(), let high = required.max(), low > 0 {
            notes.append("The same capex needs \(NumberText.billions(fromMillions: low * 1_000)) to "
                + "\(NumberText.billions(fromMillions: high * 1_000)) of revenue a year depending on the method (\(NumberText.fixed(high / low, digits: 1))x).")
        }
        notes.append("AI revenue: \(NumberText.compact(comparison.aiRevenue.value))B a year (\(comparison.aiRevenue.source ?? "scenario")); --ai-revenue sets another.")
        if comparison.observations.isEmpty {
            notes.append("No AI revenue observations dated FY\(comparison.capex.fiscalYear) in the data.")
        } else {
            notes.append("AI revenue observed in \(comparison.capex.fiscalYear) (not comparable across companies without their definitions):")
            notes += comparison.observations.map { observation in
                let contested = observation.tier.isContested ? " [contested]" : ""
                return "  \(observation.subject) \(observation.measure.replacingOccurrences(of: "_", with: "-")) "
                    + "\(observation.valueText) \(observation.unit) (\(observation.period), tier \(observation.tier.rawValue))\(contested): "
                    + observation.source.title
            }
        }
        return Table(comparison, title: "Revenue needed for \(comparison.capex.description) of capex, by model", notes: notes)
    }
}
