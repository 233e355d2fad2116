import CapexData
import CapexModel

extension CapexService {
    /// The bundled balance-sheet data with each row's company taken from the database (rows
    /// of companies the database does not hold keep their ticker).
    func balanceSheet() throws -> BalanceSheetData {
        var data = try BalanceSheetData.bundled()
        let companies = Dictionary(try database.companies().compactMap { company in company.ticker.map { ($0, company) } },
                                   uniquingKeysWith: { first, _ in first })
        func resolve(_ company: Company) -> Company { company.ticker.flatMap { companies[$0] } ?? company }
        data.commitments = data.commitments.map { var row = $0; row.company = resolve(row.company); return row }
        data.financing = data.financing.map { var row = $0; row.company = resolve(row.company); return row }
        data.guidance = data.guidance.map { var row = $0; row.company = resolve(row.company); return row }
        return data
    }

    /// Which rows' companies pass the filter (by ticker, CIK or role; every company when none
    /// is named). A row whose company the database does not hold passes only by its ticker.
    func selection(_ filter: CompanyFilter) throws -> @Sendable (Company) -> Bool {
        guard let chosen = try filter.selectedCIKs(in: try database.companies()) else { return { _ in true } }
        let tickers = Set(filter.tickers.map { $0.uppercased() })
        return { company in chosen.contains(company.cik) || company.ticker.map { tickers.contains($0.uppercased()) } ?? false }
    }

    /// Commitments (RPO, backlog) per company and date, with the years of revenue they represent.
    public func commitments(_ filter: CompanyFilter = CompanyFilter()) throws -> CommitmentsResult {
        try filter.validate()
        let selects = try selection(filter)
        let quarters = try database.companyQuarters()
        let rows = try balanceSheet().commitments
            .filter { row in selects(row.company) && (filter.from.map { row.periodEnd.year >= $0 } ?? true) }
            .map { commitment -> CommitmentsResult.Row in
                let companyQuarters = quarters[commitment.company.cik] ?? []
                let last = companyQuarters.last { quarter in quarter.end.map { abs($0.days(since: commitment.periodEnd)) <= 7 } ?? false }
                let ttm = last.map { TrailingTwelveMonths(last: $0, among: companyQuarters, leaseLine: .assetsObtained) }
                return CommitmentsResult.Row(commitment: commitment, ttmRevenue: ttm?.sum(.revenue) ?? .unresolved)
            }
            .sorted { ($0.commitment.company.displayTicker, $0.commitment.periodEnd, $0.commitment.metric) < ($1.commitment.company.displayTicker, $1.commitment.periodEnd, $1.commitment.metric) }
        return CommitmentsResult(rows: rows)
    }

    /// Financing figures per company and period.
    public func financing(_ filter: CompanyFilter = CompanyFilter()) throws -> FinancingResult {
        try filter.validate()
        let selects = try selection(filter)
        let rows = try balanceSheet().financing.filter { row in selects(row.company) && (filter.from.map { row.end.year >= $0 } ?? true) }
            .sorted { ($0.company.displayTicker, $0.end, $0.metric) < ($1.company.displayTicker, $1.end, $1.metric) }
        return FinancingResult(rows: rows)
    }

    /// Debt against PP&E and interest cover, wherever the financing figures allow them (the
    /// neoclouds, in the bundled data).
    public func leverage(_ filter: CompanyFilter = CompanyFilter()) throws -> LeverageResult {
        LeverageResult(rows: LeverageRow.rows(try financing(filter).rows))
    }

    /// The capex guidance ledger: every revision, against what was then filed for the period.
    public func guidance(_ filter: CompanyFilter = CompanyFilter()) throws -> GuidanceResult {
        try filter.validate()
        let selects = try selection(filter)
        let quarters = try database.companyQuarters()
        let years = Dictionary(grouping: try database.companyYears(), by: \.company.cik)
        let rows = try balanceSheet().guidance.filter { selects($0.company) }.map { entry in
            let companyQuarters = quarters[entry.company.cik] ?? []
            let leaseLine = LeaseLine.choose(stated: entry.company.capexLeaseLine, periods: companyQuarters)
            let actual = GuidanceEntry.actual(start: entry.start, end: entry.end, quarters: companyQuarters, definition: entry.capexDefinition,
                                              leaseLine: leaseLine)
            var row = GuidanceResult.Row(entry: entry, actual: actual.figure, quartersFiled: actual.quarters)
            // A guided fiscal year whose quarters do not resolve (Microsoft's quarters have no
            // finance-lease line) is checked against the fiscal year as filed in the 10-K.
            if !actual.figure.isResolved, let companyYears = years[entry.company.cik],
               let year = companyYears.first(where: { year in
                   guard let start = year.periodStart.flatMap(CalendarDate.init(iso:)), let end = year.periodEnd.flatMap(CalendarDate.init(iso:)) else { return false }
                   return abs(start.days(since: entry.start)) <= 7 && abs(end.days(since: entry.end)) <= 7
               }) {
                let annual = entry.capexDefinition.capex(of: year, leaseLine: LeaseLine.choose(stated: entry.company.capexLeaseLine, periods: companyYears)).figure
                if let value = annual.value {
                    row.actual = Figure(value / 1_000, annual.evidence)
                    row.fromAnnualReport = true
                }
            }
            return row
        }
        .sorted { ($0.entry.company.displayTicker, $0.entry.start, $0.entry.announced) < ($1.entry.company.displayTicker, $1.entry.start, $1.entry.announced) }
        return GuidanceResult(rows: rows)
    }

    /// The deals graph: every entity and sourced deal (optionally those touching `entity`),
    /// and the money that comes back to each entity.
    public func deals(entity named: String? = nil) throws -> DealsResult {
        let data = try balanceSheet()
        // An entity by its id, any case (`nvidia`, `NVIDIA`).
        let entity = named.map { name in data.entities.first { $0.id.lowercased() == name.lowercased() }?.id ?? name }
        if let entity, !data.entities.contains(where: { $0.id == entity }) {
            throw RequestError.unknownName(field: "entity", name: entity, valid: data.entities.map(\.id))
        }
        let graph = DealGraph(entities: data.entities, deals: data.deals)
        guard let entity else { return DealsResult(graph: graph, focus: nil) }
        let deals = graph.deals.filter { $0.payer == entity || $0.payee == entity }
        let touched = Set(deals.flatMap { [$0.payer, $0.payee] })
        return DealsResult(graph: DealGraph(entities: data.entities.filter { touched.contains($0.id) }, deals: deals), focus: entity)
    }
}
