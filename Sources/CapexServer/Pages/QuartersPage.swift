import CapexData
import CapexModel
import CapexReport
import CapexService

/// `/quarters`: company fiscal quarters (reported or derived), each company's trailing twelve
/// months, and the peer set's calendar years.
enum QuartersPage {
    static func render(_ state: ServerState, query: Query) throws -> String {
        try query.restrict(to: ["ticker", "from", "to", "order", "capex"])
        let filter = try RequestReaders.companies(query, years: false)
        let capex = try RequestReaders.capex(query)
        let through = try state.service.filingsThrough()
        let from = try query.string("from").map { try CalendarQuarter.parse($0, field: "from") } ?? defaultFrom(through)
        let to = try query.string("to").map { try CalendarQuarter.parse($0, field: "to") }
        let calendarOrder = try query.choice("order", [PeriodsEndpoints.Order.company, .calendar]) == .calendar
        let service = state.service
        let result = try service.quarters(QuartersRequest(companies: filter, from: from, to: to, calendar: calendarOrder, capex: capex))
        let ttm = try service.ttm(TTMRequest(companies: filter))
        let calendarYears = try service.calendarPeers(CalendarPeersRequest(capex: capex))
        let companies = try state.database.companies()

        var body = "<h1>Quarters</h1><p class=\"lead\">Each company's fiscal quarters as filed, or derived from year-to-date figures "
            + "(evidence D), with the calendar quarter each falls in\(through.map { "; filings through \($0)" } ?? "").</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/quarters\"><div class=\"grid\">"
            + DashboardPage.select("ticker", label: "Company", choices: [("", "all")] + companies.map { ($0.displayTicker, "\($0.displayTicker): \($0.name)") },
                                   selected: filter.tickers.first)
            + "<label>From calendar quarter<br><input type=\"text\" name=\"from\" pattern=\"[0-9]{4}[Qq][1-4]\" value=\"\(from.description)\"></label>"
            + "<label>To calendar quarter<br><input type=\"text\" name=\"to\" pattern=\"[0-9]{4}[Qq][1-4]\" value=\"\(to?.description ?? "")\"></label>"
            + DashboardPage.select("order", label: "Order", choices: [("company", "by company"), ("calendar", "by calendar quarter")],
                                   selected: calendarOrder ? "calendar" : "company")
            + DashboardPage.select("capex", label: "Capex definition", choices: CapexDefinition.choices, selected: capex.rawValue)
            + "</div><p><button type=\"submit\">Show</button></p></form>"
        body += HTMLDocument.evidenceKey
        var csv = filter.tickers.map { ("ticker", $0) } + [("from", from.description), ("capex", capex.rawValue)]
        if let to { csv.append(("to", to.description)) }
        if calendarOrder { csv.append(("order", "calendar")) }
        body += "<h2>Trailing twelve months</h2>" + DashboardPage.table(TTMTable.make(ttm), csv: DashboardPage.csvLink("/api/ttm", filter.tickers.map { ("ticker", $0) }))
        body += "<h2>Fiscal quarters</h2>" + DashboardPage.table(QuartersTable.make(result, filingsThrough: through), csv: DashboardPage.csvLink("/api/quarters", csv))
        body += "<h2>Hyperscalers by calendar year</h2>"
            + DashboardPage.table(CalendarPeersTable.make(calendarYears), csv: DashboardPage.csvLink("/api/peers/calendar", [("capex", capex.rawValue)]))
        return DashboardPage.document("Quarters", current: "/quarters", body: body)
    }

    /// The first quarter of the calendar year two years before the newest filing.
    static func defaultFrom(_ through: CalendarDate?) -> CalendarQuarter {
        CalendarQuarter(year: (through?.year ?? 2026) - 2, quarter: 1)
    }
}
