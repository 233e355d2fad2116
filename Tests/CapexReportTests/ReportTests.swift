import CapexData
import CapexModel
import CapexReport
import CapexService
import CapexTestSupport
import Foundation
import Testing

@Suite("HTML tables and the report")
struct ReportTests {
    let database: CapexDatabase
    var service: CapexService { CapexService(database: database) }
    init() throws { database = try CapexDatabase.inMemory() }

    @Test("an HTML table has the text table's cells, sortable raw values and evidence classes")
    func htmlTable() throws {
        let table = CompaniesTable.make(try service.companies(CompaniesRequest(companies: CompanyFilter(tickers: ["GOOGL"], from: 2024))))
        let html = HTMLTableRenderer(table: table, csvURL: "/api/companies?ticker=GOOGL&format=csv").render()
        let root = try MarkupElement.parse(html)
        let headers = root.all("th").map(\.text)
        #expect(headers == table.columns.filter { !$0.machineOnly }.map(\.title))
        let rows = root.all("tbody").first?.all("tr") ?? []
        #expect(rows.count == 2, "FY2024 and FY2025")
        #expect(root.all("a", class: "download").first?.attributes["href"] == "/api/companies?ticker=GOOGL&format=csv")
        // The capex cell shows the formatted value and carries the raw one for sorting.
        let capexColumn = try #require(headers.firstIndex(of: "Capex $M"))
        let capexCells = rows.map { $0.all("td")[capexColumn] }
        // Alphabet's capex from its 10-Ks: FY2024 52,535 and FY2025 91,447 (USD millions), reported.
        #expect(capexCells.map { $0.attributes["data-value"] } == ["52535", "91447"])
        #expect(capexCells.map(\.text) == ["52,535 R", "91,447 R"])
        #expect(capexCells.allSatisfy { $0.attributes["class"]?.contains("ev-reported") == true })
    }

    @Test("HTML escapes what it shows")
    func escaping() throws {
        var table = Table(title: "<script>alert('x')</script>", columns: [.text("name", "Name & <b>")])
        table.append([.text("a<b>&\"c\"")])
        let html = HTMLTableRenderer(table: table).render()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        let root = try MarkupElement.parse(html)
        #expect(root.all("td").first?.text == "a<b>&\"c\"")
    }

    @Test("the HTML report is one self-contained file with every section and well-formed charts")
    func htmlReport() throws {
        let report = StandardReport.build(try service.reportContent(ReportRequest(paths: 2_000)), options: .init(generated: "2026-11-29", databasePath: "test"))
        let html = report.html
        for id in ["headline", "companies", "gap-models", "unit-economics", "projection", "analogs", "value-chain", "essay", "sources"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        // Nothing is fetched: no external scripts, styles, images or fonts. The only web
        // addresses are links a reader may follow to a figure's source.
        for pattern in ["<script", "<link", "src=", "@import", "url(http", "url(//", "href=\"//"] {
            #expect(!html.contains(pattern), "the report contains \(pattern)")
        }
        #expect(html.components(separatedBy: "href=\"http").count == html.components(separatedBy: "<a href=\"http").count)
        #expect(html.contains("<a href=\"https://"), "the sources appendix links to its sources")
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(svgs.count == 8)
        for svg in svgs { _ = try MarkupElement.parse(svg) }
        // The headline figures are the filings' (latest fiscal years' capex of the five: 464,568 USD millions).
        #expect(html.contains("464,568"))
    }

    @Test("the Markdown report points at one SVG file per chart")
    func markdownReport() throws {
        let report = StandardReport.build(try service.reportContent(ReportRequest(paths: 2_000)), options: .init(generated: "2026-11-29", databasePath: "test"))
        let (text, charts) = report.markdown(chartFolder: "report-charts")
        #expect(charts.count == 8)
        for chart in charts {
            #expect(text.contains("](\(chart.file))"))
            #expect(chart.file.hasPrefix("report-charts/") && chart.file.hasSuffix(".svg"))
            _ = try MarkupElement.parse(chart.svg)
        }
        #expect(Set(charts.map(\.file)).count == charts.count)
        #expect(text.contains("## Appendix: sources"))
        #expect(text.contains("| Ticker |"))
    }
}
