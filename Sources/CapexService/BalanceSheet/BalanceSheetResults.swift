import CapexData
import CapexModel

/// `commitments`: RPO and backlogs per company and date.
public struct CommitmentsResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var commitment: Commitment
        /// The company's revenue over the four quarters to the commitment's date (USD millions).
        public var ttmRevenue: Figure
    }

    public var rows: [Row]

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("ticker", "Ticker") { $0.commitment.company.displayTicker },
        .text("period_end", "Date") { $0.commitment.periodEnd.description },
        .text("metric", "Metric") { $0.commitment.metric },
        .figure("value_usd_m", "Value $M", .millions) { $0.commitment.figure },
        .figure("revenue_ttm_usd_m", "Revenue TTM $M", .millions, machineOnly: true) { $0.ttmRevenue },
        .figure("commitments_to_revenue_ttm", "Years of revenue", .decimal(2)) { $0.commitment.yearsOfRevenue($0.ttmRevenue) },
        .number("single_customer_share", "One customer", .percent) { $0.commitment.singleCustomerShare },
        .text("single_customer", "Customer", machineOnly: true) { $0.commitment.singleCustomer },
        .text("definition_change", "Definition change", wrapWidth: 36) { $0.commitment.definitionChange },
        .text("definition", "Definition", machineOnly: true) { $0.commitment.definition },
        .text("tier", "Tier", machineOnly: true) { $0.commitment.tier.rawValue },
        .citation("source", "Source", linkKey: "url") { $0.commitment.source.title },
        .text("url", "URL", machineOnly: true) { $0.commitment.source.url },
    ]
}

/// `financing`: lease liabilities, leases not yet commenced, debt, vehicles' debt.
public struct FinancingResult: TabularResult {
    public var rows: [FinancingFact]

    public var fields: [Field<FinancingFact>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<FinancingFact>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .text("period_start", "From") { $0.isBalance ? nil : $0.start?.description },
        .text("period_end", "Date or to") { $0.end.description },
        .text("metric", "Metric") { $0.metric },
        .figure("value_usd_m", "Value $M", .millions) { $0.figure },
        .text("definition", "Definition", wrapWidth: 44) { $0.definition },
        .text("tier", "Tier", machineOnly: true) { $0.tier.rawValue },
        .citation("source", "Source", linkKey: "url") { $0.source.title },
        .text("url", "URL", machineOnly: true) { $0.source.url },
    ]
}

/// `leverage`: debt / PP&E and interest cover per company and date.
public struct LeverageResult: TabularResult {
    public var rows: [LeverageRow]

    public var fields: [Field<LeverageRow>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<LeverageRow>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .text("period_start", "From") { $0.start?.description },
        .text("period_end", "Date or to") { $0.end.description },
        .text("measure", "Measure") { $0.measure.rawValue },
        .figure("value", "Value", .multiple) { $0.figure },
        .figure("numerator_usd_m", "Of $M", .millions) { $0.inputs[0].figure },
        .figure("denominator_usd_m", "Over $M", .millions) { $0.inputs[1].figure },
        .text("definition", "Definition", wrapWidth: 40) { $0.measure.definition },
        .citation("source", "Source", linkKey: "url") { row in
            row.inputs.map(\.source.title).reduce(into: [String]()) { titles, title in if !titles.contains(title) { titles.append(title) } }.joined(separator: " | ")
        },
        .text("url", "URL", machineOnly: true) { $0.inputs.compactMap(\.source.url).first },
    ]
}

