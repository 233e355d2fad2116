import CapexModel
import CapexReport
import CapexService

/// `/screen`: the universe screen as a sortable table, and capex intensity against revenue.
enum ScreenPage {
    static func render(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ScreenEndpoints.parameters.map(\.name))
        var request = try ScreenEndpoints.request(query)
        if request.limit == nil { request.limit = 500 }
        let result = try state.service.screen(request)
        var body = "<h1>Screen</h1><p class=\"lead\">Every filer's capital intensity: who else crossed into the infrastructure band, and where the hyperscalers rank. "
            + "Click a heading to sort.</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/screen\"><div class=\"grid\">"
            + DashboardPage.select("ttm", label: "Period", choices: [("false", "a fiscal year"), ("true", "trailing twelve months (each filer's latest quarter)")],
                                   selected: request.ttm ? "true" : "false")
            + "<label>Fiscal year<br><input type=\"number\" name=\"year\" min=\"1900\" max=\"2100\" value=\"\(request.year.map(String.init) ?? "")\"></label>"
            + "<label>Revenue at least ($M)<br><input type=\"number\" name=\"min_revenue\" min=\"0\" value=\"\(request.minimumRevenue.map { NumberText.compact($0) } ?? "")\"></label>"
            + DashboardPage.select("band", label: "Band", choices: [("", "any")] + ScreenRequest.bandNames.map { ($0, $0) }, selected: request.band)
            + "<label>Entered its band since<br><input type=\"number\" name=\"crossed_since\" min=\"1900\" max=\"2100\" value=\"\(request.crossedSince.map(String.init) ?? "")\"></label>"
            + DashboardPage.select("sort", label: "Sort", choices: ScreenRequest.Sort.allCases.map { ($0.rawValue, $0.rawValue) }, selected: request.sort.rawValue)
            + "</div><p><button type=\"submit\">Show</button></p></form>"
        body += HTMLDocument.evidenceKey
        body += DashboardPage.charts([FilingsCharts.screenScatter(result.rows).svg])
        var csv: [(String, String)] = [("sort", request.sort.rawValue), ("limit", String(request.limit ?? 500))]
        if let year = request.year { csv.append(("year", String(year))) }
        if let band = request.band { csv.append(("band", band)) }
        if let minimum = request.minimumRevenue { csv.append(("min_revenue", NumberText.compact(minimum))) }
        if let since = request.crossedSince { csv.append(("crossed_since", String(since))) }
        if request.ttm { csv.append(("ttm", "true")) }
        body += DashboardPage.table(ScreenTable.make(result), csv: DashboardPage.csvLink("/api/screen", csv))
        return DashboardPage.document("Screen", current: "/screen", body: body)
    }
}
