import CapexData
import CapexModel
import CapexReport
import CapexService
import CapexTestSupport
import Foundation
import Testing

@Suite("Analogs and the value chain")
struct HistoryTests {
    let database: CapexDatabase
    var service: CapexService { CapexService(database: database) }
    init() throws { database = try CapexDatabase.inMemory() }

    @Test("fibre: 2.7% of installed US fibre lit in 2002, 2.5% in 2001, as the data has them")
    func fibreLit() throws {
        let comparison = try service.analogs(.utilisation).comparison
        let lit = comparison.points.filter { $0.metric == "fiber_lit_pct" }
        // TeleGeography via MSNBC/WSJ (2002) and the Financial Times (2001), analogs.csv.
        #expect(lit.contains { $0.firstYear == 2002 && $0.value == 2.7 && $0.tier == .goodSecondary })
        #expect(lit.contains { $0.firstYear == 2001 && $0.value == 2.5 })
        // Years since the cycle began (1996).
        #expect(lit.first { $0.firstYear == 2002 }?.yearsSinceStart?.first == 6)
        #expect(comparison.summary.contains { $0.contains("2.5-2.7% of installed US fibre was lit") })
        #expect(comparison.summary.contains { $0.contains("no sourced utilisation figure for AI") })
    }

    @Test("contested (tier U) figures are ranges, never values, on every metric")
    func contested() throws {
        var seen = 0
        for metric in AnalogMetric.allCases {
            let result = try service.analogs(metric)
            let comparison = result.comparison
            for point in comparison.points where point.tier == .unverified {
                seen += 1
                #expect(point.value == nil, "\(point.cycle.id) \(point.metric)")
                #expect(point.contested && point.low != nil && point.high != nil)
            }
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(TableRenderer.json(result).utf8)) as? [[String: Any]])
            let contested = rows.filter { row in row["tier"] as? String == "U" }
            #expect(contested.count == comparison.points.filter { $0.tier == .unverified }.count)
            for row in contested {
                #expect(row["value"] is NSNull)
                #expect((row["range"] as? String)?.hasSuffix("(contested)") == true)
            }
        }
        // US railroads 1870-1889 (2-6%) and the 1950s grid (1.2%) are the contested rows.
        #expect(seen == 2)
    }

    @Test("telecom's share of GDP is BEA investment over BEA GDP, peaking in 2000", .needsSharedData)
    func telecomShare() throws {
        let analogs = try CSVTable(contentsOf: Fixtures.sharedData.appendingPathComponent("analogs.csv"))
        let gdp = try CSVTable(contentsOf: Fixtures.sharedData.appendingPathComponent("gdp.csv"))
        func investment(_ year: Int) throws -> Double {
            try #require(try analogs.rows.first { $0.text("metric") == "digital_infrastructure_investment_usd_m" && $0.text("year") == String(year) }?.double("value"))
        }
        func output(_ year: Int) throws -> Double {
            try #require(try gdp.rows.first { $0.text("country") == "US" && $0.text("year") == String(year) }?.double("gdp_nominal"))
        }
        let comparison = try service.analogs(.investmentPctGDP).comparison
        let series = comparison.points.filter { $0.metric == "digital_infrastructure_investment_pct_us_gdp" }
        #expect(series.count == 13)  // 1994-2006
        for point in series {
            let year = try #require(point.firstYear)
            let value = try #require(point.value)
            let expected: Double = try investment(year) / 1_000 / output(year) * 100
            #expect(abs(value - expected) < 1e-9)
        }
        #expect(series.max { ($0.value ?? 0) < ($1.value ?? 0) }?.firstYear == 2000)
        #expect(comparison.summary.contains { $0.contains("carrier revenue peaked in 1998 and capex in 2000") })
    }

    @Test("the AI cycle's share of US GDP is the peer set's filed capex over GDP")
    func aiShare() throws {
        let comparison = try service.analogs(.investmentPctGDP).comparison
        let fy2024 = try #require(comparison.points.first { $0.metric == "peer_capex_pct_us_gdp" && $0.firstYear == 2024 })
        // FY2024 peer-set capex 224,133 USD millions (four 10-Ks and Oracle's 6,866 quoted from its 10-K) over 2024 US GDP
        // of 29,183.836 USD billions (gdp.csv).
        let share = try #require(fy2024.value)
        let expected: Double = 224_133.0 / 1_000 / 29_183.836 * 100
        #expect(abs(share - expected) < 1e-9)
        #expect(fy2024.yearsSinceStart?.first == 1)
        // No 2025 US GDP in the data: no FY2025 share is made up.
        #expect(!comparison.points.contains { $0.metric == "peer_capex_pct_us_gdp" && $0.firstYear == 2025 })
        #expect(comparison.summary.first?.hasPrefix("AI: the peer set's capex reached 0.77% of US GDP in FY2024") == true)
    }

    @Test("McKinsey's split of $5.2T: $3.1T technology, $1.3T energy, $0.8T builders")
    func mckinsey() throws {
        let chain = try service.valueChain(ValueChainRequest(scheme: "mckinsey", year: nil, capexUSDBillions: 5_200)).chain
        let amounts = Dictionary(uniqueKeysWithValues: chain.flows.map { ($0.category.name, $0.amount.value ?? .nan) })
        // 60/25/15 of $5.2T (McKinsey via DCD): "about $3.1T", "$1.3T", "$0.8T".
        #expect(abs(amounts["technology_developers_designers"]! - 3_120) < 1e-6)
        #expect(abs(amounts["energizers"]! - 1_300) < 1e-6)
        #expect(abs(amounts["builders"]! - 780) < 1e-6)
        #expect(chain.flows.count == 3)  // the three shares sum to one: nothing unitemised
    }

    @Test("every scheme's shares sum to one and the flows conserve the capex total, every year")
    func conservation() throws {
        let years = [2022, 2023, 2024, 2025]
        for (name, _) in CapexScheme.names {
            for year in years {
                let chain = try service.valueChain(ValueChainRequest(scheme: name, year: year, capexUSDBillions: nil)).chain
                let capex = try #require(chain.capex.value)
                #expect(abs(chain.scheme.categories.compactMap(\.share.value).reduce(0, +) - 1) < 1e-12, "\(name)")
                #expect(abs(chain.flows.compactMap(\.amount.value).reduce(0, +) - capex) < 1e-9 * capex, "\(name) \(year)")
                #expect(abs(chain.layers.compactMap(\.amount.value).reduce(0, +) - capex) < 1e-9 * capex, "\(name) \(year)")
            }
        }
        // Bernstein itemises 99.55% (GPUs 39, networking 13, CPUs 3, storage 1-1.5, M&E 33.3, power distribution 10).
        let bernstein = try service.valueChain(ValueChainRequest(scheme: "bernstein", year: 2025, capexUSDBillions: nil)).chain
        let residual = try #require(bernstein.scheme.categories.first { $0.name == CapexScheme.notItemised }?.share.value)
        #expect(abs(residual - 0.0045) < 1e-9)
    }

    @Test("the semiconductors layer is compared with Nvidia's reported revenue of the same calendar year")
    func suppliers() throws {
        let chain2025 = try service.valueChain(ValueChainRequest(scheme: "bernstein", year: 2025, capexUSDBillions: nil)).chain
        let chips2025 = try #require(chain2025.layers.first { $0.name == "semiconductors" })
        // Nvidia Data Center revenue, fiscal 2026 (Feb 2025-Jan 2026): $193.7B (ai_revenue.csv).
        #expect(chips2025.suppliers.contains { $0.revenue.value == 193.7 })
        let chain2024 = try service.valueChain(ValueChainRequest(scheme: "bernstein", year: 2024, capexUSDBillions: nil)).chain
        let chips2024 = try #require(chain2024.layers.first { $0.name == "semiconductors" })
        // NVIDIA 10-K FY2025 revenue: 130,497 USD millions; Data Center FY2025: $115.2B.
        #expect(chips2024.suppliers.contains { $0.revenue == Figure(130.497, .reported) })
        #expect(chips2024.suppliers.contains { $0.revenue.value == 115.2 })
    }

    @Test("bad schemes and years name the field")
    func badRequests() throws {
        #expect(throws: RequestError.unknownName(field: "scheme", name: "gartner", valid: CapexScheme.names.map(\.name))) {
            try service.valueChain(ValueChainRequest(scheme: "gartner", year: nil, capexUSDBillions: nil)).chain
        }
        #expect { try service.valueChain(ValueChainRequest(scheme: "epoch", year: 1990, capexUSDBillions: nil)).chain } throws: {
            ($0 as? RequestError)?.field == "year"
        }
        #expect { try service.valueChain(ValueChainRequest(scheme: "epoch", year: nil, capexUSDBillions: -1)).chain } throws: {
            ($0 as? RequestError)?.field == "capex"
        }
    }

    @Test("charts: the analogs chart draws ranges as bands, the flow chart conserves its total")
    func charts() throws {
        let comparison = try service.analogs(.investmentPctGDP).comparison
        let analogs = try MarkupElement.parse(HistoryCharts.analogs(comparison).svg)
        let bands = analogs.all("path", class: "band")
        // Every range with a year in the first 25 years of its cycle (the 1950s grid, year 50, is in the table only).
        let ranges = comparison.points.filter { point in
            guard point.value == nil, let span = point.yearsSinceStart else { return false }
            return span.last <= 25 && !point.cycle.id.hasSuffix("_benchmark")
        }
        #expect(ranges.count == 2)
        #expect(bands.count == ranges.count)
        #expect(analogs.all("g", class: "legend").first?.allText.contains("(contested)") == true)
        let chain = try service.valueChain(ValueChainRequest(scheme: "bernstein", year: 2025, capexUSDBillions: nil)).chain
        let flow = try MarkupElement.parse(HistoryCharts.valueChain(chain).svg)
        let links = flow.all("path", class: "link")
        #expect(links.count == 2 * chain.flows.count)
        let fromCapex = links.filter { $0.attributes["data-from"] == "capex" }.compactMap { $0.attributes["data-value"].flatMap(Double.init) }
        // Rounded to two decimals per link.
        #expect(abs(fromCapex.reduce(0, +) - (chain.capex.value ?? 0)) < 0.01 * Double(fromCapex.count))
        #expect(flow.all("rect", class: "node").count == 1 + chain.flows.count + chain.layers.count)
    }

    @Test("every point and range of the analogs chart and table links to its source")
    func pointsLinkToSources() throws {
        let comparison = try service.analogs(.investmentPctGDP).comparison
        let chart = try MarkupElement.parse(HistoryCharts.analogs(comparison).svg)
        let links = chart.all("a", class: "source-link")
        let unlinked = chart.all("g", class: "sourced")
        let marks = chart.all("circle").count + chart.all("path", class: "band").count
        // Every circle and band is wrapped in exactly one link or tooltip group.
        #expect(links.reduce(0) { $0 + $1.all("circle").count + $1.all("path", class: "band").count }
                    + unlinked.reduce(0) { $0 + $1.all("circle").count + $1.all("path", class: "band").count } == marks)
        #expect(marks > 20)
        // Every drawn figure whose source has an address links to it.
        let drawn = comparison.points.filter { point in
            guard let span = point.yearsSinceStart else { return false }
            return span.last <= 25 && !point.cycle.id.hasSuffix("_benchmark")
        }
        let drawnAddresses = Set(drawn.compactMap { WebAddress.first(in: $0.sourceURL) })
        #expect(drawnAddresses.count >= 3)
        #expect(drawnAddresses == Set(links.compactMap { $0.attributes["href"] }))
        for link in links {
            let address = try #require(link.attributes["href"])
            #expect(address.hasPrefix("https://") || address.hasPrefix("http://"), "\(address)")
            #expect(!address.contains(" "), "one address per link: \(address)")
            #expect(link.all("title").first?.text.contains("Source: ") == true)
        }
        // Each address in the chart is one the data gives for a point.
        let known = Set(comparison.points.compactMap { WebAddress.first(in: $0.sourceURL) })
        #expect(Set(links.compactMap { $0.attributes["href"] }).isSubset(of: known))
        #expect(!known.isEmpty)

        let html = try MarkupElement.parse(HTMLTableRenderer(table: AnalogsTable.make(try service.analogs(comparison.metric))).render())
        let rows = html.all("tr").dropFirst()
        #expect(rows.count == comparison.points.count)
        for (row, point) in zip(rows, comparison.points) {
            let address = row.all("a").first?.attributes["href"]
            #expect(address == WebAddress.first(in: point.sourceURL), "\(point.cycle.id) \(point.metric) \(point.periodText)")
        }
    }

    @Test("a source field holding several addresses links to the first")
    func firstAddress() {
        #expect(WebAddress.first(in: "https://a.example/x.csv ; https://b.example/") == "https://a.example/x.csv")
        #expect(WebAddress.first(in: "see the filing") == nil)
        #expect(WebAddress.first(in: nil) == nil)
        #expect(WebAddress.first(in: "ftp://x ; http://y.example/p?q=1,2") == "http://y.example/p?q=1,2")
    }
}
