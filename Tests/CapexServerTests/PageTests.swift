@testable import CapexServer
import CapexTestSupport
import Foundation
import HTTPTypes
import Testing

@Suite("Dashboard pages")
struct PageTests {
    static let pages = ["/", "/companies", "/companies/GOOGL", "/companies/orcl", "/gap-models", "/gap-models/sequoia", "/gap-models/tco",
                        "/gap-models/hurdle", "/gap-models/ratio", "/lab", "/analogs", "/analogs?metric=utilisation",
                        "/value-chain", "/value-chain?scheme=mckinsey&capex=5200", "/sources", "/api", "/quarters", "/quarters?ticker=MSFT&order=calendar",
                        "/commitments", "/commitments?entity=openai", "/screen"]

    /// The `href`s of `html` that download CSV.
    static func csvLinks(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            .filter { $0.hasSuffix("format=csv") }.map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
    }

    @Test("every page renders with the navigation, and every table's CSV download works")
    func pagesAndDownloads() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            for page in Self.pages {
                let answer = try await client.get(page)
                #expect(answer.status == .ok, "\(page): \(answer.body.prefix(300))")
                #expect(answer.contentType == "text/html; charset=utf-8")
                #expect(answer.body.contains("<nav>"))
                #expect(!answer.body.contains("class=\"error\""), "\(page) shows an error")
                // Nothing is fetched from elsewhere: the one stylesheet and script are the site's own.
                #expect(!answer.body.contains("src=\"http") && !answer.body.contains("href=\"//"), "\(page)")
                let linked = answer.body.components(separatedBy: "<link ").dropFirst().map { $0.prefix { $0 != ">" } }
                #expect(linked.map(String.init) == ["rel=\"stylesheet\" href=\"\(Assets.stylesheetPath)\""], "\(page)")
                guard page != "/api" else { continue }
                let tables = answer.body.components(separatedBy: "<figure class=\"table\">").count - 1
                let links = Self.csvLinks(answer.body)
                #expect(tables > 0 && links.count == tables, "\(page): \(tables) tables, \(links.count) CSV links")
                for link in links {
                    let csv = try await client.get(link)
                    #expect(csv.status == .ok, "\(page) -> \(link): \(csv.body.prefix(200))")
                    #expect(csv.contentType == "text/csv; charset=utf-8", "\(link)")
                }
            }
        }
    }

    @Test("chart pages carry their charts with a title, source and evidence key")
    func charts() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let expected: [(String, [String])] = [
                ("/", ["Hyperscaler capex vs revenue, combined (AMZN, GOOGL, META, MSFT, ORCL)", "Capex intensity by company against the regime bands",
                       "Revenue needed a year on FY2025 capex, by model, vs AI revenue"]),
                ("/companies/GOOGL", ["Alphabet Inc. (GOOGL): revenue and capex by fiscal year", "GOOGL: capex intensity against the regime bands"]),
                ("/lab", ["AI revenue vs revenue needed, scenario base", "The gap per year, scenario base (below zero: revenue covers the cost)",
                          "When revenue catches up: crossover and payback years, scenario base"]),
                ("/gap-models", ["Revenue needed a year on FY2025 capex, by model, vs AI revenue"]),
                ("/companies", ["Latest fiscal year: capex intensity vs capex over depreciation"]),
                ("/analogs", ["Infrastructure cycles aligned: investment as % of GDP"]),
                ("/value-chain", ["Where each capex dollar goes: bernstein_2025 split, supplier layers"]),
            ]
            for (page, titles) in expected {
                let body = try await client.get(page).body
                let svgs = body.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
                let found = try svgs.map { try MarkupElement.parse($0) }
                #expect(found.map { $0.all("title").first?.text ?? "" } == titles, "\(page)")
                for root in found { #expect(root.allText.contains("Source: ")) }
            }
        }
    }

    @Test("a gap model recomputes with the values of its form")
    func gapModelRecompute() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let published = try await client.get("/gap-models/sequoia/results?preset=sequoia-2024&shown_preset=sequoia-2024")
            #expect(published.body.contains("all reproduced"))
            let changed = try await client.get("/gap-models/sequoia/results?preset=sequoia-2024&shown_preset=sequoia-2024&ai_revenue_usd_b=150")
            #expect(changed.status == .ok)
            #expect(!changed.body.contains("all reproduced"))
            let api = try #require(try await client.get("/api/gap/sequoia?ai_revenue_usd_b=150").json() as? [[String: Any]])
            let value = try #require(api.first { $0["name"] as? String == "ai_revenue_usd_b" }?["value"] as? Int)
            #expect(value == 150)
            #expect(changed.body.contains("data-value=\"150\""))
            let bad = try await client.get("/gap-models/sequoia/results?spread_years=0")
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("class=\"error\""))
            let page = try await client.get("/gap-models/sequoia?spread_years=0")
            #expect(page.status == .ok)
            #expect(page.body.contains("class=\"error\""))
        }
    }

    @Test("the scenario lab redraws for a moved slider and keeps the distribution of one at its median")
    func lab() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let base = try await client.get("/lab/results?scenario=base")
            let atMedian = try await client.get("/lab/results?scenario=base&shown_scenario=base&capex_growth=0.11")
            #expect(base.body == atMedian.body)
            let moved = try await client.get("/lab/results?scenario=base&shown_scenario=base&capex_growth=0.4")
            #expect(moved.status == .ok)
            #expect(moved.body != base.body)
            #expect(moved.body.contains("capex_growth=0.4"))
            let outside = try await client.get("/lab/results?scenario=base&capex_growth=5")
            #expect(outside.status == .badRequest)
            #expect(outside.body.contains("capex_growth"))
            let unknown = try await client.get("/lab?scenario=bench-reference")
            #expect(unknown.body.contains("class=\"error\""))
            let page = try await client.get("/lab")
            #expect(page.body.contains("20,000 Monte Carlo paths per change"), "the page says how many paths the lab runs")
            #expect(base.body.contains("Monte Carlo of scenario base: 20000 paths"))
        }
    }

    @Test("an unknown company is a 404 page naming the known tickers")
    func unknownCompany() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get("/companies/NOPE")
            #expect(answer.status == .notFound)
            #expect(answer.body.contains("known tickers: AAPL, AMD, AMZN"))
        }
    }
}

