import CapexModel

/// `capexgap sensitivity`: the tornado and the first-order variance indices, ranked.
public enum SensitivityTable {
    public static func make(scenario: Scenario, year: Int, base: Projection, bars: [TornadoBar], indices: [SensitivityIndex],
                            paths: Int) -> Table {
        var table = Table(title: "Sensitivity of scenario \(scenario.name): gap in \(year) (USD billions) and crossover year", columns: [
            .text("parameter", "Parameter"),
            .number("low", "Low (p5)", style: .auto),
            .number("high", "High (p95)", style: .auto),
            .number("gap_at_low", "Gap@low", style: .decimal(0)),
            .number("gap_at_high", "Gap@high", style: .decimal(0)),
            .number("gap_swing", "Swing", style: .decimal(0)),
            .text("crossover_at_low", "Cross@low"),
            .text("crossover_at_high", "Cross@high"),
            .number("first_order_gap", "S1 gap", style: .decimal(3)),
            .number("first_order_crossover", "S1 cross", style: .decimal(3)),
            .text("bar", "Tornado (swing)"),
        ])
        let widest = bars.map(\.gapSwing).max() ?? 1
        let horizonText = "not by \(scenario.horizon)"
        for bar in bars {
            let index = indices.first { $0.parameter == bar.parameter }
            let length = widest > 0 ? Int((bar.gapSwing / widest * 30).rounded()) : 0
            table.append([
                .text(bar.parameter), .number(bar.low), .number(bar.high), .number(bar.gapAtLow), .number(bar.gapAtHigh),
                .number(bar.gapSwing), .text(bar.crossoverAtLow.map(String.init) ?? horizonText),
                .text(bar.crossoverAtHigh.map(String.init) ?? horizonText), .number(index?.gap), .number(index?.crossover),
                .text(String(repeating: "#", count: length)),
            ])
        }
        let baseGap = base.years.first { $0.year == year }?.gap
        table.notes = [
            "At the medians: gap in \(year) \(baseGap.map { NumberText.grouped($0, digits: 0) } ?? "-"), crossover "
                + (base.crossoverYear.map(String.init) ?? horizonText) + ".",
            "Tornado: one parameter at its 5th and 95th percentile, the others at their medians. S1: first-order variance "
                + "index (share of the variance explained by the parameter alone) from \(paths) Monte Carlo paths; paths that never cross count as \(scenario.horizon + 1).",
        ]
        let ranked = indices.sorted { $0.gap > $1.gap }.prefix(3).map { "\($0.parameter) (\(NumberText.fixed($0.gap, digits: 2)))" }
        if !ranked.isEmpty { table.notes.append("Most of the gap's uncertainty comes from: " + ranked.joined(separator: ", ") + ".") }
        return table
    }
}
