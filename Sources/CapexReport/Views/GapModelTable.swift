import CapexData
import CapexModel
import CapexService

/// `capexgap gap MODEL`: the parameters with their sources, the outputs, and how they compare
/// with the published results.
public enum GapModelTable {
    public static func make(_ run: GapModelRun) -> Table {
        var notes = ["Formula: \(run.model.formula)."]
        if let note = run.capexNote { notes.append("From the data: \(note).") }
        if !run.checks.isEmpty {
            let sources = Set(run.checks.map(\.source.title)).sorted().joined(separator: "; ")
            notes.append("Published results: \(run.allReproduced ? "all reproduced" : "NOT all reproduced") at the precision they were published (\(sources)).")
        }
        return Table(run, title: "\(run.model.title) (preset \(run.preset.name))", notes: notes)
    }
}
