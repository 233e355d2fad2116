/// Which spending counts as capex.
///
/// - ``cash``: gross cash purchases of property and equipment, as on the cash-flow statement.
/// - ``withLeases``: cash purchases plus one finance-lease line, the same line in every period
///   of a company (its ``LeaseLine``): property obtained under finance leases, or, for a company
///   whose own capex counts them so (Meta), principal repaid on finance leases.
/// - ``withCommittedLeases``: with-leases plus the year's increase in leases signed but not yet
///   commenced (``CommittedLeases``): what the company committed to, not only what it paid for
///   or took delivery of. Fiscal years only (the lease notes' balances are annual).
/// - ``net``: purchases net of proceeds from sales and incentives, where the company reports
///   that line (Amazon's own "cash capital expenditures"), else unresolved.
/// - ``netOfCustomerHardware``: cash purchases minus hardware a customer supplied or paid for
///   that the company's capex includes, where the company reports it (else unresolved).
public enum CapexDefinition: String, Sendable, Hashable, CaseIterable, Codable {
    case cash
    case withLeases = "with-leases"
    case withCommittedLeases = "with-committed-leases"
    case net
    case netOfCustomerHardware = "net-of-customer-hardware"

    /// A short name for tables and messages.
    public var label: String {
        switch self {
        case .cash: "cash capex"
        case .withLeases: "capex with leases"
        case .withCommittedLeases: "capex with committed leases"
        case .net: "capex net of proceeds and incentives"
        case .netOfCustomerHardware: "capex net of customer hardware"
        }
    }

    /// What the definition adds up, for table notes.
    public var summary: String {
        switch self {
        case .cash: "cash purchases of property and equipment"
        case .withLeases: "cash purchases + the company's finance-lease line (the same line every period)"
        case .withCommittedLeases: "cash purchases + the finance-lease line + the year's increase in leases signed but not yet commenced"
        case .net: "purchases net of proceeds from sales and incentives, where the company reports that line (Amazon)"
        case .netOfCustomerHardware: "cash purchases - customer-supplied hardware the company reports"
        }
    }

    /// The choices a form offers: each definition and a short name for it.
    public static var choices: [(String, String)] {
        [(cash.rawValue, "cash purchases of property and equipment"), (withLeases.rawValue, "+ finance leases"),
         (withCommittedLeases.rawValue, "+ leases signed, not yet commenced"), (net.rawValue, "net of proceeds and incentives"),
         (netOfCustomerHardware.rawValue, "- customer-supplied hardware")]
    }

    /// A column heading for capex in USD millions.
    public var columnTitle: String {
        switch self {
        case .cash: "Capex $M"
        case .withLeases: "Capex+leases $M"
        case .withCommittedLeases: "Capex+committed $M"
        case .net: "Capex net $M"
        case .netOfCustomerHardware: "Capex-hardware $M"
        }
    }

    /// Capex of a year or quarter under this definition, and a phrase saying what it is made of.
    ///
    /// - Parameter leaseLine: the finance-lease line to add under ``withLeases``; a period
    ///   without it is unresolved (the definition never switches lines between periods).
    public func capex(of lines: some StatementLines, leaseLine: LeaseLine) -> (figure: Figure, basis: String) {
        let cash = lines[.capex]
        switch self {
        case .cash:
            return (cash, "cash purchases")
        case .withLeases:
            let lease = lines[leaseLine.metric]
            guard lease.isResolved else { return (.unresolved, "no \(leaseLine.metric.label) figure: unresolved") }
            return (Figure.sum([cash, lease]), "cash + \(leaseLine.metric.label)")
        case .withCommittedLeases:
            let (withLeases, basis) = CapexDefinition.withLeases.capex(of: lines, leaseLine: leaseLine)
            guard withLeases.isResolved else { return (.unresolved, basis) }
            let committed = lines[.committedLeaseIncrease]
            guard committed.isResolved else { return (.unresolved, "no balance of leases not yet commenced at both ends of the period: unresolved") }
            return (Figure.sum([withLeases, committed]), "\(basis) + increase in leases not yet commenced")
        case .net:
            let net = lines[.capexNet]
            guard net.isResolved else { return (.unresolved, "no purchases-net-of-proceeds line: unresolved") }
            return (net, "purchases net of proceeds")
        case .netOfCustomerHardware:
            let hardware = lines[.customerSuppliedHardware]
            guard hardware.isResolved else { return (.unresolved, "no customer-supplied hardware reported: unresolved") }
            return (Figure.derived(cash, hardware) { $0[0] - $0[1] }, "cash - customer-supplied hardware")
        }
    }
}

/// The finance-lease line a company's with-leases capex adds, held still across its periods.
public enum LeaseLine: String, Sendable, Hashable, CaseIterable, Codable {
    /// Property and equipment obtained under finance leases (a non-cash disclosure).
    case assetsObtained = "assets_obtained"
    /// Principal repaid on finance leases (financing cash flows): Meta's own capex definition.
    case principal

    public var metric: FinancialMetric {
        switch self {
        case .assetsObtained: .financeLeaseAssetsObtained
        case .principal: .financeLeasePrincipal
        }
    }

    /// The line a company uses: the one it states (`stated`, from the bundled company list),
    /// else the one resolved in most of `periods` (assets obtained on a tie or when neither is).
    public static func choose(stated: LeaseLine?, periods: [any StatementLines]) -> LeaseLine {
        if let stated { return stated }
        let assets = periods.count { $0[.financeLeaseAssetsObtained].isResolved }
        let principal = periods.count { $0[.financeLeasePrincipal].isResolved }
        return principal > assets ? .principal : .assetsObtained
    }

    /// Each company's line in `periods` (any companies), by CIK.
    public static func byCompany(_ periods: [CompanyYear]) -> [Int: LeaseLine] {
        Dictionary(grouping: periods, by: \.company.cik).mapValues { years in
            choose(stated: years[0].company.capexLeaseLine, periods: years)
        }
    }
}
