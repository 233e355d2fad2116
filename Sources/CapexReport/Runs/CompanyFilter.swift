import CapexData
import CapexModel

/// Which companies and fiscal years a request covers: tickers and CIKs (none: every company),
/// and fiscal-year bounds.
public struct CompanyFilter: Sendable {
    public var tickers: [String]
    public var ciks: [Int]
    public var from: Int?
    public var to: Int?

    /// Fiscal years CapexGap accepts as bounds.
    public static let plausibleYears = 1900...2100

    public init(tickers: [String] = [], ciks: [Int] = [], from: Int? = nil, to: Int? = nil) {
        self.tickers = tickers
        self.ciks = ciks
        self.from = from
        self.to = to
    }

    /// Checks the year bounds.
    public func validate() throws {
        for (field, year) in [("from", from), ("to", to)] {
            if let year, !Self.plausibleYears.contains(year) {
                throw RequestError.yearOutOfRange(field: field, year: year, valid: Self.plausibleYears)
            }
        }
        if let from, let to, from > to { throw RequestError.yearsReversed(from: from, to: to) }
    }

    /// The CIKs of the named companies, or `nil` when none was named (every company).
    ///
    /// - Throws: ``RequestError`` naming an unknown ticker or CIK and the known ones.
    public func selectedCIKs(in database: CapexDatabase) throws -> Set<Int>? {
        guard !tickers.isEmpty || !ciks.isEmpty else { return nil }
        let companies = try database.companies()
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
        return result
    }

    /// The named companies as a peer set, or the hyperscaler peer set when none was named.
    public func peerSet(in database: CapexDatabase) throws -> PeerSet {
        let companies = try database.companies()
        guard let chosen = try selectedCIKs(in: database) else {
            return PeerSet(role: PeerSet.hyperscalerRole, among: companies)
        }
        return PeerSet(role: "chosen", members: companies.filter { chosen.contains($0.cik) })
    }
}
