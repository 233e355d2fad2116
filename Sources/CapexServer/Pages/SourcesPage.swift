import CapexReport
import CapexService

/// `/sources`: every source with what it supports.
enum SourcesPage {
    static func render(_ state: ServerState) throws -> String {
        let body = "<h1>Sources</h1><p class=\"lead\">Every source behind the figures, with its evidence status and what it supports. "
            + "Filings are reported (R); press and analyst figures are estimated (E).</p>"
            + DashboardPage.table(SourcesTable.make(try state.service.sources()), csv: DashboardPage.csvLink("/api/sources"))
            + "<h2>The founding essay's table, reconciled</h2>"
            + DashboardPage.table(EssayTable.make(try state.service.essay()), csv: DashboardPage.csvLink("/api/essay"))
        return DashboardPage.document("Sources", current: "/sources", body: body)
    }
}
