import CapexData
import CapexModel

/// `companies`: one row per company fiscal year with its capital-intensity metrics.
public struct CompaniesResult: TabularResult {
    public var rows: [CapitalIntensityRow]
    public var bands: RegimeBands
    public var definition: CapexDefinition

    public var fields: [Field<CapitalIntensityRow>] { Self.fields(definition) }
    public static var schema: [FieldSchema] { fields(.cash).map(\.schema) }

    static func fields(_ definition: CapexDefinition) -> [Field<CapitalIntensityRow>] {
        [
            .text("ticker", "Ticker") { $0.year.company.displayTicker },
            .text("role", "Role") { $0.year.company.role },
            .text("company", "Company", machineOnly: true) { $0.year.company.name },
            .integer("cik", "CIK", machineOnly: true) { $0.year.company.cik },
            .integer("fiscal_year", "FY") { $0.year.fiscalYear },
            .text("period_start", "Start", machineOnly: true) { $0.year.periodStart },
            .text("period_end", "Period end") { $0.year.periodEnd },
            .figure("revenue_usd_m", "Revenue $M", .millions) { $0.year[.revenue] },
            .figure("capex_usd_m", "Capex $M", .millions) { $0.capex },
            .text("capex_definition", "Capex basis", machineOnly: definition == .cash) { $0.capexBasis },
            .figure("capex_intensity", "Capex/Rev", .percent) { $0.capexIntensity },
            .figure("capex_to_depreciation", "Capex/D&A", .multiple) { $0.capexToDepreciation },
            .figure("depreciation_usd_m", "Depreciation $M", .millions, machineOnly: true) { $0.year[.depreciation] },
            .figure("capex_to_depreciation_only", "Capex/Dep", .multiple) { $0.capexToDepreciationAlone },
            .figure("capex_to_operating_cash_flow", "Capex/OCF", .percent) { $0.capexToOperatingCashFlow },
            .figure("fcf_reported_usd_m", "FCF $M", .millions) { $0.freeCashFlowReported },
            .figure("fcf_lease_adjusted_usd_m", "FCF-leases $M", .millions) { $0.freeCashFlowLeaseAdjusted },
            .figure("capex_growth", "Capex YoY", .growth) { $0.capexGrowth },
            .text("regime_band", "Band") { $0.regime.label },
            .text("evidence", "Evidence") { $0.year.evidence.rawValue },
            .citation("source", "Source") { $0.year.sources.map(\.title).joined(separator: " | ") },
        ]
    }
}

/// `headline`: each hyperscaler's latest fiscal year, the peer set's total, and how combined
/// capex changed since a base year. Its JSON is the rows, the total last.
public struct HeadlineResult: TabularResult {
    /// A company's latest year, or the peer set's total (``isTotal``).
    public struct Row: Sendable, Hashable {
        public var ticker: String
        public var company: String
        public var fiscalYear: Int?
        public var periodEnd: String?
        public var revenue: Figure
        public var capex: Figure
        public var capexIntensity: Figure
        public var band: String
        /// Trailing-twelve-month capex intensity at the company's latest quarter, and that quarter.
        public var ttmIntensity: Figure
        public var ttmAsOf: String?
        public var isTotal: Bool
    }

    public var latest: [CapitalIntensityRow]
    public var total: Figure
    public var totalRevenue: Figure
    /// The peer set's year to compare the latest with (FY2015), and its last complete year.
    public var baseYear: PeerYear?
    public var lastFullYear: PeerYear?
    public var bands: RegimeBands
    /// Each member's trailing twelve months at its latest quarter.
    public var ttm: [TrailingTwelveMonths]
    /// The newest filing date behind the quarters: how fresh the data is.
    public var filingsThrough: CalendarDate?
    /// The peers' latest commitments (RPO or backlog), when the data has them.
    public var commitments: Commitments?

    /// Each peer's latest total commitment, their sum and the peers' revenue over the four
    /// quarters to each commitment's date (USD millions).
    public struct Commitments: Sendable, Hashable {
        public var rows: [CommitmentsResult.Row]
        public var total: Figure
        public var ttmRevenue: Figure
    }

    /// The fiscal year combined capex is compared with.
    public static let comparisonYear = 2015

    init(peerSet: PeerSet, companyYears: [CompanyYear], ttm: [TrailingTwelveMonths], filingsThrough: CalendarDate?, bands: RegimeBands) {
        self.ttm = ttm
        self.filingsThrough = filingsThrough
        let rows = CapitalIntensityRow.rows(for: companyYears, definition: .cash, bands: bands)
        latest = peerSet.members.compactMap { member in
            rows.last { $0.year.company.cik == member.cik && $0.capex.isResolved && $0.year[.revenue].isResolved }
        }
        total = .sum(latest.map(\.capex))
        totalRevenue = .sum(latest.map { $0.year[.revenue] })
        let peerYears = peerSet.years(from: companyYears, definition: .cash)
        baseYear = peerYears.first { $0.fiscalYear == Self.comparisonYear && $0.capex.isResolved }
        lastFullYear = peerYears.last { $0.capex.isResolved }
        self.bands = bands
    }

