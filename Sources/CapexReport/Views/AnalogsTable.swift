import CapexModel
import CapexService

/// `capexgap analogs`: the cycles on one metric, aligned on years since each began.
public enum AnalogsTable {
    public static func make(_ result: AnalogsResult) -> Table {
        let comparison = result.comparison
        return Table(result, title: "The AI build-out and past infrastructure cycles: \(comparison.metric.label)", notes: comparison.summary + [
            "Year of cycle counts from: " + comparison.cycles.map { "\($0.label) \($0.startYear)" }.joined(separator: ", ")
                + " (CapexGap's alignment, a scenario choice; `--format json` gives each reason).",
            "Tier U (contested) figures are shown only as ranges, never as values. Tiers: P primary, S1 good secondary, S2 weak secondary, U unverified.",
        ])
    }
}
