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
            let backSolved = run.preset.backSolved
            if !run.allReproduced {
                notes.append("Published results: NOT all matched at the precision they were published (\(sources)).")
            } else if backSolved.isEmpty {
                notes.append("Published results: all reproduced from the anchor's own published inputs, at the precision they were published (\(sources)).")
            } else {
                notes.append("Published results: matched, but calibrated, not reproduced: \(backSolved.map(\.key).joined(separator: ", ")) "
                    + "\(backSolved.count == 1 ? "was" : "were") back-solved from the published output, so the match holds by construction (\(sources)).")
                notes += backSolved.map { "  \($0.key): \($0.value)" }
            }
        }
        return Table(run, title: "\(run.model.title) (preset \(run.preset.name))", notes: notes)
    }
}