    public var rows: [Row] {
        let intensity = Figure.ratio(total, totalRevenue)
        let ttmByCIK = Dictionary(ttm.map { ($0.company.cik, $0) }, uniquingKeysWith: { first, _ in first })
        let ttmTotal = Figure.ratio(.sum(ttm.map { $0.capex(.cash) }), .sum(ttm.map { $0.sum(.revenue) }))
        return latest.map { row in
            let twelve = ttmByCIK[row.year.company.cik]
            return Row(ticker: row.year.company.displayTicker, company: row.year.company.name, fiscalYear: row.year.fiscalYear,
                       periodEnd: row.year.periodEnd, revenue: row.year[.revenue], capex: row.capex, capexIntensity: row.capexIntensity,
                       band: row.regime.label, ttmIntensity: twelve?.capexIntensity ?? .unresolved,
                       ttmAsOf: twelve?.last.calendarQuarter?.description, isTotal: false)
        } + [Row(ticker: "Total", company: "peer set, latest fiscal years", fiscalYear: nil, periodEnd: nil, revenue: totalRevenue,
                 capex: total, capexIntensity: intensity, band: bands.place(intensity).label,
                 ttmIntensity: ttm.count == latest.count ? ttmTotal : .unresolved, ttmAsOf: nil, isTotal: true)]
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
            .text("ticker", "Ticker") { $0.ticker },
            .text("company", "Company") { $0.company },
            .integer("fiscal_year", "FY") { $0.fiscalYear },
            .text("period_end", "Period end", machineOnly: true) { $0.periodEnd },
            .figure("revenue_usd_m", "Revenue $M", .millions) { $0.revenue },
            .figure("capex_usd_m", "Capex $M", .millions) { $0.capex },
            .figure("capex_intensity", "Capex/Rev", .percent) { $0.capexIntensity },
            .text("regime_band", "Band") { $0.band },
            .figure("capex_intensity_ttm", "TTM Capex/Rev", .percent) { $0.ttmIntensity },
            .text("ttm_as_of", "TTM to") { $0.ttmAsOf },
        ]
}

/// `peers`: the peer set's sums per fiscal year, and when combined capex first passed each
/// milestone.
public struct PeersResult: TabularResult {
    public var years: [PeerYear]
    public var peerSet: PeerSet
    public var bands: RegimeBands
    public var definition: CapexDefinition

    /// Milestones marked, USD millions ($100B, $200B, $400B).
    public static let milestonesUSDMillions: [Double] = [100_000, 200_000, 400_000]

    public var milestones: [CapexMilestone] {
        CapexMilestone.milestones(years, thresholdsUSDMillions: Self.milestonesUSDMillions)
    }

    /// A fiscal year of the peer set, with its band and the milestones it passed.
    public struct Row: Sendable, Hashable {
        public var year: PeerYear
        public var band: String
        public var milestones: [CapexMilestone]
    }

    public var rows: [Row] {
        let milestones = self.milestones
        return years.map { year in
            Row(year: year, band: bands.place(year.weightedIntensity).label, milestones: milestones.filter { $0.fiscalYear == year.fiscalYear })
        }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .integer("fiscal_year", "FY") { $0.year.fiscalYear },
        .integer("companies", "Cos") { $0.year.members.count },
        .text("members", "Members", machineOnly: true) { $0.year.members.map(\.displayTicker).joined(separator: " ") },
        .text("missing", "Missing", wrapWidth: 36) { missingText($0.year) },
        .figure("capex_usd_m", "Capex $M", .millions) { $0.year.capex },
        .figure("revenue_usd_m", "Revenue $M", .millions) { $0.year.revenue },
        .figure("weighted_intensity", "Capex/Rev", .percent) { $0.year.weightedIntensity },
        .figure("capex_growth", "Capex YoY", .growth) { $0.year.capexGrowth },
        .figure("revenue_growth", "Rev YoY", .growth) { $0.year.revenueGrowth },
        .text("regime_band", "Band") { $0.band },
        .text("milestone", "Milestone") { row in
            row.milestones.map { "passed \(NumberText.billions(fromMillions: $0.thresholdUSDMillions, digits: 0))" }.joined(separator: ", ")
        },
    ]

