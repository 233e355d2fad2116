import CapexModel

/// `capexgap project`: the deterministic projection year by year, with the crossover and
/// payback years.
public enum ProjectionTable {
    public static func make(_ projection: Projection, scenario: Scenario) -> Table {
        var table = Table(title: "Projection of scenario \(scenario.name), every parameter at its median (USD billions)", columns: [
            .number("year", "Year", style: .plain),
            .number("capex_usd_b", "Capex", style: .decimal(1)),
            .number("ai_capex_usd_b", "AI capex", style: .decimal(1)),
            .number("depreciation_usd_b", "Deprec.", style: .decimal(1)),
            .number("opex_usd_b", "Opex", style: .decimal(1)),
            .number("consumer_revenue_usd_b", "Consumer", style: .decimal(1)),
            .number("enterprise_revenue_usd_b", "Seats", style: .decimal(1)),
            .number("api_revenue_usd_b", "API", style: .decimal(1)),
            .number("revenue_usd_b", "AI revenue", style: .decimal(1)),
            .number("required_revenue_usd_b", "Required", style: .decimal(1)),
            .number("gap_usd_b", "Gap", style: .decimal(1)),
            .number("cumulative_capex_usd_b", "Cum. capex", style: .decimal(0)),
            .number("cumulative_gross_profit_usd_b", "Cum. gross profit", style: .decimal(0)),
            .number("cash_usd_b", "Cum. cash", style: .decimal(0)),
            .text("evidence", "Evidence", machineOnly: true),
        ])
        let evidence = EvidenceStatus.derived(from: scenario.parameters.values.map(\.evidence)).rawValue
        for year in projection.years {
            table.append([
                .integer(year.year), .number(year.capex), .number(year.aiCapex), .number(year.depreciation), .number(year.opex),
                .number(year.consumerRevenue), .number(year.enterpriseRevenue), .number(year.apiRevenue), .number(year.revenue),
                .number(year.requiredRevenue), .number(year.gap), .number(year.cumulativeCapex), .number(year.cumulativeGrossProfit),
                .number(year.cash), .text(evidence),
            ])
        }
        table.notes = [
            "Crossover year (AI revenue first covers the year's cost of the build): "
                + (projection.crossoverYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Payback year (cumulative cash from \(scenario.baseYear + 1) turns positive): "
                + (projection.paybackYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Required = (depreciation + opex) / gross margin; gap = required - AI revenue; cash = cumulative (gross margin x revenue - opex - AI capex).",
            "Every value is a scenario result (\(evidence)): `capexgap scenario show \(scenario.name)` lists the parameters and their sources.",
        ]
        return table
    }
}
