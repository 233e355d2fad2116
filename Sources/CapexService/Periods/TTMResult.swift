import CapexModel

/// `ttm`: each company's trailing twelve months (four fiscal quarters): revenue, capex (cash
/// and with leases), capex intensity and capex / operating cash flow, with the newest filing used.
public struct TTMResult: TabularResult {
    public var rows: [TrailingTwelveMonths]
    public var asOf: CalendarQuarter?
    /// Named companies with no quarter at `asOf` (or none at all).
    public var absent: [Company]

    public var fields: [Field<TrailingTwelveMonths>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<TrailingTwelveMonths>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .integer("cik", "CIK", machineOnly: true) { $0.company.cik },
        .text("as_of", "As of") { $0.last.label },
        .text("as_of_calendar_quarter", "Calendar") { $0.last.calendarQuarter?.description },
        .text("as_of_period_end", "Period end") { $0.last.end?.description },
        .figure("revenue_ttm_usd_m", "Revenue TTM $M", .millions) { $0.sum(.revenue) },
        .figure("capex_ttm_usd_m", "Capex TTM $M", .millions) { $0.capex(.cash) },
        .figure("capex_with_leases_ttm_usd_m", "Capex+leases TTM $M", .millions, machineOnly: true) { $0.capex(.withLeases) },
        .text("lease_line", "Lease line", machineOnly: true) { $0.leaseLine.metric.label },
        .figure("capex_intensity_ttm", "Capex/Rev", .percent) { $0.capexIntensity },
        .figure("operating_cash_flow_ttm_usd_m", "OCF TTM $M", .millions, machineOnly: true) { $0.sum(.operatingCashFlow) },
        .figure("capex_to_ocf_ttm", "Capex/OCF", .percent) { $0.capexToOperatingCashFlow },
        .text("filed", "Filed through") { $0.newestFiling?.description },
        .text("note", "Note", wrapWidth: 40) { note($0) },
        .citation("source", "Source") { row in QuartersResult.source(row.facts) },
    ]

    /// Why a TTM figure is unresolved: the quarters missing, or the figures missing and why.
    static func note(_ ttm: TrailingTwelveMonths) -> String? {
        var parts: [String] = []
        for metric in [FinancialMetric.revenue, .capex] {
            if let reason = ttm.reasonUnresolved(metric) { parts.append("\(metric.label): \(reason)") }
        }
        if !ttm.missing.isEmpty { return "unresolved: no \(ttm.missing.joined(separator: ", ")) in the data" }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

/// `peers --calendar`: the peer set's sums per calendar year from calendar quarters.
public struct CalendarPeersResult: TabularResult {
    public var years: [CalendarPeerYear]
    public var peerSet: PeerSet
    public var definition: CapexDefinition
    public var bands: RegimeBands

    public var rows: [CalendarPeerYear] { years }
    public var fields: [Field<CalendarPeerYear>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<CalendarPeerYear>] = [
        .integer("calendar_year", "Year") { $0.year },
        .integer("companies", "Cos") { $0.totals.count },
        .text("members", "Members", machineOnly: true) { $0.totals.map(\.company.displayTicker).joined(separator: " ") },
        .text("incomplete", "Incomplete", wrapWidth: 44) { $0.incomplete.joined(separator: "; ") },
        .figure("capex_usd_m", "Capex $M", .millions) { $0.capex },
        .figure("revenue_usd_m", "Revenue $M", .millions) { $0.revenue },
        .figure("weighted_intensity", "Capex/Rev", .percent) { $0.weightedIntensity },
        .figure("capex_growth", "Capex YoY", .growth) { $0.capexGrowth },
    ]
}