    /// Members without figures that year, then, per figure, the members lacking it:
    /// `MSFT; no finance leases: GOOGL META`.
    public static func missingText(_ year: PeerYear) -> String {
        var parts = year.missing.isEmpty ? [] : [year.missing.map(\.displayTicker).joined(separator: " ")]
        for figure in LackingMember.Figure.allCases {
            let tickers = year.lacking.filter { $0.figures.contains(figure) }.map(\.company.displayTicker)
            if !tickers.isEmpty { parts.append("no \(figure.rawValue): \(tickers.joined(separator: " "))") }
        }
        return parts.joined(separator: "; ")
    }
}

/// `essay`: the founding essay's table reconciled with the filings.
public struct EssayResult: TabularResult {
    public var rows: [EssayReconciliation]

    public var fields: [Field<EssayReconciliation>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<EssayReconciliation>] = [
        .text("ticker", "Ticker") { $0.row.ticker },
        .text("revenue_printed", "Revenue") { $0.row.printed.revenue },
        .integer("revenue_fiscal_year", "Rev FY") { $0.revenue?.fiscalYear },
        .figure("revenue_filed_usd_m", "Filed $M", .millions) { $0.revenue?.filed ?? .unresolved },
        .number("revenue_deviation", "Dev", .growth) { $0.revenue?.deviation },
        .text("capex_printed", "Capex") { $0.row.printed.capex },
        .integer("capex_fiscal_year", "Capex FY") { $0.capex?.fiscalYear },
        .text("capex_definition", "Capex definition") { $0.capex?.definition },
        .figure("capex_filed_usd_m", "Filed $M", .millions) { $0.capex?.filed ?? .unresolved },
        .number("capex_deviation", "Dev", .growth) { $0.capex?.deviation },
        .text("capex_match", "Match") { $0.capex?.quality.rawValue },
        .text("capex_pct_printed", "Printed %") { $0.row.printed.percent },
        .figure("capex_year_intensity", "Filed %", .percent) { $0.capexYearIntensity },
        .bool("mixes_years", "Mixed years") { $0.mixesYears },
        .text("verdict", "Verdict", machineOnly: true) { $0.verdict },
        .citation("source", "Source") { $0.row.source.title },
]
}

/// `sources`: every source with its evidence status and what it supports.
public struct SourcesResult: TabularResult {
    public var rows: [SourceUsage]

    public var fields: [Field<SourceUsage>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<SourceUsage>] = [
        .text("evidence", "Evidence") { $0.source.evidence.rawValue },
        .text("title", "Source", wrapWidth: 64, linkKey: "url") { $0.source.title },
        .text("form", "Form", machineOnly: true) { $0.source.form },
        .text("accession", "Accession", machineOnly: true) { $0.source.accession },
        .text("filed", "Filed", machineOnly: true) { $0.source.filed },
        .text("url", "URL", machineOnly: true) { $0.source.url },
        .text("supports", "Supports", wrapWidth: 56) { $0.supports.joined(separator: "; ") },
        .integer("figures", "Figures") { $0.count },
]
}

/// `restatements`: figures a later filing changed.
public struct RestatementsResult: TabularResult {
    public var rows: [Restatement]

    public var fields: [Field<Restatement>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Restatement>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .integer("fiscal_year", "FY") { $0.fiscalYear },
        .text("metric", "Metric") { $0.metric.rawValue },
        .text("concept", "Concept", machineOnly: true) { $0.concept },
        .number("old_value_usd_m", "Old $M", .millions) { Double($0.old.valueUSD) / 1_000_000 },
        .text("old_filing", "Old filing") { Self.filing($0.old) },
        .number("new_value_usd_m", "New $M", .millions) { Double($0.new.valueUSD) / 1_000_000 },
        .text("new_filing", "New filing") { Self.filing($0.new) },
        .number("change", "Change", .growth) { $0.change },
]

    static func filing(_ value: Restatement.FiledValue) -> String {
        "\(value.form) \(value.accession) (\(value.filed))"
    }
}

/// `conflicts`: figures that different sources give different values for, and which value the
/// metrics use. One row per value.
public struct ConflictsResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var conflict: FigureConflict
        public var value: FigureConflict.Value
    }

    public var conflicts: [FigureConflict]

    public var rows: [Row] {
        conflicts.flatMap { conflict in conflict.values.map { Row(conflict: conflict, value: $0) } }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("ticker", "Ticker") { $0.conflict.company.displayTicker },
        .integer("fiscal_year", "FY") { $0.conflict.fiscalYear },
        .text("metric", "Metric") { $0.conflict.metric.rawValue },
        .number("value_usd_m", "Value $M", .millions) { $0.value.valueUSDMillions },
        .text("evidence", "Evidence") { $0.value.evidence.rawValue },
        .bool("in_use", "Used") { $0.value.inUse },
        .text("concept", "Concept", wrapWidth: 28) { $0.value.concept },
        .text("source", "Source", wrapWidth: 70) { $0.value.source.title },
]
}
