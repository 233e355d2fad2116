import CapexModel

/// `capexgap companies`: one row per company fiscal year with its capital-intensity metrics.
public enum CompaniesTable {
    public static func make(_ rows: [CapitalIntensityRow], bands: RegimeBands, definition: CapexDefinition) -> Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .text("company", "Company", machineOnly: true),
            .number("cik", "CIK", style: .plain, machineOnly: true),
            .number("fiscal_year", "FY", style: .plain),
            .text("period_start", "Start", machineOnly: true),
            .text("period_end", "Period end"),
            .figure("revenue_usd_m", "Revenue $M", style: .millions),
            .figure("capex_usd_m", "Capex $M", style: .millions),
            .text("capex_definition", "Capex basis", machineOnly: definition == .cash),
            .figure("capex_intensity", "Capex/Rev", style: .percent),
            .figure("capex_to_depreciation", "Capex/D&A", style: .multiple),
            .figure("capex_to_operating_cash_flow", "Capex/OCF", style: .percent),
            .figure("fcf_reported_usd_m", "FCF $M", style: .millions),
            .figure("fcf_lease_adjusted_usd_m", "FCF-leases $M", style: .millions),
            .figure("capex_growth", "Capex YoY", style: .growth),
            .text("regime_band", "Band"),
            .text("evidence", "Evidence"),
            .citation("source", "Source"),
        ])
        for row in rows {
            let year = row.year
            table.append([
                .text(year.company.displayTicker), .text(year.company.name), .integer(year.company.cik),
                .integer(year.fiscalYear), .text(year.periodStart), .text(year.periodEnd),
                .figure(year[.revenue]), .figure(row.capex), .text(row.capexBasis),
                .figure(row.capexIntensity), .figure(row.capexToDepreciation), .figure(row.capexToOperatingCashFlow),
                .figure(row.freeCashFlowReported), .figure(row.freeCashFlowLeaseAdjusted), .figure(row.capexGrowth),
                .text(row.regime.label), .text(year.evidence.rawValue), .text(citation(year.sources)),
            ])
        }
        table.notes = [
            "Capex: \(definition == .cash ? "gross cash purchases of property and equipment" : "cash purchases + finance leases (see Capex basis)"). "
                + "FCF = operating cash flow - cash capex; FCF-leases also subtracts finance-lease principal repayments.",
            bandsNote(bands),
        ]
        return table
    }

    /// The regime bands in one line, with their source.
    static func bandsNote(_ bands: RegimeBands) -> String {
        let list = bands.bands.map { "\($0.label) \($0.rangeText)" }.joined(separator: ", ")
        let source = bands.bands.first?.source.title ?? ""
        return "Bands (capex/revenue): \(list); a–b means between two bands. Source: \(source)."
    }

    /// Distinct source titles joined for a citation cell.
    static func citation(_ sources: [Source]) -> String {
        sources.map(\.title).joined(separator: " | ")
    }
}
