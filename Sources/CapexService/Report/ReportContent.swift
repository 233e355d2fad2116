import CapexData
import CapexModel

/// Everything `capexgap report` shows, computed once: the renderers lay it out as HTML or
/// Markdown.
public struct ReportContent: Sendable {
    public var headline: HeadlineResult
    public var outlook: Outlook
    /// The hyperscaler peer set, its years and its members' rows (for the charts).
    public var peerSet: PeerSet
    public var peerYears: [PeerYear]
    public var peerRows: [CapitalIntensityRow]
    public var companies: CompaniesResult
    public var peers: PeersResult
    public var comparison: GapComparison
    public var gapRuns: [GapModelRun]
    public var unitEconomics: UnitEconomicsResult
    public var projection: ProjectionResult
    public var simulation: SimulationResult
    public var analogs: AnalogsResult
    public var valueChain: ValueChainResult
    public var essay: EssayResult
    public var sources: SourcesResult
}

/// `report`: how many paths the report's Monte Carlo runs.
public struct ReportRequest: Sendable, Hashable {
    public var paths: Int
    public var seed: UInt64
    public var threads: Int

    public static let pathRange = 1_000...1_000_000

    public init(paths: Int = Defaults.reportPaths, seed: UInt64 = Defaults.seed, threads: Int = 1) {
        self.paths = paths
        self.seed = seed
        self.threads = threads
    }
}

extension CapexService {
    /// The report's content: every section's result.
    public func reportContent(_ request: ReportRequest = ReportRequest()) throws -> ReportContent {
        guard ReportRequest.pathRange.contains(request.paths) else {
            throw RequestError.outOfRange(field: "paths", value: String(request.paths),
                                          valid: "\(ReportRequest.pathRange.lowerBound) to \(ReportRequest.pathRange.upperBound)")
        }
        let (peerSet, _, peerYears) = try peerSetYears()
        let companies = try companies(CompaniesRequest())
        let peerCIKs = Set(peerSet.members.map(\.cik))
        let comparison = try gapCompare()
        let simulation = try simulate(SimulateRequest(paths: request.paths, seed: request.seed, threads: request.threads))
        let projection = try project(ScenarioRequest())
        return ReportContent(
            headline: try headline(), outlook: Outlook(comparison: comparison, simulation: simulation.summary, firstYear: projection.projection.years.first),
            peerSet: peerSet, peerYears: peerYears, peerRows: companies.rows.filter { peerCIKs.contains($0.year.company.cik) },
            companies: companies, peers: try peers(PeersRequest()), comparison: comparison,
            gapRuns: try GapModels.all.map { try gapRun(GapModelRequest(model: $0.id)) }, unitEconomics: try unitEconomics(),
            projection: projection, simulation: simulation, analogs: try analogs(), valueChain: try valueChain(),
            essay: try essay(), sources: try sources())
    }
}
