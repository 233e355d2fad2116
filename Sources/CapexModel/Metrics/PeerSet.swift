/// A set of companies summed together, e.g. the five hyperscalers.
///
/// Fiscal years are aligned on the companies' own labels (Microsoft's FY2024 ends in June
/// 2024, Oracle's in May 2024, the others' in December 2024), which is how the companies and
/// most analysts quote them.
public struct PeerSet: Sendable, Hashable {
    /// The role shared by the members, e.g. `hyperscaler`.
    public var role: String
    public var members: [Company]

    public init(role: String, members: [Company]) {
        self.role = role
        self.members = members.sorted { $0.displayTicker < $1.displayTicker }
    }

    /// The companies of `companies` whose role is `role`.
    public init(role: String, among companies: [Company]) {
        self.init(role: role, members: companies.filter { $0.role == role })
    }

    /// The role of the hyperscaler peer set.
    public static let hyperscalerRole = "hyperscaler"
    /// The role a set of companies the user named is given.
    public static let chosenRole = "chosen"

    /// Every company of `companies` whose role is hyperscaler.
    public static func hyperscalers(among companies: [Company]) -> PeerSet {
        PeerSet(role: hyperscalerRole, among: companies)
    }

    /// Sums of every fiscal year in which any member has figures, oldest first.
    ///
    /// A sum is unresolved when any member lacks the figure that year: a partial total is not
    /// shown as if it were the peer set's.
    public func years(from companyYears: [CompanyYear], definition: CapexDefinition) -> [PeerYear] {
        let memberCIKs = Set(members.map(\.cik))
        let memberYears = companyYears.filter { memberCIKs.contains($0.company.cik) }
        let leaseLines = LeaseLine.byCompany(memberYears)
        let byYear = Dictionary(grouping: memberYears, by: \.fiscalYear)
        var result: [PeerYear] = []
        for fiscalYear in byYear.keys.sorted() {
            let years = byYear[fiscalYear] ?? []
            let present = Set(years.map(\.company.cik))
            let missing = members.filter { !present.contains($0.cik) }
            result.append(PeerYear(fiscalYear: fiscalYear, years: years, missing: missing,
                                   definition: definition, leaseLines: leaseLines, previous: result.last))
        }
        return result
    }
}

/// The peer set's totals for one fiscal year (USD millions).
///
/// - capex, revenue: sums over the members
/// - weighted intensity = sum of capex / sum of revenue (the revenue-weighted mean of the
///   members' capex intensities)
/// - growth = this year's sum / previous year's sum - 1
public struct PeerYear: Sendable, Hashable {
    public var fiscalYear: Int
    /// Members with figures this year.
    public var members: [Company]
    /// Members with no figures this year; when not empty, the sums are unresolved.
    public var missing: [Company]
    /// Members with figures this year but without the capex (under the chosen definition) or
    /// the revenue; when not empty, the sums they lack are unresolved.
    public var lacking: [LackingMember]
    /// Whether every member has every figure the sums need.
    public var isComplete: Bool { missing.isEmpty && lacking.isEmpty }
    public var capex: Figure
    public var revenue: Figure
    public var weightedIntensity: Figure
    public var capexGrowth: Figure
    public var revenueGrowth: Figure

    init(fiscalYear: Int, years: [CompanyYear], missing: [Company], definition: CapexDefinition, leaseLines: [Int: LeaseLine],
         previous: PeerYear?) {
        func capexOf(_ year: CompanyYear) -> Figure {
            definition.capex(of: year, leaseLine: leaseLines[year.company.cik] ?? .assetsObtained).figure
        }
        self.fiscalYear = fiscalYear
        self.members = years.map(\.company).sorted { $0.displayTicker < $1.displayTicker }
        self.missing = missing
        lacking = years.sorted { $0.company.displayTicker < $1.company.displayTicker }.compactMap { year in
            var figures: [LackingMember.Figure] = []
            if !capexOf(year).isResolved { figures.append(year[.capex].isResolved ? .financeLeases : .capex) }
            if !year[.revenue].isResolved { figures.append(.revenue) }
            return figures.isEmpty ? nil : LackingMember(company: year.company, figures: figures)
        }
        let complete = missing.isEmpty
        capex = complete ? .sum(years.map(capexOf)) : .unresolved
        revenue = complete ? .sum(years.map { $0[.revenue] }) : .unresolved
        weightedIntensity = .ratio(capex, revenue)
        let consecutive = previous.map { $0.fiscalYear == fiscalYear - 1 } ?? false
        capexGrowth = consecutive ? Self.growth(capex, previous?.capex) : .unresolved
        revenueGrowth = consecutive ? Self.growth(revenue, previous?.revenue) : .unresolved
    }

    private static func growth(_ current: Figure, _ previous: Figure?) -> Figure {
        guard let previous else { return .unresolved }
        return .derived(current, previous) { $0[1] == 0 ? nil : $0[0] / $0[1] - 1 }
    }
}

/// A member with figures in a year, but not every figure the peer sums need.
public struct LackingMember: Sendable, Hashable {
    /// A figure the peer sums need; the raw value is how tables name it.
    public enum Figure: String, Sendable, Hashable, CaseIterable {
        case capex
        /// Capex with leases needs a finance-lease figure.
        case financeLeases = "finance leases"
        case revenue
    }

    public var company: Company
    /// What it lacks.
    public var figures: [Figure]
}

/// The first fiscal year in which the peer set's combined capex reached a threshold.
public struct CapexMilestone: Sendable, Hashable {
    /// The threshold in USD millions.
    public var thresholdUSDMillions: Double
    /// The first fiscal year at or above the threshold, or `nil` if none yet.
    public var fiscalYear: Int?
    public var capex: Figure
    /// Fiscal years without a combined capex before `fiscalYear` (or in all the years, when
    /// none reached the threshold): the threshold may have been passed in one of them.
    public var unknownYears: [Int]

    /// For each threshold (USD millions), the first year of `years` whose resolved capex
    /// reached it, and the years before it that have no total.
    public static func milestones(_ years: [PeerYear], thresholdsUSDMillions: [Double]) -> [CapexMilestone] {
        thresholdsUSDMillions.map { threshold in
            let first = years.first { ($0.capex.value ?? -.infinity) >= threshold }
            let unknown = years.filter { year in !year.capex.isResolved && (first.map { year.fiscalYear < $0.fiscalYear } ?? true) }
            return CapexMilestone(thresholdUSDMillions: threshold, fiscalYear: first?.fiscalYear,
                                  capex: first?.capex ?? .unresolved, unknownYears: unknown.map(\.fiscalYear))
        }
    }
}
