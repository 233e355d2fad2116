import CapexData
import CapexModel

/// `capexgap gap MODEL`: the parameters with their sources, the outputs, and how they compare
/// with the published results.
public enum GapModelTable {
    public static func make(_ run: GapModelRun) -> Table {
        var table = Table(title: "\(run.model.title) (preset \(run.preset.name))", columns: [
            .text("kind", "Kind"),
            .text("name", "Name"),
            .text("label", "Meaning", machineOnly: true),
            .figure("value", "Value", style: .auto),
            .text("unit", "Unit"),
            .number("published", "Published", style: .auto),
            .text("reproduced", "Match"),
            .text("source", "Source or note", wrapWidth: 60),
        ])
        for spec in run.model.specs {
            let value = run.parameters.values[spec.name]
            let note = run.preset.notes[spec.name]
            let source = [value?.source, note].compactMap { $0 }.joined(separator: "; ")
            table.append([.text("parameter"), .text(spec.name), .text(spec.label), .figure(run.parameters.figure(spec.name)),
                          .text(spec.unit), .number(nil), .text(nil), .text(source.isEmpty ? "scenario" : source)])
        }
        for output in run.result.outputs {
            let check = run.checks.first { $0.output == output.name }
            let reproduced = check.map { check in output.figure.value.map(check.isReproduced) == true ? "yes" : "NO" }
            table.append([.text("output"), .text(output.name), .text(output.label), .figure(output.figure), .text(output.unit),
                          .number(check?.published), .text(reproduced), .text(output.label)])
        }
        table.notes = ["Formula: \(run.model.formula)."]
        if let note = run.capexNote { table.notes.append("From the data: \(note).") }
        if !run.checks.isEmpty {
            let all = run.checks.allSatisfy { check in run.result[check.output].value.map(check.isReproduced) == true }
            let sources = Set(run.checks.map(\.source.title)).sorted().joined(separator: "; ")
            table.notes.append("Published results: \(all ? "all reproduced" : "NOT all reproduced") at the precision they were published (\(sources)).")
        }
        return table
    }
}
