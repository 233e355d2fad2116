import CapexModel
import CapexService

/// `capexgap peers`: the peer set's sums per fiscal year, and when combined capex first passed
/// each milestone.
public enum PeersTable {
    public static func make(_ result: PeersResult) -> Table {
        let peerSet = result.peerSet
        var notes = [
            "Peer set (\(peerSet.role == PeerSet.chosenRole ? "chosen" : "role \(peerSet.role)")): "
                + "\(peerSet.members.map(\.displayTicker).joined(separator: ", ")); "
                + "fiscal years by each company's own label; capex = \(result.definition == .cash ? "cash purchases" : result.definition.summary).",
            "Capex/Rev is revenue-weighted (sum of capex / sum of revenue). A year with a member missing, or lacking a figure, has no total of it.",
        ]
        notes += result.milestones.map { milestone in
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
        return Table(result, notes: notes)
    }
}
