/// A company whose filings CapexGap holds, identified by its SEC Central Index Key.
public struct Company: Sendable, Hashable, Codable {
    /// SEC Central Index Key, without leading zeros.
    public var cik: Int
    /// Exchange ticker, when known (from the bundled list or given on import).
    public var ticker: String?
    public var name: String
    /// The company's role in the AI build-out, e.g. `hyperscaler` or `accelerator_vendor`.
    /// The peer set is every company whose role is ``PeerSet/hyperscalers``'s role.
    public var role: String
    /// Month (1-12) in which the company's fiscal year ends, when known.
    public var fiscalYearEndMonth: Int?
    /// The finance-lease line the company's own "capex including leases" adds, when the
    /// bundled company list states it (Meta: principal payments); otherwise chosen from its
    /// figures by ``LeaseLine/choose(stated:periods:)``.
    public var capexLeaseLine: LeaseLine?

    public init(cik: Int, ticker: String?, name: String, role: String, fiscalYearEndMonth: Int? = nil, capexLeaseLine: LeaseLine? = nil) {
        self.cik = cik
        self.ticker = ticker
        self.name = name
        self.role = role
        self.fiscalYearEndMonth = fiscalYearEndMonth
        self.capexLeaseLine = capexLeaseLine
    }

    /// The ticker, or `CIK` followed by the number when no ticker is known.
    public var displayTicker: String { ticker ?? "CIK\(cik)" }
}
