import CapexModel

/// `capexgap restatements`: figures a later filing changed.
public enum RestatementsTable {
    public static func make(_ restatements: [Restatement]) -> Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .number("fiscal_year", "FY", style: .plain),
            .text("metric", "Metric"),
            .text("concept", "Concept", machineOnly: true),
            .number("old_value_usd_m", "Old $M", style: .millions),
            .text("old_filing", "Old filing"),
            .number("new_value_usd_m", "New $M", style: .millions),
            .text("new_filing", "New filing"),
            .number("change", "Change", style: .growth),
        ])
        for item in restatements {
            table.append([
                .text(item.company.displayTicker), .integer(item.fiscalYear), .text(item.metric.rawValue), .text(item.concept),
                .number(Double(item.old.valueUSD) / 1_000_000), .text(filing(item.old)),
                .number(Double(item.new.valueUSD) / 1_000_000), .text(filing(item.new)), .number(item.change),
            ])
        }
        if restatements.isEmpty {
            table.notes = ["No restatements recorded. `capexgap import sec FILE` records them from companyfacts files."]
        }
        return table
    }

    static func filing(_ value: Restatement.FiledValue) -> String {
        "\(value.form) \(value.accession) (\(value.filed))"
    }
}
