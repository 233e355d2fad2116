import CapexModel

/// `quarters`: one row per company fiscal quarter, each figure with its evidence (a quarter
/// worked out from year-to-date figures is `derived`), and the filings behind it.
public struct QuartersResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var quarter: CompanyQuarter
        public var calendarQuarter: CalendarQuarter
        /// Capex under the request's definition, and what it is made of.
        public var capex: (figure: Figure, basis: String)

        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.quarter == rhs.quarter && lhs.capex.figure == rhs.capex.figure && lhs.capex.basis == rhs.capex.basis
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(quarter)
        }
    }

    public var rows: [Row]
    public var definition: CapexDefinition
    /// Rows ordered by calendar quarter (`--calendar`): the calendar label comes first.
    public var calendarOrder: Bool

    public var fields: [Field<Row>] { Self.fields(definition, calendarOrder: calendarOrder) }
    public static var schema: [FieldSchema] { fields(.cash, calendarOrder: false).map(\.schema) }

    static func fields(_ definition: CapexDefinition, calendarOrder: Bool) -> [Field<Row>] {
        let calendar = Field<Row>.text("calendar_quarter", "Calendar") { $0.calendarQuarter.description }
        let leading: [Field<Row>] = calendarOrder ? [calendar, .text("ticker", "Ticker") { $0.quarter.company.displayTicker }]
            : [.text("ticker", "Ticker") { $0.quarter.company.displayTicker }]
        return leading + [
            .integer("cik", "CIK", machineOnly: true) { $0.quarter.company.cik },
            .integer("fiscal_year", "FY") { $0.quarter.fiscalYear },
            .integer("fiscal_quarter", "Q") { $0.quarter.fiscalQuarter },
        ] + (calendarOrder ? [] : [calendar]) + [
            .text("period_start", "Start", machineOnly: true) { $0.quarter.start?.description },
            .text("period_end", "Period end") { $0.quarter.end?.description },
            .figure("revenue_usd_m", "Revenue $M", .millions) { $0.quarter[.revenue] },
            .figure("capex_usd_m", definition.columnTitle, .millions) { $0.capex.figure },
            .text("capex_definition", "Capex basis", machineOnly: true) { $0.capex.basis },
            .figure("capex_intensity", "Capex/Rev", .percent) { .ratio($0.capex.figure, $0.quarter[.revenue]) },
            .figure("operating_cash_flow_usd_m", "OCF $M", .millions) { $0.quarter[.operatingCashFlow] },
            .figure("depreciation_amortization_usd_m", "D&A $M", .millions, machineOnly: true) { $0.quarter[.depreciationAmortization] },
            .figure("depreciation_usd_m", "Depreciation $M", .millions, machineOnly: true) { $0.quarter[.depreciation] },
            .figure("finance_lease_assets_obtained_usd_m", "Lease assets $M", .millions, machineOnly: true) { $0.quarter[.financeLeaseAssetsObtained] },
            .figure("finance_lease_principal_usd_m", "Lease principal $M", .millions, machineOnly: true) { $0.quarter[.financeLeasePrincipal] },
            .text("how", "How", wrapWidth: 40) { how($0.quarter) },
            .citation("source", "Source") { source($0.quarter) },
        ]
    }

    /// Which of revenue and capex were derived from year-to-date figures, and why any is
    /// unresolved: `capex derived: 6M - 3M`.
    static func how(_ quarter: CompanyQuarter) -> String {
        var parts: [String] = []
        for metric in [FinancialMetric.revenue, .capex] {
            guard let line = quarter.lines[metric] else {
                parts.append("no \(metric.label) filed")
                continue
            }
            switch line.basis {
            case .reported: continue
            case .derived(let toDate, let minus):
                parts.append("\(metric.label) derived: \(months(toDate)) - \(minus.map(months).joined(separator: " - "))")
            case .unresolved(let reason):
                parts.append("\(metric.label): \(reason)")
            }
        }
        return parts.isEmpty ? "reported" : parts.joined(separator: "; ")
    }

    /// `6M` for a six-month figure, `3M` for a quarter.
    private static func months(_ fact: PeriodFact) -> String {
        "\((fact.quarters ?? 0) * 3)M"
    }

    /// The filings behind the quarter: `10-Q 0001652044-25-000062 (2025-07-24)`, joined by ` | `.
    static func source(_ quarter: CompanyQuarter) -> String {
        source(quarter.facts)
    }

    /// The filings of `facts`, each once, oldest first.
    static func source(_ facts: [PeriodFact]) -> String {
        var seen = Set<String>()
        return facts.sorted { $0.isFiled(before: $1) }.compactMap { fact -> String? in
            let name = fact.accession.isEmpty ? fact.source.title : "\(fact.form) \(fact.accession)"
            guard seen.insert(name).inserted else { return nil }
            return name + (fact.filed.map { " (\($0))" } ?? "")
        }
        .joined(separator: " | ")
    }
}
