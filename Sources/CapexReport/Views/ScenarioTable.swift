import CapexModel
import CapexService

/// `capexgap scenario show`: the resolved parameters with their distributions, the values each
/// may take, and their sources.
public enum ScenarioTable {
    public static func make(_ result: ScenarioShowResult) -> Table {
        let scenario = result.scenario
        var notes = ["Projection from \(scenario.baseYear) (the last actual year) to \(scenario.horizon)."]
        if !scenario.capexHistory.isEmpty {
            let history = scenario.capexHistory.sorted { $0.key < $1.key }
                .map { "\($0.key) \(NumberText.fixed($0.value, digits: 1))" }.joined(separator: ", ")
            notes.append("Actual capex, USD billions (\(scenario.historySource)): \(history).")
        }
        return Table(result, title: "Scenario \(scenario.name) (\(scenario.model.rawValue)): \(scenario.description)", notes: notes)
    }
}
