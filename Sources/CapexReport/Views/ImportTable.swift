import CapexData
import CapexModel
import CapexService

/// What `capexgap import` stored: one row per company and metric, with the concept each
/// fiscal year came from.
public enum ImportTable {
    public static func make(_ result: ImportResult) -> Table {
        let report = result.report
        var notes = report.companies.map { summary in
            var line = "\(summary.company.name) (\(summary.company.displayTicker), CIK \(summary.company.cik), role \(summary.company.role)): "
                + "\(summary.added) figures added, \(summary.unchanged) already present"
            if !summary.fiscalYears.isEmpty { line += ", " + YearRanges.text(summary.fiscalYears) }
            if summary.periodFactsAdded > 0 { line += "; \(summary.periodFactsAdded) filed period values for quarters (capexgap quarters)" }
            if summary.restatementsAdded > 0 { line += "; \(summary.restatementsAdded) restatements recorded (capexgap restatements)" }
            return line + "."
        }
        notes += report.companies.flatMap { summary in summary.notes.map { "\(summary.company.displayTicker): \($0)" } }
        notes += report.conflicts.map(ConflictsTable.sentence)
        if !report.changed { notes.append("Nothing changed: everything in the input was already in the database.") }
        return Table(result, notes: notes)
    }
}
