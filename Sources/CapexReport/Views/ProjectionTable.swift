import CapexModel
import CapexService

/// `capexgap project`: the deterministic projection year by year, with the crossover and
/// payback years.
public enum ProjectionTable {
    public static func make(_ result: ProjectionResult) -> Table {
        let projection = result.projection
        let scenario = result.scenario
        let capexSource: String = scenario.parameters["capex_next_usd_b"]?.source ?? ""
        let guidanceNote: String = capexSource.hasPrefix("guidance ledger") ? "Capex \(scenario.baseYear + 1) from the \(capexSource)." : ""
        let rate = scenario.parameters["cost_of_capital"].map { NumberText.percent($0.distribution.median, digits: 2) } ?? "the cost of capital"
        return Table(result, title: "Projection of scenario \(scenario.name), every parameter at its median (USD billions)", notes: [
            "Crossover year (AI revenue first covers the year's cost of the build, a \(rate) return on the capital included): "
                + (projection.crossoverYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Payback year (discounted cash, the actual AI vintages' capex included, turns positive): "
                + (projection.paybackYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Required = (depreciation + opex + capital charge) / gross margin, capital charge = cost of capital x capital employed; "
                + "gap = required - AI revenue; AI revenue = demand, at most capacity in service x revenue per IT dollar x utilisation.",
            "Replace = IT bought back as it retires at the end of its life; cash = -(actual AI vintages compounded) + discounted (gross margin x revenue - opex - AI capex).",
            "History: \(scenario.historySource).",
            guidanceNote,
            "Every value is a scenario result (\(result.evidence.rawValue)): `capexgap scenario show \(scenario.name)` lists the parameters and their sources.",
        ].filter { !$0.isEmpty })
    }
}
