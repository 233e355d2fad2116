import CapexData
import CapexModel

/// Which companies and years a request covers: tickers, CIKs and roles (none: every company),
/// and year bounds. A company is selected when any of them names it.
public struct CompanyFilter: Sendable, Hashable {
    public var tickers: [String]
    public var ciks: [Int]
    /// Roles in the build-out (`hyperscaler`, `neocloud`, `supplier`, `accelerator_vendor`, ...).
    public var roles: [String]
    public var from: Int?
    public var to: Int?

    public init(tickers: [String] = [], ciks: [Int] = [], roles: [String] = [], from: Int? = nil, to: Int? = nil) {
        self.tickers = tickers
        self.ciks = ciks
        self.roles = roles
        self.from = from
        self.to = to
    }

    /// True when no company is named.
    public var namesNoCompany: Bool { tickers.isEmpty && ciks.isEmpty && roles.isEmpty }

    /// Checks the year bounds and CIKs.
    public func validate() throws {
        try YearCheck.check(from, field: "from")
        try YearCheck.check(to, field: "to")
        if let from, let to, from > to { throw RequestError.yearsReversed(from: from, to: to) }
        for cik in ciks where !Defaults.ciks.contains(cik) {
            throw RequestError.outOfRange(field: "cik", value: String(cik), valid: "a CIK from 1 to 9999999999")
        }
    }

    /// The CIKs of the named companies, or `nil` when none was named (every company).
    ///
    /// - Throws: ``RequestError`` naming an unknown ticker or CIK and the known ones.
    public func selectedCIKs(in companies: [Company]) throws -> Set<Int>? {
        guard !namesNoCompany else { return nil }
        var result = Set<Int>()
        for wanted in tickers {
            guard let company = companies.first(where: { $0.ticker?.uppercased() == wanted.uppercased() }) else {
                throw RequestError.unknownTicker(wanted, known: companies.compactMap(\.ticker))
            }
            result.insert(company.cik)
        }
        for wanted in ciks {
            guard companies.contains(where: { $0.cik == wanted }) else {
                throw RequestError.unknownCIK(wanted, known: companies.map { "\($0.cik) (\($0.displayTicker))" })
            }
            result.insert(wanted)
        }
        let knownRoles = Array(Set(companies.map(\.role))).sorted()
        for wanted in roles {
            guard knownRoles.contains(wanted.lowercased()) else { throw RequestError.unknownName(field: "role", name: wanted, valid: knownRoles) }
            result.formUnion(companies.filter { $0.role == wanted.lowercased() }.map(\.cik))
        }
        return result
    }

    /// The named companies as a peer set, or the hyperscaler peer set when none was named.
    public func peerSet(among companies: [Company]) throws -> PeerSet {
        guard let chosen = try selectedCIKs(in: companies) else { return .hyperscalers(among: companies) }
        let role = tickers.isEmpty && ciks.isEmpty && roles.count == 1 ? roles[0].lowercased() : PeerSet.chosenRole
        return PeerSet(role: role, members: companies.filter { chosen.contains($0.cik) })
    }
}
