import CapexData
import CapexModel

/// What `capexgap import` stored: one row per company and metric, with the concept each
/// fiscal year came from.
public enum ImportTable {
    public static func make(_ report: ImportReport) -> Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .number("cik", "CIK", style: .plain),
            .text("company", "Company", machineOnly: true),
            .text("metric", "Metric"),
            .text("concept", "Concept"),
            .text("fiscal_years", "Fiscal years", wrapWidth: 40),
        ])
        for summary in report.companies {
            for metric in FinancialMetric.allCases {
                guard let concepts = summary.concepts[metric] else { continue }
                for (concept, years) in concepts.sorted(by: { ($0.value.min() ?? 0) < ($1.value.min() ?? 0) }) {
                    table.append([.text(summary.company.displayTicker), .integer(summary.company.cik), .text(summary.company.name),
                                  .text(metric.rawValue), .text(concept), .text(YearRanges.text(Set(years).sorted()))])
                }
            }
        }
        table.notes = report.companies.map { summary in
            var line = "\(summary.company.name) (\(summary.company.displayTicker), CIK \(summary.company.cik), role \(summary.company.role)): "
                + "\(summary.added) figures added, \(summary.unchanged) already present"
            if !summary.fiscalYears.isEmpty { line += ", " + YearRanges.text(summary.fiscalYears) }
            if summary.restatementsAdded > 0 { line += "; \(summary.restatementsAdded) restatements recorded (capexgap restatements)" }
            return line + "."
        } + report.companies.flatMap { summary in summary.notes.map { "\(summary.company.displayTicker): \($0)" } }
            + report.conflicts.map(ConflictsTable.sentence)
        if !report.changed { table.notes.append("Nothing changed: everything in the input was already in the database.") }
        return table
    }
}
