import CapexModel
import CapexService
import Foundation

/// `capexgap gap compare`: required revenue by model on the same actual capex.
public enum GapComparisonTable {
    public static func make(_ comparison: GapComparison) -> Table {
        var notes: [String] = []
        let required = comparison.rows.compactMap(\.required.value)
        if let low = required.min(), let high = required.max(), low > 0 {
            notes.append("On their own definitions the same capex needs \(NumberText.billions(fromMillions: low * 1_000)) to "
                + "\(NumberText.billions(fromMillions: high * 1_000)) of revenue a year (\(NumberText.fixed(high / low, digits: 1))x): they measure different things "
                + "(a year's build paid back in a year, a yearly cost of ownership, a perpetual return without depreciation, a sustainable ratio), so the spread is mostly one of definitions.")
        }
        if let common = comparison.common, let value = common.required.value {
            notes.append("On one definition for all (the yearly cost of owning the build: capital recovered over \(NumberText.compact(common.itLife))-year IT and "
                + "\(NumberText.compact(common.facilityLife))-year facility lives at \(NumberText.percent(common.costOfCapital, digits: 2)), IT \(NumberText.percent(common.itShare, digits: 1)) of capex, "
                + "opex \(NumberText.percent(common.opexRate, digits: 1)) of IT a year, at a \(NumberText.percent(common.margin, digits: 0)) gross margin: the base scenario's medians) "
                + "it needs \(NumberText.billions(fromMillions: value * 1_000)) a year (\(common.required.evidence.rawValue)).")
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
