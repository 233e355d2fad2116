/// A line of a company's annual financial statements that CapexGap stores, in USD millions.
public enum FinancialMetric: String, Sendable, Hashable, CaseIterable, Codable {
    /// Total revenue or net sales.
    case revenue
    /// Gross cash purchases of property and equipment (cash-flow statement), excluding assets
    /// obtained under finance leases.
    case capex
    /// Purchases net of proceeds from sales and incentives, where a company reports that line.
    case capexNet = "capex_net"
    /// Property and equipment obtained under finance (formerly capital) leases, a non-cash
    /// supplemental disclosure.
    case financeLeaseAssetsObtained = "finance_lease_assets_obtained"
    /// Principal repayments of finance leases (financing cash flows).
    case financeLeasePrincipal = "finance_lease_principal"
    /// The depreciation and amortisation add-back of the cash-flow statement.
    case depreciationAmortization = "depreciation_amortization"
    /// Net cash provided by operating activities.
    case operatingCashFlow = "operating_cash_flow"
    /// Depreciation alone, where a company states it apart from amortisation (the base of the
    /// capex / depreciation ratio peers publish).
    case depreciation
    /// The year's increase in leases signed but not yet commenced (future payments, from the
    /// lease note's balances at the two year ends; see ``CommittedLeases``). Can be negative.
    case committedLeaseIncrease = "committed_lease_increase"
    /// Hardware a customer supplied or paid for that the company's capex includes, where the
    /// company reports it (none in the bundled data does; import one with `import csv`).
    case customerSuppliedHardware = "customer_supplied_hardware"

    /// Whether a negative value is an anomaly (every line but operating cash flow).
    public var isNeverNegative: Bool { self != .operatingCashFlow && self != .committedLeaseIncrease }

    /// A short name for tables and messages.
    public var label: String {
        switch self {
        case .revenue: "revenue"
        case .capex: "capex"
        case .capexNet: "net capex"
        case .financeLeaseAssetsObtained: "finance-lease assets obtained"
        case .financeLeasePrincipal: "finance-lease principal"
        case .depreciationAmortization: "D&A"
        case .operatingCashFlow: "operating cash flow"
        case .depreciation: "depreciation"
        case .committedLeaseIncrease: "increase in leases not yet commenced"
        case .customerSuppliedHardware: "customer-supplied hardware"
        }
    }
}
