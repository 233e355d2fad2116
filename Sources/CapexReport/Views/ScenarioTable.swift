import CapexModel

/// `capexgap scenario show`: the resolved parameters with their distributions, the values each
/// may take, and their sources.
public enum ScenarioTable {
    public static func make(_ scenario: Scenario) -> Table {
        var table = Table(title: "Scenario \(scenario.name) (\(scenario.model.rawValue)): \(scenario.description)", columns: [
            .text("parameter", "Parameter"),
            .text("distribution", "Distribution"),
            .number("median", "Median", style: .auto),
            .number("p5", "p5", style: .auto),
            .number("p95", "p95", style: .auto),
            .text("unit", "Unit"),
            .text("range", "Allowed"),
            .text("evidence", "Evidence"),
            .text("source", "Source", wrapWidth: 60),
            .text("meaning", "Meaning", machineOnly: true),
        ])
        for spec in scenario.model.specs {
            guard let parameter = scenario.parameters[spec.name] else { continue }
            let distribution = parameter.distribution
            table.append([
                .text(spec.name), .text(describe(distribution)), .number(distribution.median), .number(distribution.quantile(0.05)),
                .number(distribution.quantile(0.95)), .text(parameter.unit), .text(spec.range.description),
                .text(parameter.evidence.rawValue),
                .text(parameter.source ?? "scenario assumption"), .text(spec.label),
            ])
        }
        table.notes = ["Projection from \(scenario.baseYear) (the last actual year) to \(scenario.horizon)."]
        if !scenario.capexHistory.isEmpty {
            let history = scenario.capexHistory.sorted { $0.key < $1.key }
                .map { "\($0.key) \(NumberText.fixed($0.value, digits: 1))" }.joined(separator: ", ")
            table.notes.append("Actual capex, USD billions (\(scenario.historySource)): \(history).")
        }
        return table
    }

    /// `triangular(3, 5, 7)`, `value 0.6`, ...
    public static func describe(_ distribution: Distribution) -> String {
        func text(_ values: Double...) -> String { values.map(NumberText.compact).joined(separator: ", ") }
        switch distribution {
        case .fixed(let x): return "value \(NumberText.compact(x))"
        case .normal(let mean, let sd): return "normal(mean \(text(mean)), sd \(text(sd)))"
        case .lognormal(let median, let sigma): return "lognormal(median \(text(median)), sigma \(text(sigma)))"
        case .triangular(let a, let c, let b): return "triangular(\(text(a, c, b)))"
        case .uniform(let a, let b): return "uniform(\(text(a, b)))"
        case .pert(let a, let c, let b): return "pert(\(text(a, c, b)))"
        }
    }
}
