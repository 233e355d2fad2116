import CapexData
import CapexModel
import CapexService

/// `capexgap conflicts`: figures that different sources give different values for, and which
/// value the metrics use.
public enum ConflictsTable {
    public static func make(_ result: ConflictsResult) -> Table {
        let differentConcepts = result.conflicts.contains { Set($0.values.map { $0.concept ?? "" }).count > 1 }
        return Table(result, notes: [result.conflicts.isEmpty
            ? "No conflicts: every figure has one value across its sources."
            : "All values are kept; the metrics use the strongest evidence, then the value stored first.",
            differentConcepts ? "Where the Concept differs, the values measure different things (e.g. us-gaap:Depreciation alone, taken when a file "
                + "tags nothing broader, against depreciation, amortization and other): a difference of definition, not an error in either." : ""]
            .filter { !$0.isEmpty })
    }

    /// One line for an import report.
    static func sentence(_ conflict: FigureConflict) -> String {
        let values = conflict.values.map { value in
            "\(NumberText.grouped(value.valueUSDMillions, digits: value.valueUSDMillions == value.valueUSDMillions.rounded() ? 0 : 1))"
                + " (\(value.evidence.rawValue)\(value.concept.map { ", " + $0 } ?? ""), \(value.source.title))\(value.inUse ? " [used]" : "")"
        }
        return "Conflict: \(conflict.company.displayTicker) FY\(conflict.fiscalYear) \(conflict.metric.rawValue): \(values.joined(separator: " vs "))"
    }
}
