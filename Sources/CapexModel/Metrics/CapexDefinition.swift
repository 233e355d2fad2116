/// Which spending counts as capex.
///
/// - ``cash``: gross cash purchases of property and equipment, as on the cash-flow statement.
/// - ``withLeases``: cash purchases plus property obtained under finance leases. Where a
///   company discloses only the principal it repaid on finance leases, that is used instead,
///   and the result says so.
public enum CapexDefinition: String, Sendable, Hashable, CaseIterable, Codable {
    case cash
    case withLeases = "with-leases"

    /// Capex of `year` under this definition, and a phrase saying what it is made of.
    public func capex(of year: CompanyYear) -> (figure: Figure, basis: String) {
        let cash = year[.capex]
        switch self {
        case .cash:
            return (cash, "cash purchases")
        case .withLeases:
            let assets = year[.financeLeaseAssetsObtained]
            if assets.isResolved {
                return (Figure.sum([cash, assets]), "cash + finance-lease assets obtained")
            }
            let principal = year[.financeLeasePrincipal]
            if principal.isResolved {
                return (Figure.sum([cash, principal]), "cash + finance-lease principal (assets obtained not disclosed)")
            }
            return (.unresolved, "no finance-lease figure: unresolved")
        }
    }
}
