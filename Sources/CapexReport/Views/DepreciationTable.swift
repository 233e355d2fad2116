import CapexModel

/// `capexgap depreciation`: depreciation of a capex history under several server lives.
public enum DepreciationTable {
    public static func make(_ comparison: UsefulLifeComparison, subject: String, changes: [UsefulLifeChange]) -> Table {
        var columns: [TableColumn] = [
            .number("fiscal_year", "FY", style: .plain),
            .figure("capex_usd_m", "Capex $M", style: .millions),
            .figure("server_capex_usd_m", "Server capex $M", style: .millions),
        ]
        for life in comparison.lives {
            let name = NumberText.compact(life)
            columns.append(.figure("depreciation_\(name.replacingOccurrences(of: ".", with: "_"))y_usd_m", "Dep \(name)y $M", style: .millions))
        }
        columns += [
            .figure("shortest_minus_longest_usd_m", "Extra cost $M", style: .millions),
            .number("policy_life_years", "Policy life", style: .auto),
        ]
        var table = Table(title: "Server depreciation of \(subject)'s capex under different useful lives", columns: columns)
        for year in comparison.years {
            table.append([.integer(year.fiscalYear), .figure(year.capex), .figure(year.serverCapex)]
                + year.depreciation.map(Cell.figure) + [.figure(year.shortestMinusLongest), .number(year.policyLife)])
        }
        let shortest = comparison.lives.first.map(NumberText.compact) ?? ""
        let longest = comparison.lives.last.map(NumberText.compact) ?? ""
        table.notes = [
            "Server capex = capex x \(NumberText.percent(comparison.serverShare.value ?? .nan, digits: 1)) (share of capex in short-lived assets); "
                + "straight-line, half-year convention; a year is unresolved until the capex history covers a whole life.",
            "Extra cost = depreciation at \(shortest) years - at \(longest) years: the yearly cost a longer life keeps out of the income "
                + "statement, and that revenue must cover if the \(shortest)-year critique is right.",
        ]
        if !changes.isEmpty {
            table.notes.append("Stated changes (useful_life_changes.csv):")
            for change in changes {
                let from = change.fromYears.map { NumberText.compact($0) + " -> " } ?? ""
                var line = "  \(change.company) \(change.assetClass) \(from)\(NumberText.compact(change.toYears)) years from \(change.effective): "
                    + "\(change.statedImpact) [\(change.source.title), tier \(change.tier.rawValue)]"
                if let estimate = comparison.estimates.first(where: { $0.change == change }), let value = estimate.lowerDepreciation.value {
                    line += "; this model: FY\(estimate.fiscalYear) depreciation \(value >= 0 ? "-" : "+")\(NumberText.billions(fromMillions: abs(value)))"
                }
                table.notes.append(line)
            }
        }
        return table
    }
}
