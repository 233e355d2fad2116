import CapexModel

/// `capexgap peers`: the peer set's sums per fiscal year, and when combined capex first passed
/// each milestone.
public enum PeersTable {
    /// Milestones the peers table marks, USD millions ($100B, $200B, $400B).
    public static let milestonesUSDMillions: [Double] = [100_000, 200_000, 400_000]

    public static func make(_ years: [PeerYear], peerSet: PeerSet, bands: RegimeBands, definition: CapexDefinition) -> Table {
        let milestones = CapexMilestone.milestones(years, thresholdsUSDMillions: milestonesUSDMillions)
        var table = Table(columns: [
            .number("fiscal_year", "FY", style: .plain),
            .number("companies", "Cos", style: .plain),
            .text("members", "Members", machineOnly: true),
            .text("missing", "Missing", wrapWidth: 36),
            .figure("capex_usd_m", "Capex $M", style: .millions),
            .figure("revenue_usd_m", "Revenue $M", style: .millions),
            .figure("weighted_intensity", "Capex/Rev", style: .percent),
            .figure("capex_growth", "Capex YoY", style: .growth),
            .figure("revenue_growth", "Rev YoY", style: .growth),
            .text("regime_band", "Band"),
            .text("milestone", "Milestone"),
        ])
        for year in years {
            let passed = milestones.filter { $0.fiscalYear == year.fiscalYear }
                .map { "passed \(NumberText.billions(fromMillions: $0.thresholdUSDMillions, digits: 0))" }
            table.append([
                .integer(year.fiscalYear), .integer(year.members.count),
                .text(year.members.map(\.displayTicker).joined(separator: " ")),
                .text(missingText(year)),
                .figure(year.capex), .figure(year.revenue), .figure(year.weightedIntensity),
                .figure(year.capexGrowth), .figure(year.revenueGrowth),
                .text(bands.place(year.weightedIntensity).label), .text(passed.joined(separator: ", ")),
            ])
        }
        table.notes = [
            "Peer set (\(peerSet.role == PeerSet.hyperscalerRole ? "role hyperscaler" : "chosen")): "
                + "\(peerSet.members.map(\.displayTicker).joined(separator: ", ")); "
                + "fiscal years by each company's own label; capex = \(definition == .cash ? "cash purchases" : "cash + finance leases").",
            "Capex/Rev is revenue-weighted (sum of capex / sum of revenue). A year with a member missing, or lacking a figure, has no total of it.",
        ] + milestones.map { milestone in
            let threshold = NumberText.billions(fromMillions: milestone.thresholdUSDMillions, digits: 0)
            let unknown = YearRanges.text(milestone.unknownYears)
            guard let year = milestone.fiscalYear, let capex = milestone.capex.value else {
                return unknown.isEmpty ? "Combined capex has not yet passed \(threshold)."
                    : "Whether combined capex has passed \(threshold) is unknown: \(unknown) \(milestone.unknownYears.count == 1 ? "has" : "have") no total."
            }
            let passed = "FY\(year) (\(NumberText.billions(fromMillions: capex)) \(milestone.capex.evidence.mark))"
            return unknown.isEmpty ? "Combined capex first passed \(threshold) in \(passed)."
                : "Combined capex had passed \(threshold) by \(passed); \(unknown) before it \(milestone.unknownYears.count == 1 ? "has" : "have") no total."
        }
        return table
    }

    /// Members without figures that year, then, per figure, the members lacking it:
    /// `MSFT; no finance leases: GOOGL META`.
    static func missingText(_ year: PeerYear) -> String {
        var parts = year.missing.isEmpty ? [] : [year.missing.map(\.displayTicker).joined(separator: " ")]
        for figure in LackingMember.Figure.allCases {
            let tickers = year.lacking.filter { $0.figures.contains(figure) }.map(\.company.displayTicker)
            if !tickers.isEmpty { parts.append("no \(figure.rawValue): \(tickers.joined(separator: " "))") }
        }
        return parts.joined(separator: "; ")
    }
}
