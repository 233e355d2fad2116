import CapexModel

/// `capexgap analogs`: the cycles on one metric, aligned on years since each began.
public enum AnalogsTable {
    public static func make(_ comparison: AnalogComparison) -> Table {
        var table = Table(title: "The AI build-out and past infrastructure cycles: \(comparison.metric.label)", columns: [
            .text("cycle", "Cycle", machineOnly: true),
            .text("cycle_label", "Cycle"),
            .text("metric", "Metric"),
            .text("period", "Years"),
            .text("year_of_cycle", "Year of cycle"),
            .figure("value", "Value", style: .decimal(2)),
            .number("low", "Low", style: .auto, machineOnly: true),
            .number("high", "High", style: .auto, machineOnly: true),
            .text("range", "Range"),
            .text("unit", "Unit"),
            .text("tier", "Tier"),
            .citation("source", "Source", linkKey: "source_url"),
            .text("source_url", "Source URL", machineOnly: true),
            .text("note", "Note", machineOnly: true),
        ])
        for point in comparison.points {
            let offsets = point.yearsSinceStart.map { $0.first == $0.last ? String($0.first) : "\($0.first) to \($0.last)" }
            let range = point.low.flatMap { low in point.high.map { high in
                (low == high ? NumberText.compact(low) : "\(NumberText.compact(low))-\(NumberText.compact(high))") + (point.contested ? " (contested)" : "")
            } }
            table.append([
                .text(point.cycle.id), .text(point.cycle.label), .text(point.metric), .text(point.periodText),
                .text(point.cycle.id.hasSuffix("_benchmark") ? "" : offsets ?? ""),
                point.value.map { .figure(Figure($0, point.evidence)) } ?? .text(nil),
                .number(point.low), .number(point.high), .text(range), .text(point.unit), .text(point.tier?.rawValue ?? "computed"),
                .text(point.source), .text(point.sourceURL), .text(point.note),
            ])
        }
        table.notes = comparison.summary + [
            "Year of cycle counts from: " + comparison.cycles.map { "\($0.label) \($0.startYear)" }.joined(separator: ", ")
                + " (CapexGap's alignment, a scenario choice; `--format json` gives each reason).",
            "Tier U (contested) figures are shown only as ranges, never as values. Tiers: P primary, S1 good secondary, S2 weak secondary, U unverified.",
        ]
        return table
    }
}
