import CapexModel
import CapexService

/// `capexgap project`: the deterministic projection year by year, with the crossover and
/// payback years.
public enum ProjectionTable {
    public static func make(_ result: ProjectionResult) -> Table {
        let projection = result.projection
        let scenario = result.scenario
        return Table(result, title: "Projection of scenario \(scenario.name), every parameter at its median (USD billions)", notes: [
            "Crossover year (AI revenue first covers the year's cost of the build): "
                + (projection.crossoverYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Payback year (cumulative cash from \(scenario.baseYear + 1) turns positive): "
                + (projection.paybackYear.map(String.init) ?? "not by \(projection.horizon)") + ".",
            "Required = (depreciation + opex) / gross margin; gap = required - AI revenue; cash = cumulative (gross margin x revenue - opex - AI capex).",
            "Every value is a scenario result (\(result.evidence.rawValue)): `capexgap scenario show \(scenario.name)` lists the parameters and their sources.",
        ])
    }
}
