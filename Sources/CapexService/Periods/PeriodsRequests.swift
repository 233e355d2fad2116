import CapexData
import CapexModel

/// `quarters`: one row per company fiscal quarter.
public struct QuartersRequest: Sendable, Hashable {
    /// The companies (none named: every company with quarters). Year bounds are not used.
    public var companies: CompanyFilter
    /// First and last calendar quarter shown (by the calendar quarter holding most of a
    /// quarter's days).
    public var from: CalendarQuarter?
    public var to: CalendarQuarter?
    /// Order by calendar quarter, then company, instead of by company, then fiscal quarter.
    public var calendar: Bool
    public var capex: CapexDefinition
    public var basis: FilingBasis

    public init(companies: CompanyFilter = CompanyFilter(), from: CalendarQuarter? = nil, to: CalendarQuarter? = nil, calendar: Bool = false,
                capex: CapexDefinition = .cash, basis: FilingBasis = .first) {
        self.companies = companies
        self.from = from
        self.to = to
        self.calendar = calendar
        self.capex = capex
        self.basis = basis
    }

    func validate() throws {
        try companies.validate()
        try capex.checkQuarterly()
        if let from, let to, from > to {
            throw RequestError.outOfRange(field: "to", value: to.description, valid: "a calendar quarter from \(from) on (--from is \(from))")
        }
    }
}

/// `ttm`: each company's trailing twelve months.
public struct TTMRequest: Sendable, Hashable {
    public var companies: CompanyFilter
    /// The calendar quarter the twelve months end with (none: each company's latest quarter).
    public var asOf: CalendarQuarter?
    public var basis: FilingBasis

    public init(companies: CompanyFilter = CompanyFilter(), asOf: CalendarQuarter? = nil, basis: FilingBasis = .first) {
        self.companies = companies
        self.asOf = asOf
        self.basis = basis
    }
}

/// `peers --calendar`: the peer set's sums per calendar year, from calendar quarters.
public struct CalendarPeersRequest: Sendable, Hashable {
    public var companies: CompanyFilter
    public var capex: CapexDefinition
    public var basis: FilingBasis

    public init(companies: CompanyFilter = CompanyFilter(), capex: CapexDefinition = .cash, basis: FilingBasis = .first) {
        self.companies = companies
        self.capex = capex
        self.basis = basis
    }
}

extension CapexDefinition {
    /// Refuses the definitions that exist for fiscal years only (their inputs are annual: the
    /// lease notes' year-end balances, imported customer-hardware figures).
    func checkQuarterly() throws {
        guard self == .withCommittedLeases || self == .netOfCustomerHardware else { return }
        throw RequestError.outOfRange(field: "capex", value: rawValue,
                                      valid: "cash or with-leases for quarters and calendar years (\(rawValue) needs annual figures: use companies or peers)")
    }
}

extension CalendarQuarter {
    /// Parses a user's `2025Q3`, or throws naming the field.
    public static func parse(_ text: String, field: String) throws -> CalendarQuarter {
        guard let quarter = CalendarQuarter(text), (1990...2100).contains(quarter.year) else {
            throw RequestError.outOfRange(field: field, value: text, valid: "a calendar quarter such as 2025Q3 (years 1990-2100)")
        }
        return quarter
    }
}
