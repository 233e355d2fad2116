import CapexData
import CapexModel
import CapexReport

/// `/`: the headline numbers and charts.
enum OverviewPage {
    static func render(_ state: ServerState) async throws -> String {
        let database = state.database
        var headline = try FilingsTables.headline(database: database)
        headline.outlook = await state.outlook.lines(state)
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies())
        let ciks = Set(peerSet.members.map(\.cik))
        let peerYears = peerSet.years(from: try database.companyYears(ciks: ciks), definition: .cash)
        let rows = try FilingsTables.companyRows(CompanyFilter(ciks: Array(ciks)), capex: .cash, database: database)
        let comparison = try GapComparison(year: nil, aiRevenueUSDBillions: nil, database: database)

        var body = "<h1>AI capex against AI revenue</h1><p class=\"lead\">The hyperscalers' capital spending from their filings, "
            + "how much revenue it needs by each published model, and when AI revenue could catch up.</p>"
        body += "<div class=\"cards\">" + cards(headline, comparison: comparison) + "</div>"
        body += HTMLDocument.evidenceKey
        body += DashboardPage.charts([
            FilingsCharts.capexVersusRevenue(peerYears, peerSet: peerSet).svg,
            FilingsCharts.intensityByCompany(rows, bands: try database.regimeBands()).svg,
            ModelCharts.gapByModel(comparison).svg,
        ])
        body += "<h2>Latest fiscal years</h2>" + DashboardPage.table(headline.table, csv: DashboardPage.csvLink("/api/headline"))
        body += "<h2>The gap by model</h2>" + DashboardPage.table(GapComparisonTable.make(comparison), csv: DashboardPage.csvLink("/api/gap/compare"))
        body += "<p>Deeper: <a href=\"/companies\">each company</a>, <a href=\"/gap-models\">the gap models with their parameters</a>, "
            + "<a href=\"/lab\">the scenario lab</a>, <a href=\"/sources\">every source</a>. The same data as JSON: <a href=\"/api/overview\">/api/overview</a>.</p>"
        return DashboardPage.document("Overview", current: "/", body: body)
    }

    static func cards(_ headline: Headline, comparison: GapComparison) -> String {
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
        if let crossover = headline.outlook.first(where: { $0.hasPrefix("Projected crossover") }) {
            cards += DashboardPage.card("When AI revenue covers the build's yearly cost", crossoverValue(crossover), detail: crossover)
        }
        return cards
    }

    /// The median year out of the outlook's crossover sentence ("median 2036").
    static func crossoverValue(_ sentence: String) -> String {
        guard let range = sentence.range(of: "median ") else { return "see the lab" }
        return String(sentence[range.upperBound...].prefix { $0 != "," })
    }
}
