import CapexModel
import CapexService

/// `capexgap depreciation`: depreciation of a capex history under several server lives.
public enum DepreciationTable {
    public static func make(_ result: DepreciationResult) -> Table {
        let comparison = result.comparison
        let shortest = comparison.lives.first.map(NumberText.compact) ?? ""
        let longest = comparison.lives.last.map(NumberText.compact) ?? ""
        var notes = [
            "Server capex = capex x \(NumberText.percent(comparison.serverShare.value ?? .nan, digits: 1)) (share of capex in short-lived assets); "
                + "straight-line, half-year convention; a year is unresolved until the capex history covers a whole life.",
            "Extra cost = depreciation at \(shortest) years - at \(longest) years: the yearly cost a longer life keeps out of the income "
                + "statement, and that revenue must cover if the \(shortest)-year critique is right.",
        ]
        if !result.changes.isEmpty {
            notes.append("Stated changes (useful_life_changes.csv):")
            for change in result.changes {
                let from = change.fromYears.map { NumberText.compact($0) + " -> " } ?? ""
                var line = "  \(change.company) \(change.assetClass) \(from)\(NumberText.compact(change.toYears)) years from \(change.effective): "
                    + "\(change.statedImpact) [\(change.source.title), tier \(change.tier.rawValue)]"
                if let estimate = comparison.estimates.first(where: { $0.change == change }), let value = estimate.lowerDepreciation.value {
                    line += "; this model: FY\(estimate.fiscalYear) depreciation \(value >= 0 ? "-" : "+")\(NumberText.billions(fromMillions: abs(value)))"
                }
                notes.append(line)
            }
        }
        return Table(result, title: "Server depreciation of \(result.subject)'s capex under different useful lives", notes: notes)
    }
}
