import CapexModel
import CapexService

/// What `capexgap` prints with no arguments: each hyperscaler's latest fiscal year, the peer
/// set's total, how combined capex changed since a base year, and the outlook when computed.
public enum HeadlineTable {
    public static func make(_ result: HeadlineResult, outlook: Outlook? = nil) -> Table {
        Table(result, title: "AI capex vs revenue: the hyperscalers' latest fiscal years",
              notes: [CompaniesTable.bandsNote(result.bands)] + changeLines(result) + freshness(result) + (outlook.map(lines) ?? []) + [
                  "Figures: company 10-K filings and earnings releases (E rows: cited secondary sources); `capexgap sources` lists them.",
                  "Deeper: capexgap companies | quarters | ttm | peers [--calendar] | essay | sources | gap compare | project | simulate (each --format table|csv|json|markdown) | solve; --help",
              ])
    }

    /// How fresh the data is, and what TTM means.
    static func freshness(_ result: HeadlineResult) -> [String] {
        guard let through = result.filingsThrough else { return [] }
        var lines = ["TTM: the four fiscal quarters to each company's latest (`capexgap ttm`, `capexgap quarters`); filings through \(through)."]
        if let commitments = result.commitments, let total = commitments.total.value, !commitments.rows.isEmpty {
            let ratio = Figure.ratio(commitments.total, commitments.ttmRevenue)
            let years = ratio.value
            lines.append("Commitments: \(NumberText.billions(fromMillions: total, digits: 0)) of RPO and backlogs for "
                + commitments.rows.map { "\($0.commitment.company.displayTicker) (\($0.commitment.periodEnd))" }.joined(separator: ", ")
                + (years.map { ", \(NumberText.fixed($0, digits: 1)) years of their revenue" } ?? "")
                + " \((years == nil ? commitments.total : ratio).evidence.mark); each company's own measure (`capexgap commitments`).")
        }
        return lines
    }

    /// How combined capex changed between the base year and the last complete year.
    static func changeLines(_ result: HeadlineResult) -> [String] {
        guard let base = result.baseYear, let last = result.lastFullYear, let from = base.capex.value, let to = last.capex.value, from > 0 else {
            return []
        }
        let evidence = EvidenceStatus.weakest([base.capex.evidence, last.capex.evidence])
        return ["Combined capex: FY\(base.fiscalYear) \(NumberText.billions(fromMillions: from)) -> FY\(last.fiscalYear) "
            + "\(NumberText.billions(fromMillions: to)), \(NumberText.fixed(to / from, digits: 1))x "
            + "(\(NumberText.percent(base.weightedIntensity.value ?? .nan, digits: 1)) -> "
            + "\(NumberText.percent(last.weightedIntensity.value ?? .nan, digits: 1)) of revenue) \(evidence.mark)."]
    }

    /// The gap by Sequoia's formula on the latest actual capex, and the crossover year of a
    /// Monte Carlo run, in two lines.
    public static func lines(_ outlook: Outlook) -> [String] {
        var lines: [String] = []
        if let gap = outlook.gap {
            lines.append("Gap: FY\(gap.fiscalYear) capex of \(NumberText.billions(fromMillions: (gap.capexUSDBillions ?? .nan) * 1_000)) "
                + "needs \(NumberText.billions(fromMillions: gap.requiredRevenueUSDBillions * 1_000)) of revenue a year by Sequoia's formula, against "
                + "AI revenue of ~\(NumberText.billions(fromMillions: gap.aiRevenueUSDBillions * 1_000, digits: 0)) in \(gap.aiRevenueYear) "
                + "(base scenario, calibrated to cited run-rates: `capexgap scenario calibrate base`; `capexgap gap compare`: other models).")
        }
        let crossover = outlook.crossover
        func year(_ value: Int?) -> String { value.map(String.init) ?? "not by \(crossover.horizon)" }
        lines.append("Projected crossover (scenario \(crossover.scenario), \(crossover.paths) paths): median \(year(crossover.medianYear)), "
            + "90% range \(year(crossover.p5Year)) to \(year(crossover.p95Year)) (`capexgap simulate`).")
        return lines
    }
}