@Suite("Commitments page")
struct CommitmentsPageTests {
    @Test("the commitments page draws the deals graph with every arrow linked to its source, and the tables")
    func graph() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let page = try await client.get("/commitments")
            #expect(page.status == .ok)
            let svg = try #require(page.body.components(separatedBy: "<svg ").dropFirst().first.map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" })
            _ = try MarkupElement.parse(svg)
            let api = try await client.get("/api/deals")
            let graph = try #require(try api.json() as? [String: Any])
            let edges = try #require(graph["edges"] as? [[String: Any]])
            // One arrow per deal, each inside a link to its source.
            #expect(svg.components(separatedBy: "<line ").count - 1 == edges.count)
            #expect(svg.components(separatedBy: "<a href=\"http").count - 1 == edges.filter { $0["source_url"] is String }.count)
            for heading in ["Deals", "Commitments", "Capex guidance ledger", "Financing"] { #expect(page.body.contains("<h2>\(heading)</h2>")) }
            // The guidance charts: one per year the guided periods end in, each point with its source.
            let charts = page.body.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
                .filter { $0.contains("Capex guidance for periods ending in") }
            #expect(charts.count >= 2)
            for chart in charts { _ = try MarkupElement.parse(chart) }
            #expect(charts.contains { $0.contains("GOOGL CY2025 guidance said 2025-10-29: 91.0-93.0 $B") && $0.contains("GOOGL CY2025 filed: 91.4 $B") })
        }
    }
}
