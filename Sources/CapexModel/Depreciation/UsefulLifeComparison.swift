/// How the choice of server useful life changes yearly depreciation of a capex history, and
/// what a company's actual life changes would do under the same model.
///
/// Server capex = capex x server share; each life's depreciation follows
/// ``DepreciationSchedule``. The difference between the shortest and the longest life is the
/// yearly cost that revenue would have to cover in addition (or that a longer life hides).
public struct UsefulLifeComparison: Sendable {
    public struct Year: Sendable, Hashable {
        public var fiscalYear: Int
        public var capex: Figure
        public var serverCapex: Figure
        /// Depreciation under each of ``UsefulLifeComparison/lives``, in the same order.
        public var depreciation: [Figure]
        /// Depreciation under the shortest life minus under the longest.
        public var shortestMinusLongest: Figure
        /// The server life the company stated for this year, where its changes say.
        public var policyLife: Double?
    }

    /// The model's estimate of a stated life change: depreciation in its first year under the
    /// old life minus under the new one (positive: the change lowered depreciation).
    public struct ChangeEstimate: Sendable, Hashable {
        public var change: UsefulLifeChange
        public var fiscalYear: Int
        public var lowerDepreciation: Figure
    }

    public var lives: [Double]
    public var serverShare: Figure
    public var years: [Year]
    public var estimates: [ChangeEstimate]

    /// - Parameters:
    ///   - capexByYear: capex per fiscal year (any unit; USD millions in CapexGap).
    ///   - lives: the lives to compare, years.
    ///   - serverShare: the share of capex that is servers and network equipment.
    ///   - changes: the company's stated life changes for servers (used for the policy column
    ///     and the estimates); pass none for a peer set.
    public init(capexByYear: [Int: Figure], lives: [Double], serverShare: Figure, changes: [UsefulLifeChange]) {
        self.lives = lives.sorted()
        self.serverShare = serverShare
        let serverCapex = capexByYear.mapValues { Figure.derived($0, serverShare) { $0[0] * $0[1] } }
        let schedules = self.lives.map(DepreciationSchedule.init)
        let serverChanges = changes.filter { $0.assetClass.contains("server") }.sorted { $0.effective < $1.effective }
        years = capexByYear.keys.sorted().map { year in
            let depreciation = schedules.map { $0.depreciation(in: year, capexByYear: serverCapex) }
            let spread = Figure.derived(depreciation.first ?? .unresolved, depreciation.last ?? .unresolved) { $0[0] - $0[1] }
            return Year(fiscalYear: year, capex: capexByYear[year] ?? .unresolved, serverCapex: serverCapex[year] ?? .unresolved,
                        depreciation: depreciation, shortestMinusLongest: spread,
                        policyLife: Self.policyLife(in: year, changes: serverChanges))
        }
        estimates = serverChanges.compactMap { change in
            guard let from = change.fromYears, let year = change.effectiveYear else { return nil }
            let before = DepreciationSchedule(life: from).depreciation(in: year, capexByYear: serverCapex)
            let after = DepreciationSchedule(life: change.toYears).depreciation(in: year, capexByYear: serverCapex)
            return ChangeEstimate(change: change, fiscalYear: year, lowerDepreciation: .derived(before, after) { $0[0] - $0[1] })
        }
    }

    /// The life in effect in `year`: the latest change effective by then, else the first
    /// change's previous life.
    static func policyLife(in year: Int, changes: [UsefulLifeChange]) -> Double? {
        if let latest = changes.last(where: { ($0.effectiveYear ?? .max) <= year }) { return latest.toYears }
        return changes.first?.fromYears
    }
}
