import CapexModel

/// `capexgap essay`: the founding essay's table reconciled with the filings.
public enum EssayTable {
    public static func make(_ reconciliations: [EssayReconciliation]) -> Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .text("revenue_printed", "Revenue"),
            .number("revenue_fiscal_year", "Rev FY", style: .plain),
            .figure("revenue_filed_usd_m", "Filed $M", style: .millions),
            .number("revenue_deviation", "Dev", style: .growth),
            .text("capex_printed", "Capex"),
            .number("capex_fiscal_year", "Capex FY", style: .plain),
            .text("capex_definition", "Capex definition"),
            .figure("capex_filed_usd_m", "Filed $M", style: .millions),
            .number("capex_deviation", "Dev", style: .growth),
            .text("capex_match", "Match"),
            .text("capex_pct_printed", "Printed %"),
            .figure("capex_year_intensity", "Filed %", style: .percent),
            .text("mixes_years", "Mixed years"),
            .text("verdict", "Verdict", machineOnly: true),
            .citation("source", "Source"),
        ])
        for item in reconciliations {
            table.append([
                .text(item.row.ticker), .text(item.row.printed.revenue), .integer(item.revenue?.fiscalYear),
                .figure(item.revenue?.filed ?? .unresolved), .number(item.revenue?.deviation),
                .text(item.row.printed.capex), .integer(item.capex?.fiscalYear), .text(item.capex?.definition),
                .figure(item.capex?.filed ?? .unresolved), .number(item.capex?.deviation), .text(item.capex?.quality.rawValue),
                .text(item.row.printed.percent), .figure(item.capexYearIntensity), .text(item.mixesYears ? "yes" : "no"),
                .text(item.verdict), .text(item.row.source.title),
            ])
        }
        let mixed = reconciliations.filter(\.mixesYears).count
        table.notes = reconciliations.map { "\($0.row.ticker): \($0.verdict)" } + [
            "In \(mixed) of \(reconciliations.count) rows the printed revenue and capex match different fiscal years.",
            "Dev = (printed - filed) / filed. Printed figures are whole $B with \"~\", so within $0.5B is within rounding; "
                + "within \(NumberText.percent(FilingMatch.closeTolerance, digits: 0)) is close. "
                + "Filed % is capex / revenue of the capex match's own fiscal year.",
        ]
        return table
    }
}
