import CapexModel
import CapexService

/// `capexgap sensitivity`: the tornado and the first-order variance indices, ranked.
public enum SensitivityTable {
    public static func make(_ result: SensitivityResult) -> Table {
        let scenario = result.scenario
        let horizonText = "not by \(scenario.horizon)"
        let baseGap = result.base.years.first { $0.year == result.year }?.gap
        var notes = [
            "At the medians: gap in \(result.year) \(baseGap.map { NumberText.grouped($0, digits: 0) } ?? "-"), crossover "
                + (result.base.crossoverYear.map(String.init) ?? horizonText) + ".",
            "Tornado: one parameter at its 5th and 95th percentile, the others at their medians. S1: first-order variance "
                + "index (share of the variance explained by the parameter alone) from \(result.paths) Monte Carlo paths; paths that never cross count as \(scenario.horizon + 1).",
        ]
        let ranked = result.indices.sorted { $0.gap > $1.gap }.prefix(3).map { "\($0.parameter) (\(NumberText.fixed($0.gap, digits: 2)))" }
        if !ranked.isEmpty { notes.append("Most of the gap's uncertainty comes from: " + ranked.joined(separator: ", ") + ".") }
        return Table(result, title: "Sensitivity of scenario \(scenario.name): gap in \(result.year) (USD billions) and crossover year", notes: notes,
                     missingText: ["crossover_at_low": horizonText, "crossover_at_high": horizonText])
    }
}
