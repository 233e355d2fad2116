import CapexData
import CapexModel
import CapexService

/// `capexgap conflicts`: figures that different sources give different values for, and which
/// value the metrics use.
public enum ConflictsTable {
    public static func make(_ result: ConflictsResult) -> Table {
        Table(result, notes: [result.conflicts.isEmpty
            ? "No conflicts: every figure has one value across its sources."
            : "All values are kept; the metrics use the strongest evidence, then the value stored first."])
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
