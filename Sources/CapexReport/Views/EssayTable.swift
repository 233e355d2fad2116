import CapexModel
import CapexService

/// `capexgap essay`: the founding essay's table reconciled with the filings.
public enum EssayTable {
    public static func make(_ result: EssayResult) -> Table {
        let mixed = result.rows.filter(\.mixesYears).count
        return Table(result, notes: result.rows.map { "\($0.row.ticker): \($0.verdict)" } + [
            "In \(mixed) of \(result.rows.count) rows the printed revenue and capex match different fiscal years.",
            "Dev = (printed - filed) / filed. Printed figures are whole $B with \"~\", so within $0.5B is within rounding; "
                + "within \(NumberText.percent(FilingMatch.closeTolerance, digits: 0)) is close. "
                + "Filed % is capex / revenue of the capex match's own fiscal year.",
        ])
    }
}
