import CapexData
import CapexModel

/// Everything the dashboard's overview shows: the headline rows, the outlook, the peer set's
/// years and the gap by model.
public struct OverviewResult: Sendable, Encodable {
    public var headline: HeadlineResult
    public var outlook: Outlook
    public var peers: PeersResult
    public var gapCompare: GapComparison

    enum CodingKeys: String, CodingKey {
        case headline, outlook, peers
        case gapCompare = "gap_compare"
    }
}

extension CapexService {
    /// The overview, with an outlook computed before (it needs a Monte Carlo run).
    public func overview(outlook: Outlook) throws -> OverviewResult {
        OverviewResult(headline: try headline(), outlook: outlook, peers: try peers(PeersRequest()), gapCompare: try gapCompare())
    }
}
