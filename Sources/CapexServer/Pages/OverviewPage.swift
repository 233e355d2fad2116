import CapexData
import CapexModel
import CapexReport
import CapexService

/// `/`: the headline numbers and charts.
enum OverviewPage {
    static func render(_ state: ServerState) async throws -> String {
        let service = state.service
        let overview = try await state.overview()
        let headline = overview.headline
        let companies = try service.companies(CompaniesRequest(companies: CompanyFilter(ciks: headline.latest.map(\.year.company.cik))))
        let comparison = overview.gapCompare

        var body = "<h1>AI capex against AI revenue</h1><p class=\"lead\">The hyperscalers' capital spending from their filings, "
            + "how much revenue it needs by each published model, and when AI revenue could catch up.</p>"
        body += "<div class=\"cards\">" + cards(headline, outlook: overview.outlook, comparison: comparison) + "</div>"
        body += HTMLDocument.evidenceKey
        body += DashboardPage.charts([
            FilingsCharts.capexVersusRevenue(overview.peers.years, peerSet: overview.peers.peerSet).svg,
            FilingsCharts.intensityByCompany(companies.rows, bands: headline.bands).svg,
            ModelCharts.gapByModel(comparison).svg,
        ])
        body += "<h2>Latest fiscal years</h2>" + DashboardPage.table(HeadlineTable.make(headline, outlook: overview.outlook),
                                                                    csv: DashboardPage.csvLink("/api/headline"))
        body += "<h2>The gap by model</h2>" + DashboardPage.table(GapComparisonTable.make(comparison), csv: DashboardPage.csvLink("/api/gap/compare"))
        body += "<p>Deeper: <a href=\"/companies\">each company</a>, <a href=\"/quarters\">quarters and trailing twelve months</a>, <a href=\"/gap-models\">the gap models with their parameters</a>, "
            + "<a href=\"/lab\">the scenario lab</a>, <a href=\"/sources\">every source</a>. The same data as JSON: <a href=\"/api/overview\">/api/overview</a>.</p>"
        return DashboardPage.document("Overview", current: "/", body: body)
    }

    static func cards(_ headline: HeadlineResult, outlook: Outlook, comparison: GapComparison) -> String {
        var cards = ""
        let intensity = Figure.ratio(headline.total, headline.totalRevenue)
        if let total = headline.total.value {
            cards += DashboardPage.card("Hyperscaler capex, latest fiscal years", NumberText.billions(fromMillions: total),
                                        detail: "\(headline.latest.map(\.year.company.displayTicker).joined(separator: ", ")); \(headline.total.evidence.rawValue), from 10-K filings")
        }
        if let value = intensity.value {
            cards += DashboardPage.card("Capex as a share of revenue", NumberText.percent(value, digits: 1),
                                        detail: "\(headline.bands.place(intensity).description); \(intensity.evidence.rawValue)")
        }
        let required = comparison.rows.compactMap(\.required.value)
        if let low = required.min(), let high = required.max() {
            cards += DashboardPage.card("Revenue the FY\(comparison.capex.fiscalYear) capex needs a year",
                                        "\(NumberText.billions(fromMillions: low * 1_000, digits: 0))–\(NumberText.billions(fromMillions: high * 1_000, digits: 0))",
                                        detail: "by the four gap models; AI revenue ~\(NumberText.billions(fromMillions: comparison.aiRevenue.value * 1_000, digits: 0)) (\(comparison.aiRevenue.evidence.rawValue))")
        }
        let ttmIntensity = Figure.ratio(.sum(headline.ttm.map { $0.capex(.cash) }), .sum(headline.ttm.map { $0.sum(.revenue) }))
        if let value = ttmIntensity.value {
            cards += DashboardPage.card("Capex / revenue, trailing twelve months", NumberText.percent(value, digits: 1),
                                        detail: "\(headline.ttm.map { "\($0.company.displayTicker) to \($0.last.calendarQuarter?.description ?? "?")" }.joined(separator: ", ")); "
                                            + "\(ttmIntensity.evidence.rawValue)\(headline.filingsThrough.map { "; filings through \($0)" } ?? "")")
        } else {
            let lacking = headline.ttm.filter { !$0.capexIntensity.isResolved }.map(\.company.displayTicker)
            cards += DashboardPage.card("Capex / revenue, trailing twelve months", "unresolved",
                                        detail: "no complete four quarters for \(lacking.joined(separator: ", ")) (see Quarters)\(headline.filingsThrough.map { "; filings through \($0)" } ?? "")")
        }
        let crossover = outlook.crossover
        cards += DashboardPage.card("When AI revenue covers the build's yearly cost",
                                    crossover.medianYear.map(String.init) ?? "not by \(crossover.horizon)",
                                    detail: HeadlineTable.lines(outlook).last ?? "")
        return cards
    }
}
