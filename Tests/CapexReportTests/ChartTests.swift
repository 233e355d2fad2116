import CapexData
import CapexModel
@testable import CapexReport
import CapexService
import CapexTestSupport
import Foundation
import Testing

@Suite("SVG charts")
struct ChartTests {
    let database: CapexDatabase
    var service: CapexService { CapexService(database: database) }
    init() throws { database = try CapexDatabase.inMemory() }

    func peerYears() throws -> (PeerSet, [PeerYear]) {
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies())
        return (peerSet, peerSet.years(from: try database.companyYears(ciks: Set(peerSet.members.map(\.cik))), definition: .cash))
    }

    /// The checks every chart must pass: well-formed XML, a title a reader understands, axes or
    /// bars, a legend and the source line.
    func checkFrame(_ svg: String, title: String) throws -> MarkupElement {
        let root = try MarkupElement.parse(svg)
        #expect(root.name == "svg")
        #expect(root.attributes["viewBox"] != nil)
        #expect(root.all("title").first?.text == title)
        #expect(root.all("g", class: "legend").count == 1)
        #expect(root.all("text", class: "source").map(\.text).joined(separator: " ").hasPrefix("Source: "))
        #expect(root.all("text", class: "evidence-note").count == 1)
        return root
    }

    @Test("capex vs revenue: one series per measure, a point per complete year, estimates hollow")
    func capexVersusRevenue() throws {
        let (peerSet, years) = try peerYears()
        let chart = FilingsCharts.capexVersusRevenue(years, peerSet: peerSet)
        let root = try checkFrame(chart.svg, title: "Hyperscaler capex vs revenue, combined (AMZN, GOOGL, META, MSFT, ORCL)")
        let series = root.all("g", class: "series")
        #expect(series.map { $0.attributes["data-name"] } == ["Revenue", "Capex (purchases of property and equipment)"])
        let complete = years.filter { $0.capex.isResolved && $0.revenue.isResolved }
        #expect(complete.count >= 10)
        let capexPoints = series[1].all("circle")
        #expect(capexPoints.count == complete.count)
        let hollow = capexPoints.filter { $0.attributes["fill"] == "#ffffff" }.count
        #expect(hollow == complete.filter { $0.capex.evidence >= .estimated }.count)
        // The axes carry the first and last fiscal years and the unit.
        let labels = root.all("g", class: "axes").first?.all("text").map(\.text) ?? []
        #expect(labels.contains(String(complete.first!.fiscalYear)))
        #expect(labels.contains(String(complete.last!.fiscalYear)))
        #expect(labels.contains("USD billions"))
    }

    @Test("a company's bars carry its filed capex and revenue", .needsSharedData)
    func companyHistoryMatchesFilings() throws {
        let filed = try FiledFigures()
        let rows = try service.companies(CompaniesRequest(companies: CompanyFilter(tickers: ["GOOGL"]))).rows
        let root = try checkFrame(FilingsCharts.companyHistory(rows).svg, title: "Alphabet Inc. (GOOGL): revenue and capex by fiscal year")
        let bars = root.all("rect", class: "bar")
        #expect(bars.count == 2 * rows.count)
        let capex = bars.filter { $0.attributes["data-series"] == "Capex" }.compactMap { $0.attributes["data-value"].flatMap(Double.init) }
        let expected = try #require(filed.value("GOOGL", 2025, "capex_usd_m"))
        // USD billions to two decimals.
        #expect(capex.contains { abs($0 - expected / 1_000) < 0.005 })
        let revenue = bars.filter { $0.attributes["data-series"] == "Revenue" }.compactMap { $0.attributes["data-value"].flatMap(Double.init) }
        let expectedRevenue = try #require(filed.value("GOOGL", 2025, "revenue_usd_m"))
        #expect(revenue.contains { abs($0 - expectedRevenue / 1_000) < 0.005 })
    }

    @Test("bars of estimated or scenario values are hatched, reported ones solid")
    func hatchedEstimates() throws {
        let chart = BarChart(
            frame: ChartFrame(title: "Test & <check>", xLabel: "Category", yLabel: "USD", source: "a test"),
            categories: ["a", "b", "c"],
            series: [BarChart.Series(name: "x", values: [(1, .reported), (2, .estimated), (nil, .unresolved)]),
                     BarChart.Series(name: "y", values: [(-1, .derived), (3, .scenario), (4, .reported)])])
        let root = try checkFrame(chart.svg, title: "Test & <check>")
        let bars = root.all("rect", class: "bar")
        #expect(bars.count == 5)  // the unresolved value has no bar
        let hatched = bars.filter { $0.attributes["fill"]?.hasPrefix("url(#hatch") == true }.compactMap { $0.attributes["data-value"] }
        #expect(hatched.sorted() == ["2", "3"])
        // A negative bar hangs from the zero line on which a positive bar stands.
        let positive = try #require(bars.first { $0.attributes["data-value"] == "1" })
        let negative = try #require(bars.first { $0.attributes["data-value"] == "-1" })
        let base = Double(positive.attributes["y"]!)! + Double(positive.attributes["height"]!)!
        #expect(abs(Double(negative.attributes["y"]!)! - base) < 0.02)
    }

    @Test("the gap-by-model chart has a pair of bars per model")
    func gapByModel() throws {
        let comparison = try service.gapCompare()
        let chart = ModelCharts.gapByModel(comparison)
        let root = try checkFrame(chart.svg, title: "Revenue needed a year on FY2025 capex, by model, vs AI revenue")
        #expect(root.all("rect", class: "bar").count == 2 * GapModels.all.count)
        let labels = root.all("text").map(\.text)
        for name in ["Sequoia", "TCO", "Hurdle", "Ratio"] { #expect(labels.contains(name)) }
    }

    @Test("Monte Carlo charts: two bands and the median, and a bar per year plus never")
    func monteCarloCharts() throws {
        let scenario = try service.scenario(ScenarioRequest())
        let summary = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: 2_000, seed: 7))
        let bands = ModelCharts.revenueBands(summary, projection: Projector.project(scenario))
        let root = try checkFrame(bands.svg, title: "AI revenue vs revenue needed, scenario base")
        #expect(root.all("path", class: "band").count == 2)
        #expect(root.all("g", class: "series").count == 2)
        #expect(root.all("g", class: "series")[0].all("circle").count == summary.years)
        let distribution = ModelCharts.crossoverDistribution(summary)
        let bars = try checkFrame(distribution.svg, title: "When revenue catches up: crossover and payback years, scenario base").all("rect", class: "bar")
        #expect(bars.count == 2 * (summary.years + 1))
        // The crossover bars' shares add up to one: every path crosses in some year or never.
        let shares = bars.filter { $0.attributes["data-series"]?.hasPrefix("Crossover") == true }.compactMap { $0.attributes["data-value"].flatMap(Double.init) }
        #expect(abs(shares.reduce(0, +) - 1) < 0.01 * Double(shares.count))
    }

    @Test("tornado: a low and a high bar per parameter around the median line")
    func tornado() throws {
        let scenario = try service.scenario(ScenarioRequest())
        let (base, bars) = Tornado.bars(scenario, year: scenario.horizon)
        let chart = ModelCharts.tornado(bars, base: base, year: scenario.horizon)
        let root = try checkFrame(chart.svg, title: "Which assumption matters most: the gap in 2040, scenario base")
        #expect(root.all("rect", class: "bar-low").count == bars.count)
        #expect(root.all("rect", class: "bar-high").count == bars.count)
        #expect(!bars.isEmpty)
    }

    @Test("scatter: a point per company's latest year")
    func scatter() throws {
        let headline = try service.headline()
        let chart = FilingsCharts.intensityScatter(headline.latest)
        let root = try checkFrame(chart.svg, title: "Latest fiscal year: capex intensity vs capex over depreciation")
        let plotted = headline.latest.filter { $0.capexIntensity.isResolved && $0.capexToDepreciation.isResolved }
        #expect(root.all("circle", class: "point").count == plotted.count)
        #expect(plotted.count >= 4)
        // A company without the figures is named under the chart rather than silently dropped.
        for row in headline.latest where !plotted.contains(row) {
            #expect(root.allText.contains("\(row.year.company.displayTicker) FY\(row.year.fiscalYear)"))
        }
    }

    @Test("nice scales: ticks inside the domain, steps of 1, 2, 2.5 or 5 times a power of ten")
    func scales() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let values = (0..<5).map { _ in Double.random(in: -1e4...1e6, using: &generator) }
            let scale = ChartScale(values: values, range: (400, 0))
            #expect(scale.domain.lower <= values.min()! && scale.domain.upper >= values.max()!)
            #expect(scale.domain.lower <= 0 && scale.domain.upper >= 0)
            let ticks = scale.ticks()
            #expect(ticks.count >= 2 && ticks.count <= 12)
            #expect(ticks.allSatisfy { $0 >= scale.domain.lower - 1e-9 && $0 <= scale.domain.upper + 1e-9 })
            let step = ticks[1] - ticks[0]
            let mantissa = step / pow(10, log10(step).rounded(.down))
            #expect([1, 2, 2.5, 5, 10].contains { abs(mantissa - $0) < 1e-6 })
            #expect(abs(scale.position(scale.domain.lower) - 400) < 1e-9)
        }
    }

    @Test("long source lines wrap onto two lines and end in an ellipsis beyond")
    func wrapping() {
        let words = Array(repeating: "word", count: 100).joined(separator: " ")
        let lines = ChartFrame.wrap(words, width: 40, lines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[1].hasSuffix("…"))
        #expect(ChartFrame.wrap("short", width: 40, lines: 2) == ["short"])
    }
}