/// `guidance`: each capex guidance and revision against what was filed for the period.
public struct GuidanceResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var entry: GuidanceEntry
        /// Capex filed for the period on the guidance's definition (USD billions): the sum of
        /// its quarters when every one is filed, else the fiscal year as filed when the period is one.
        public var actual: Figure
        public var quartersFiled: Int
        /// The actual is the fiscal year of the annual report (its quarters do not resolve).
        public var fromAnnualReport = false
    }

    public var rows: [Row]

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("ticker", "Ticker") { $0.entry.company.displayTicker },
        .text("period", "Period") { $0.entry.periodLabel },
        .text("announced", "Said on") { $0.entry.announced },
        .number("low_usd_b", "Low $B", .decimal(1)) { $0.entry.low },
        .number("high_usd_b", "High $B", .decimal(1)) { $0.entry.high },
        .number("point_usd_b", "Point $B", .decimal(1)) { $0.entry.point },
        .text("qualifier", "Said as", wrapWidth: 24) { $0.entry.qualifier },
        .figure("actual_capex_usd_b", "Filed $B", .decimal(1)) { $0.actual },
        .text("actual_definition", "Filed as", machineOnly: true) { $0.entry.capexDefinition.rawValue },
        .integer("quarters_filed", "Quarters", machineOnly: true) { $0.quartersFiled },
        .bool("actual_from_annual_report", "From 10-K", machineOnly: true) { $0.fromAnnualReport },
        .text("definition", "Definition", wrapWidth: 30) { $0.entry.definition },
        .text("evidence", "Evidence", machineOnly: true) { $0.entry.evidence.rawValue },
        .text("tier", "Tier", machineOnly: true) { $0.entry.tier.rawValue },
        .citation("source", "Source", linkKey: "url") { $0.entry.source.title },
        .text("url", "URL", machineOnly: true) { $0.entry.source.url },
    ]
}

/// `deals`: the graph (JSON: `nodes` and `edges`) and, as a table, what comes back to each entity.
public struct DealsResult: Sendable, Encodable {
    public var graph: DealGraph
    /// The entity the graph was narrowed to.
    public var focus: String?

    enum CodingKeys: String, CodingKey { case nodes, edges, total_usd_b }

    struct Node: Encodable {
        var id: String, name: String, kind: String, ticker: String?
        var inflow_usd_b: Double, outflow_usd_b: Double, comes_back_usd_b: Double
    }

    struct Edge: Encodable {
        var id: String, source: String, target: String, type: String, status: String
        var amount_usd_b: Double?, amount_low_usd_b: Double?, amount_high_usd_b: Double?, counted_usd_b: Double?
        var announced: String?, term_years: Double?, evidence: String, tier: String, source_title: String, source_url: String?
    }

    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: CodingKeys.self)
        let flows = Dictionary(uniqueKeysWithValues: graph.flows.map { ($0.entity.id, $0) })
        try object.encode(graph.entities.map { entity in
            Node(id: entity.id, name: entity.name, kind: entity.kind, ticker: entity.ticker, inflow_usd_b: flows[entity.id]?.inflow ?? 0,
                 outflow_usd_b: flows[entity.id]?.outflow ?? 0, comes_back_usd_b: flows[entity.id]?.comesBack ?? 0)
        }, forKey: .nodes)
        try object.encode(graph.deals.map { deal in
            Edge(id: deal.id, source: deal.payer, target: deal.payee, type: deal.kind.rawValue, status: deal.status.rawValue, amount_usd_b: deal.amount,
                 amount_low_usd_b: deal.low, amount_high_usd_b: deal.high, counted_usd_b: deal.countedAmount, announced: deal.announced,
                 term_years: deal.termYears, evidence: deal.evidence.rawValue, tier: deal.tier.rawValue, source_title: deal.source.title,
                 source_url: deal.source.url)
        }, forKey: .edges)
        try object.encode(graph.total, forKey: .total_usd_b)
    }

    /// The flows per entity, biggest inflow first (the table).
    public var flowsResult: DealFlowsResult {
        DealFlowsResult(rows: graph.flows.filter { $0.inflow > 0 || $0.outflow > 0 || $0.undisclosed > 0 }.sorted { ($0.inflow, $0.entity.id) > ($1.inflow, $1.entity.id) })
    }
}

/// `deals` as a table: per entity, the money in, out, and what came back.
public struct DealFlowsResult: TabularResult {
    public var rows: [DealGraph.Flow]

    public var fields: [Field<DealGraph.Flow>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<DealGraph.Flow>] = [
        .text("entity", "Entity") { $0.entity.name },
        .text("kind", "Kind") { $0.entity.kind },
        .number("inflow_usd_b", "Committed to it $B", .decimal(1)) { $0.inflow },
        .number("outflow_usd_b", "It committed $B", .decimal(1)) { $0.outflow },
        .number("comes_back_usd_b", "Comes back $B", .decimal(1)) { $0.comesBack },
        .number("comes_back_share", "Share", .percent) { $0.share },
        .text("from", "Through", wrapWidth: 36) { flow in flow.circular.map { "\($0.payer) \(NumberText.compact($0.amount))" }.joined(separator: ", ") },
        .integer("undisclosed_deals", "No amount") { $0.undisclosed },
    ]
}
