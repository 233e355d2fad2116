import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// What every route shares: the service over the database (opened read-only), the limits, the
/// compute queue, and the outlook computed once per version of the database.
public struct ServerState: Sendable {
    public let service: CapexService
    public let limits: ServerLimits
    let limiter: ComputeLimiter
    let outlook: OutlookCache
    /// Serialised answers of the table routes, per database version (ETag / 304).
    let answers: AnswerCache

    public var database: CapexDatabase { service.database }

    public init(database: CapexDatabase, limits: ServerLimits) {
        service = CapexService(database: database)
        self.limits = limits
        limiter = ComputeLimiter(slots: limits.computeSlots, waitLimit: limits.computeWaitLimit)
        outlook = OutlookCache()
        answers = AnswerCache()
    }

    /// The overview, its outlook from the cache.
    func overview() async throws -> OverviewResult {
        try service.overview(outlook: try await outlook.outlook(self))
    }
}

/// The headline's outlook (the gap, and the base scenario's crossover range from a Monte Carlo
/// of ``Defaults/outlookPaths`` paths), computed once per version of the database.
actor OutlookCache {
    private var cached: (version: Int64, outlook: Outlook)?

    func outlook(_ state: ServerState) async throws -> Outlook {
        let version = try state.database.contentVersion()
        if let cached, cached.version == version { return cached.outlook }
        let service = state.service
        let fresh = try await state.limiter.run { try service.outlook(threads: 1) }
        cached = (version, fresh)
        return fresh
    }
}
