import CapexData
import CapexModel
import CapexReport
import CapexService

/// `/companies` (every company and year, sortable, filterable) and `/companies/{ticker}` (one
/// company's charts and the sources behind its figures).
enum CompaniesPages {
    static func list(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ["ticker", "from", "to", "capex"])
        let filter = try RequestReaders.companies(query, years: true)
        let capex = try RequestReaders.capex(query)
        let result = try state.service.companies(CompaniesRequest(companies: filter, capex: capex))
        let companies = try state.database.companies()
        let latest = Dictionary(grouping: result.rows, by: \.year.company.cik).compactMap { $0.value.last { $0.capexIntensity.isResolved } }
            .sorted { $0.year.company.displayTicker < $1.year.company.displayTicker }
        var body = "<h1>Companies</h1><p class=\"lead\">One row per company and fiscal year. Click a heading to sort; open a company for its charts and sources.</p>"
        body += "<p>Companies: " + companies.map { company in
            "<a href=\"/companies/\(DashboardPage.encode(company.displayTicker))\">\(HTMLText.escape(company.displayTicker))</a>"
        }.joined(separator: " · ") + "</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/companies\"><div class=\"grid\">"
            + DashboardPage.select("ticker", label: "Company", choices: [("", "all")] + companies.map { ($0.displayTicker, "\($0.displayTicker): \($0.name)") },
                                   selected: filter.tickers.first)
            + "<label>From fiscal year<br><input type=\"number\" name=\"from\" min=\"1900\" max=\"2100\" value=\"\(filter.from.map(String.init) ?? "")\"></label>"
            + "<label>To fiscal year<br><input type=\"number\" name=\"to\" min=\"1900\" max=\"2100\" value=\"\(filter.to.map(String.init) ?? "")\"></label>"
            + DashboardPage.select("capex", label: "Capex definition", choices: CapexDefinition.choices, selected: capex.rawValue)
            + "</div><p><button type=\"submit\">Show</button></p></form>"
        body += HTMLDocument.evidenceKey
        var csv = filter.tickers.map { ("ticker", $0) }
        if let from = filter.from { csv.append(("from", String(from))) }
        if let to = filter.to { csv.append(("to", String(to))) }
        csv.append(("capex", capex.rawValue))
        body += DashboardPage.table(CompaniesTable.make(result), csv: DashboardPage.csvLink("/api/companies", csv))
        if !latest.isEmpty { body += DashboardPage.charts([FilingsCharts.intensityScatter(latest).svg]) }
        return DashboardPage.document("Companies", current: "/companies", body: body)
    }

    static func company(_ state: ServerState, ticker: String) throws -> String {
        let service = state.service
        let companies = try state.database.companies()
        guard let company = companies.first(where: { $0.ticker?.uppercased() == ticker.uppercased() }) else {
            throw RequestError.unknownTicker(ticker, known: companies.compactMap(\.ticker))
        }
        let filter = CompanyFilter(ciks: [company.cik])
        let result = try service.companies(CompaniesRequest(companies: filter))
        let rows = result.rows
        var body = "<h1>\(HTMLText.escape(company.name)) (\(HTMLText.escape(company.displayTicker)))</h1>"
            + "<p class=\"lead\">SEC CIK \(company.cik); role: \(HTMLText.escape(company.role)). Each figure's filing is footnoted under its table and listed, with what it supports, under Sources below.</p>"
        if let last = rows.last(where: { $0.capex.isResolved }) {
            body += "<div class=\"cards\">"
                + DashboardPage.card("Revenue FY\(last.year.fiscalYear)", NumberText.billions(fromMillions: last.year[.revenue].value ?? .nan), detail: last.year[.revenue].evidence.rawValue)
                + DashboardPage.card("Capex FY\(last.year.fiscalYear)", NumberText.billions(fromMillions: last.capex.value ?? .nan), detail: last.capex.evidence.rawValue + ", " + last.capexBasis)
                + DashboardPage.card("Capex / revenue", NumberText.percent(last.capexIntensity.value ?? .nan, digits: 1), detail: last.regime.description)
                + "</div>"
        }
        body += HTMLDocument.evidenceKey
        if !rows.isEmpty {
            body += DashboardPage.charts([FilingsCharts.companyHistory(rows).svg, FilingsCharts.companyIntensity(rows, bands: result.bands).svg])
        }
        let cikQuery = [("cik", String(company.cik))]
        body += "<h2>By fiscal year</h2>" + DashboardPage.table(CompaniesTable.make(result), csv: DashboardPage.csvLink("/api/companies", cikQuery))
        if let ticker = company.ticker {
            body += "<h2>Depreciation under different useful lives</h2>"
                + DashboardPage.table(DepreciationTable.make(try service.depreciation(DepreciationRequest(ticker: ticker))),
                                      csv: DashboardPage.csvLink("/api/depreciation", [("ticker", ticker)]))
        }
        body += "<h2>Sources behind these figures</h2>"
            + DashboardPage.table(SourcesTable.make(try service.sources(filter)), csv: DashboardPage.csvLink("/api/sources", cikQuery))
        return DashboardPage.document(company.displayTicker, current: "/companies", body: body)
    }
}
