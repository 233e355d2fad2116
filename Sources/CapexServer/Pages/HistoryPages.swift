import CapexData
import CapexModel
import CapexReport
import CapexService

/// `/analogs` (the cycles on one metric) and `/value-chain` (who receives each capex dollar).
enum HistoryPages {
    static func analogs(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ["metric"])
        let metric = try query.choice("metric", AnalogMetric.allCases)
        let result = try state.service.analogs(metric)
        let comparison = result.comparison
        var body = "<h1>Is this railways or fibre?</h1><p class=\"lead\">The AI build-out against past infrastructure cycles, aligned on years "
            + "since each began. Contested figures (tier U) are shown only as ranges.</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/analogs\"><div class=\"grid\">"
            + DashboardPage.select("metric", label: "Metric", choices: AnalogMetric.allCases.map { ($0.rawValue, $0.label) }, selected: metric.rawValue)
            + "</div><p><button type=\"submit\">Show</button></p></form>"
        body += "<ul>" + comparison.summary.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        body += HTMLDocument.evidenceKey + DashboardPage.charts([HistoryCharts.analogs(comparison).svg])
        body += DashboardPage.table(AnalogsTable.make(result), csv: DashboardPage.csvLink("/api/analogs", [("metric", metric.rawValue)]))
        return DashboardPage.document("Analogs", current: "/analogs", body: body)
    }

    static func valueChain(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ["scheme", "year", "capex"])
        let request = try HistoryEndpoints.request(query)
        let (scheme, year, capex) = (request.scheme, request.year, request.capexUSDBillions)
        let result = try state.service.valueChain(request)
        let chain = result.chain
        var body = "<h1>Who builds the machines</h1><p class=\"lead\">A year's capex split by a published scheme into categories, each "
            + "category mapped to the supplier layer it pays, and compared with what suppliers report.</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/value-chain\"><div class=\"grid\">"
            + DashboardPage.select("scheme", label: "Split", choices: CapexScheme.names.map { ($0.name, $0.id) }, selected: scheme)
            + "<label>Fiscal year of the peer set's capex<br><input type=\"number\" name=\"year\" min=\"1900\" max=\"2100\" value=\"\(year.map(String.init) ?? "")\" placeholder=\"latest\"></label>"
            + "<label>Or split this amount, USD billions<br><input type=\"number\" name=\"capex\" step=\"any\" min=\"0\" value=\"\(capex.map(NumberText.compact) ?? "")\"></label>"
            + "</div><p><button type=\"submit\">Show</button></p></form>"
        body += HTMLDocument.evidenceKey + DashboardPage.charts([HistoryCharts.valueChain(chain).svg])
        var csv: [(String, String)] = [("scheme", scheme)]
        if let year { csv.append(("year", String(year))) }
        if let capex { csv.append(("capex", NumberText.compact(capex))) }
        body += DashboardPage.table(ValueChainTable.make(result), csv: DashboardPage.csvLink("/api/value-chain", csv))
        return DashboardPage.document("Value chain", current: "/value-chain", body: body)
    }
}
