/// A party to the AI build-out's deals: a company, a lab, a fund or a financing vehicle.
public struct DealEntity: Sendable, Hashable {
    public var id: String
    public var name: String
    /// `company`, `lab`, `fund`, `vehicle`.
    public var kind: String
    public var ticker: String?

    public init(id: String, name: String, kind: String, ticker: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.ticker = ticker
    }
}

/// A deal: money (or a commitment of money) from a payer to a payee.
///
/// Direction: investor -> investee, buyer -> seller, lessee -> lessor, warrant issuer ->
/// holder; the amount is a point or a range (USD billions), as the source states it.
public struct Deal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case equityInvestment = "equity_investment"
        case computePurchaseCommitment = "compute_purchase_commitment"
        case chipPurchase = "chip_purchase"
        case lease
        case loan
        case warrant
        case revenueShare = "revenue_share"
    }

    public enum Status: String, Sendable, Hashable, CaseIterable {
        case announced, signed, funded
    }

    public var id: String
    public var payer: String
    public var payee: String
    public var kind: Kind
    /// USD billions: the point, or the range's ends.
    public var amount: Double?
    public var low: Double?
    public var high: Double?
    public var announced: String?
    public var termYears: Double?
    public var status: Status
    public var linkedDeal: String?
    public var evidence: EvidenceStatus
    public var tier: SourceTier
    public var source: Source
    public var note: String?

    public init(id: String, payer: String, payee: String, kind: Kind, amount: Double?, low: Double?, high: Double?, announced: String?,
                termYears: Double?, status: Status, linkedDeal: String?, evidence: EvidenceStatus, tier: SourceTier, source: Source, note: String?) {
        self.id = id
        self.payer = payer
        self.payee = payee
        self.kind = kind
        self.amount = amount
        self.low = low
        self.high = high
        self.announced = announced
        self.termYears = termYears
        self.status = status
        self.linkedDeal = linkedDeal
        self.evidence = evidence
        self.tier = tier
        self.source = source
        self.note = note
    }

    /// The amount counted in sums: the point, else the middle of the range, else the one end
    /// given (USD billions); `nil` when the source states none.
    public var countedAmount: Double? {
        if let amount { return amount }
        switch (low, high) {
        case (let low?, let high?): return (low + high) / 2
        case (let low?, nil): return low
        case (nil, let high?): return high
        default: return nil
        }
    }

    /// Whether it may be shown as a fact: a tiered source other than unverified.
    public var isShowable: Bool { !tier.isContested }
}

/// The deals as a graph, and for each entity the money that comes back: of the commitments
/// others made to it, how much it funded itself (USD billions).
///
/// - inflow(E) = the sum of the deals whose payee is E;
/// - comes back(E) = for each payer P of E, the smaller of what P committed to E and what E
///   committed to P, summed over P: money E receives that E itself put into its payer.
///
/// Every deal's amount is one entity's inflow, so the inflows add up to the deals' total.
public struct DealGraph: Sendable {
    public var entities: [DealEntity]
    public var deals: [Deal]

    public init(entities: [DealEntity], deals: [Deal]) {
        self.entities = entities
        self.deals = deals.filter(\.isShowable)
    }

    public struct Flow: Sendable, Hashable {
        public var entity: DealEntity
        public var inflow: Double
        public var outflow: Double
        public var comesBack: Double
        /// The payers whose money came back in part, with the amount.
        public var circular: [(payer: String, amount: Double)]
        /// Deals to or from the entity with no disclosed amount (counted nowhere).
        public var undisclosed: Int = 0

        public static func == (lhs: Flow, rhs: Flow) -> Bool {
            lhs.entity == rhs.entity && lhs.inflow == rhs.inflow && lhs.outflow == rhs.outflow && lhs.comesBack == rhs.comesBack
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(entity) }

        /// comes back / inflow, `nil` without inflow.
        public var share: Double? { inflow > 0 ? comesBack / inflow : nil }
    }

    /// Sum of the counted amounts from `payer` to `payee`.
    public func amount(from payer: String, to payee: String) -> Double {
        deals.filter { $0.payer == payer && $0.payee == payee }.compactMap(\.countedAmount).reduce(0, +)
    }

    public var flows: [Flow] {
        entities.map { entity in
            let inflow = deals.filter { $0.payee == entity.id }.compactMap(\.countedAmount).reduce(0, +)
            let outflow = deals.filter { $0.payer == entity.id }.compactMap(\.countedAmount).reduce(0, +)
            let payers = Set(deals.filter { $0.payee == entity.id }.map(\.payer)).sorted()
            let circular = payers.compactMap { payer -> (payer: String, amount: Double)? in
                let back = min(amount(from: payer, to: entity.id), amount(from: entity.id, to: payer))
                return back > 0 ? (payer, back) : nil
            }
            var flow = Flow(entity: entity, inflow: inflow, outflow: outflow, comesBack: circular.map(\.amount).reduce(0, +), circular: circular)
            flow.undisclosed = deals.count { ($0.payer == entity.id || $0.payee == entity.id) && $0.countedAmount == nil }
            return flow

        }
    }

    /// Deals without a disclosed amount.
    public var undisclosedCount: Int { deals.count { $0.countedAmount == nil } }

    /// The total of the counted amounts of every deal.
    public var total: Double { deals.compactMap(\.countedAmount).reduce(0, +) }
}
