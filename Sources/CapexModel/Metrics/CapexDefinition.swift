/// Which spending counts as capex.
///
/// - ``cash``: gross cash purchases of property and equipment, as on the cash-flow statement.
/// - ``withLeases``: cash purchases plus one finance-lease line, the same line in every period
///   of a company (its ``LeaseLine``): property obtained under finance leases, or, for a company
///   whose own capex counts them so (Meta), principal repaid on finance leases.
public enum CapexDefinition: String, Sendable, Hashable, CaseIterable, Codable {
    case cash
    case withLeases = "with-leases"

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
