/// A company's own definition of "capex", and CapexGap's comparable figure reconciled with
/// the figure the company (or a source quoting it) states.
///
/// - difference = CapexGap's figure - the stated figure (USD millions)
/// - relative difference = difference / stated
public struct CapexReconciliation: Sendable, Hashable {
    /// Which of CapexGap's figures matches the company's definition.
    public enum Comparable: String, Sendable, Hashable, CaseIterable {
        /// Cash purchases of property and equipment.
        case cash
        /// Cash purchases + the company's finance-lease line (``LeaseLine``).
        case withLeases = "with-leases"
        /// Purchases net of proceeds from sales and incentives.
        case net
    }

    public var company: Company
    /// The company's definition, in its words.
    public var ownDefinition: String
    public var comparable: Comparable
    public var fiscalYear: Int
    /// USD millions, as the company (or a source quoting it) states; unresolved when none is recorded.
    public var stated: Figure
    /// CapexGap's figure under ``comparable`` for the same fiscal year.
    public var computed: Figure
    /// What the computed figure is made of (`cash + finance-lease principal`).
    public var computedBasis: String
    public var source: Source
    public var note: String

    public init(company: Company, ownDefinition: String, comparable: Comparable, fiscalYear: Int, stated: Figure, year: CompanyYear?,
                leaseLine: LeaseLine, source: Source, note: String) {
        self.company = company
        self.ownDefinition = ownDefinition
        self.comparable = comparable
        self.fiscalYear = fiscalYear
        self.stated = stated
        self.source = source
        self.note = note
        guard let year else {
            computed = .unresolved
            computedBasis = "no FY\(fiscalYear) figures"
            return
        }
        switch comparable {
        case .cash: (computed, computedBasis) = CapexDefinition.cash.capex(of: year, leaseLine: leaseLine)
        case .withLeases: (computed, computedBasis) = CapexDefinition.withLeases.capex(of: year, leaseLine: leaseLine)
        case .net: (computed, computedBasis) = (year[.capexNet], "purchases net of proceeds")
        }
    }

    public var difference: Figure { .derived(computed, stated) { $0[0] - $0[1] } }
    public var relativeDifference: Figure { .derived(computed, stated) { $0[1] == 0 ? nil : ($0[0] - $0[1]) / $0[1] } }
}
