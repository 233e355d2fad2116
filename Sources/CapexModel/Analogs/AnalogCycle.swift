/// A historical infrastructure cycle (or the AI build-out) and the year CapexGap counts it
/// from, so that cycles can be compared on "years since the cycle began".
public struct AnalogCycle: Sendable, Hashable {
    /// The id used in the analogs data: `telecom_fiber_us`, `railway_uk`, `ai_datacenter`, ...
    public var id: String
    public var label: String
    /// Year 0 of the cycle.
    public var startYear: Int
    /// Why this year: the alignment is CapexGap's choice (a scenario value), stated with its reason.
    public var basis: String

    public init(id: String, label: String, startYear: Int, basis: String) {
        self.id = id
        self.label = label
        self.startYear = startYear
        self.basis = basis
    }

    /// The id of the AI build-out's cycle.
    public static let aiID = "ai_datacenter"
    /// The id of the US telecom and fibre cycle.
    public static let telecomID = "telecom_fiber_us"
}

/// The metrics the cycles are compared on.
public enum AnalogMetric: String, Sendable, Hashable, CaseIterable {
    /// Investment as a share of GDP (or national income, as the source has it), percent.
    case investmentPctGDP = "investment_pct_gdp"
    /// Capex as a share of revenue, percent.
    case capexPctRevenue = "capex_pct_revenue"
    /// How much of the capacity built is used, percent.
    case utilisation

    /// The analogs data's metrics that count as this one.
    public var dataMetrics: [String] {
        switch self {
        case .investmentPctGDP: ["investment_pct_gdp"]
        case .capexPctRevenue: ["capex_pct_revenue", "capex_pct_revenue_historical_median"]
        case .utilisation: ["fiber_lit_pct", "capacity_used_pct", "network_capacity_in_operation_pct"]
        }
    }

    public var label: String {
        switch self {
        case .investmentPctGDP: "investment as % of GDP"
        case .capexPctRevenue: "capex as % of revenue"
        case .utilisation: "capacity in use, %"
        }
    }
}
