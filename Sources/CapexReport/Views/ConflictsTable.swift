import CapexData
import CapexModel

/// `capexgap conflicts`: figures that different sources give different values for, and which
/// value the metrics use.
public enum ConflictsTable {
    public static func make(_ conflicts: [FigureConflict]) -> Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .number("fiscal_year", "FY", style: .plain),
            .text("metric", "Metric"),
            .number("value_usd_m", "Value $M", style: .millions),
            .text("evidence", "Evidence"),
            .text("in_use", "Used"),
            .text("concept", "Concept", machineOnly: true),
            .text("source", "Source", wrapWidth: 70),
        ])
        for conflict in conflicts {
            for value in conflict.values {
                table.append([
                    .text(conflict.company.displayTicker), .integer(conflict.fiscalYear), .text(conflict.metric.rawValue),
                    .number(value.valueUSDMillions), .text(value.evidence.rawValue), .text(value.inUse ? "yes" : "no"),
                    .text(value.concept), .text(value.source.title),
                ])
            }
        }
        table.notes = [conflicts.isEmpty
            ? "No conflicts: every figure has one value across its sources."
            : "All values are kept; the metrics use the strongest evidence, then the value stored first."]
        return table
    }

    /// One line for an import report.
    static func sentence(_ conflict: FigureConflict) -> String {
        let values = conflict.values.map { value in
            "\(NumberText.grouped(value.valueUSDMillions, digits: value.valueUSDMillions == value.valueUSDMillions.rounded() ? 0 : 1))"
                + " (\(value.evidence.rawValue), \(value.source.title))\(value.inUse ? " [used]" : "")"
        }
        return "Conflict: \(conflict.company.displayTicker) FY\(conflict.fiscalYear) \(conflict.metric.rawValue): \(values.joined(separator: " vs "))"
    }
}
