import CapexModel
import CapexReport
import CapexService

/// `/commitments`: commitments, financing, the deals graph and the guidance ledger.
enum CommitmentsPage {
    static func render(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ["entity"])
        let service = state.service
        let entity = query.string("entity")
        let deals = try service.deals(entity: entity)
        let all = try service.deals()
        var body = "<h1>Commitments, financing and deals</h1><p class=\"lead\">What has been promised (remaining performance obligations, backlogs), "
            + "how the build-out is paid for (leases, debt, vehicles), who committed money to whom, and how guidance moved against what was filed. "
            + "Every figure links to its source, with its tier.</p>"
        body += "<h2>Deals</h2><form class=\"params\" method=\"get\" action=\"/commitments\"><div class=\"grid\">"
            + DashboardPage.select("entity", label: "Entity", choices: [("", "all")] + all.graph.entities.map { ($0.id, $0.name) }, selected: entity, reloads: true)
            + "</div></form>"
        body += DashboardPage.charts([DealGraphChart(deals).svg])
        body += DashboardPage.table(BalanceSheetTables.deals(deals), csv: DashboardPage.csvLink("/api/deals", entity.map { [("entity", $0)] } ?? []))
            + "<p>The graph as JSON: <a href=\"/api/deals\(entity.map { "?entity=" + DashboardPage.encode($0) } ?? "")\">/api/deals</a>.</p>"
        let commitments = try service.commitments()
        body += "<h2>Commitments</h2>" + DashboardPage.table(BalanceSheetTables.commitments(commitments), csv: DashboardPage.csvLink("/api/commitments"))
        let guidance = try service.guidance()
        body += "<h2>Capex guidance ledger</h2><p>Each company's capex guidance at every revision (hollow points: what was said; a range at its middle), "
            + "and what was filed for the period on the guidance's own definition (the filled last point, when every quarter is filed).</p>"
        body += DashboardPage.charts(GuidanceCharts.revisions(guidance).map(\.svg))
        body += DashboardPage.table(BalanceSheetTables.guidance(guidance), csv: DashboardPage.csvLink("/api/guidance"))
        let financing = try service.financing()
        body += "<h2>Financing</h2>" + DashboardPage.table(BalanceSheetTables.financing(financing), csv: DashboardPage.csvLink("/api/financing"))
        let leverage = try service.leverage()
        body += "<h2>Leverage</h2>" + DashboardPage.table(BalanceSheetTables.leverage(leverage), csv: DashboardPage.csvLink("/api/leverage"))
        return DashboardPage.document("Commitments", current: "/commitments", body: body)
    }
}
