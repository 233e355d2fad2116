import CapexData
@testable import CapexServer
import CapexTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@Suite("JSON API")
struct APITests {
    /// Every API route the dashboard serves; the OpenAPI document must list exactly these.
    static let routes = [
        "/api/overview", "/api/headline", "/api/companies", "/api/peers", "/api/essay", "/api/sources", "/api/restatements", "/api/conflicts",
        "/api/quarters", "/api/ttm", "/api/peers/calendar", "/api/definitions", "/api/sources/changes", "/api/scenario/calibrate",
        "/api/commitments", "/api/financing", "/api/leverage", "/api/guidance", "/api/deals", "/api/screen",
        "/api/gap/sequoia", "/api/gap/tco", "/api/gap/hurdle", "/api/gap/ratio", "/api/gap/compare",
        "/api/unit-economics", "/api/depreciation", "/api/analogs", "/api/value-chain", "/api/scenario", "/api/project", "/api/simulate",
        "/api/sensitivity", "/api/solve", "/api/openapi.json",
    ]

    /// A request that each route answers with 200 (the solver needs its two parameters).
    static func example(_ route: String) -> String {
        switch route {
        case "/api/solve": "/api/solve?for=gross_margin&target=crossover%3D2035"
        case "/api/simulate": "/api/simulate?paths=2000"
        case "/api/sensitivity": "/api/sensitivity?paths=1000"
        default: route
        }
    }

    @Test("every route answers 200 with JSON, and tables also as CSV")
    func everyRoute() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            for route in Self.routes {
                let answer = try await client.get(Self.example(route))
                #expect(answer.status == .ok, "\(route): \(answer.body.prefix(200))")
                #expect(answer.contentType == "application/json; charset=utf-8", "\(route)")
                _ = try answer.json()
                if !["/api/overview", "/api/solve", "/api/openapi.json"].contains(route) {
                    let csvURL = Self.example(route) + (Self.example(route).contains("?") ? "&" : "?") + "format=csv"
                    let csv = try await client.get(csvURL)
                    #expect(csv.status == .ok, "\(csvURL)")
                    #expect(csv.contentType == "text/csv; charset=utf-8", "\(csvURL)")
                    // A header, and rows (the bundled data has no restatements or conflicts).
                    let empty = ["/api/restatements", "/api/conflicts"].contains(route)
                    #expect(csv.body.split(separator: "\r\n").count >= (empty ? 1 : 2), "\(csvURL): a header and rows")
                }
            }
        }
    }

    @Test("the API answers exactly what the CLI prints with --format json", arguments: [
        ("/api/companies?ticker=GOOGL", ["companies", "--ticker", "GOOGL"]),
        ("/api/companies?ticker=MSFT&ticker=META&from=2020&capex=with-leases", ["companies", "--ticker", "MSFT", "--ticker", "META", "--from", "2020", "--capex", "with-leases"]),
        ("/api/companies?role=neocloud&role=hyperscaler&capex=with-committed-leases", ["companies", "--role", "neocloud", "--role", "hyperscaler", "--capex", "with-committed-leases"]),
        ("/api/financing?role=neocloud", ["financing", "--role", "neocloud"]),
        ("/api/leverage", ["leverage"]),
        ("/api/headline", ["headline"]),
        ("/api/peers", ["peers"]),
        ("/api/essay", ["essay"]),
        ("/api/sources?ticker=META", ["sources", "--ticker", "META"]),
        ("/api/restatements", ["restatements"]),
        ("/api/conflicts?ticker=GOOGL", ["conflicts", "--ticker", "GOOGL"]),
        ("/api/solve?for=gross_margin&target=crossover%3D2035", ["solve", "--for", "gross_margin", "--target", "crossover=2035"]),
        ("/api/gap/sequoia", ["gap", "sequoia"]),
        ("/api/gap/sequoia?ai_revenue_usd_b=150&from_data=hyperscalers", ["gap", "sequoia", "--set", "ai_revenue_usd_b=150", "--from-data", "hyperscalers"]),
        ("/api/gap/compare", ["gap", "compare"]),
        ("/api/unit-economics?preset=gb200-heavy-user", ["unit-economics", "--preset", "gb200-heavy-user"]),
        ("/api/depreciation?ticker=MSFT&life=4&life=6", ["depreciation", "--ticker", "MSFT", "--life", "4", "--life", "6"]),
        ("/api/scenario?scenario=bull", ["scenario", "show", "bull"]),
        ("/api/analogs?metric=capex_pct_revenue", ["analogs", "--metric", "capex_pct_revenue"]),
        ("/api/value-chain?scheme=mckinsey&year=2024", ["value-chain", "--scheme", "mckinsey", "--year", "2024"]),
        ("/api/project?scenario=bear&gross_margin=0.7", ["project", "bear", "--set", "gross_margin=0.7"]),
        ("/api/project?capex_from_guidance=true&years=3", ["project", "--capex-from-guidance", "--years", "3"]),
        ("/api/sensitivity?paths=2000&year=2035", ["sensitivity", "--paths", "2000", "--year", "2035"]),
    ])
    func sameAsCLI(route: String, arguments: [String]) async throws {
        let fixture = try ServerFixture()
        let cli = try CLIRunner().run(arguments + ["--format", "json", "--db", fixture.databasePath])
        #expect(cli.status == 0, "\(cli.stderr)")
        try await fixture.withClient { client in
            let answer = try await client.get(route)
            #expect(answer.status == .ok)
            #expect(answer.body == cli.stdout)
        }
    }

    @Test("the simulation and the solver agree with the CLI")
    func simulationAndSolver() async throws {
        let fixture = try ServerFixture()
        let runner = try CLIRunner()
        let cli = try runner.run(["simulate", "--paths", "5000", "--seed", "3", "--format", "json", "--db", fixture.databasePath])
        let keys = ["final_year_gap", "final_year_cash", "final_year_revenue", "crossover", "payback", "gap_by_year", "calendar_years"]
        let expected = try Self.canonical(cli.stdout, keys: keys)
        let solved = try runner.run(["solve", "--for", "gross_margin", "--target", "crossover=2035", "--db", fixture.databasePath])
        try await fixture.withClient { client in
            // Bit for bit the same percentiles and counts, whatever the threads (timings differ).
            let answer = try Self.canonical(try await client.get("/api/simulate?paths=5000&seed=3").body, keys: keys)
            #expect(answer.count == keys.count)
            #expect(answer == expected)
            let solution = try #require(try await client.get("/api/solve?for=gross_margin&target=crossover=2035").json() as? [String: Any])
            #expect(solution["sentence"] as? String == solved.stdout.trimmingCharacters(in: .newlines))
        }
    }

    /// The values of `keys` in a JSON object, each as sorted JSON text.
    static func canonical(_ text: String, keys: [String]) throws -> [String: String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var result: [String: String] = [:]
        for key in keys {
            guard let value = object[key] else { continue }
            let data = try JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys])
            result[key] = String(decoding: data, as: UTF8.self)
        }
        return result
    }

    @Test("figures in the API are the filed ones", .needsSharedData)
    func filedFigures() async throws {
        let filed = try FiledFigures()
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let rows = try #require(try await client.get("/api/companies?ticker=GOOGL&from=2015").json() as? [[String: Any]])
            #expect(rows.count >= 10)
            for row in rows {
                let year = try #require(row["fiscal_year"] as? Int)
                guard let capex = filed.value("GOOGL", year, "capex_usd_m") else { continue }
                #expect((row["capex_usd_m"] as? NSNumber)?.doubleValue == capex, "FY\(year)")
                #expect(row["capex_usd_m_evidence"] as? String == "reported")
            }
        }
    }

    @Test("bad parameters answer 400 with the error and the field", arguments: [
        ("/api/companies?ticker=NOPE", "ticker"), ("/api/companies?from=1800", "from"), ("/api/companies?from=2025&to=2020", "from"),
        ("/api/companies?capex=gross", "capex"), ("/api/companies?role=lab", "role"), ("/api/companies?bogus=1", "bogus"), ("/api/companies?format=xml", "format"),
        ("/api/companies?cik=abc", "cik"), ("/api/sources?cik=12", "cik"),
        ("/api/gap/sequoia?ai_revenue_usd_b=-5", "ai_revenue_usd_b"), ("/api/gap/sequoia?ai_revenue_usd_b=abc", "ai_revenue_usd_b"),
        ("/api/gap/sequoia?preset=nope", "preset"), ("/api/gap/sequoia?year=2024", "year"), ("/api/gap/sequoia?from_data=XYZ", "from_data"),
        ("/api/gap/sequoia?from_data=GOOGL&year=1990", "year"), ("/api/gap/compare?ai_revenue=-1", "ai_revenue"),
        ("/api/unit-economics?preset=nope", "preset"), ("/api/unit-economics?utilisation=0", "utilisation"),
        ("/api/depreciation?life=0.5", "life"), ("/api/depreciation?server_share=2", "server_share"), ("/api/depreciation?ticker=ZZ", "ticker"),
        ("/api/analogs?metric=railways", "metric"), ("/api/value-chain?scheme=gartner", "scheme"),
        ("/api/value-chain?year=1990", "year"), ("/api/value-chain?capex=0", "capex"),
        ("/api/scenario?scenario=/etc/passwd", "scenario"), ("/api/scenario?scenario=base&years=3&horizon=2030", "horizon"),
        ("/api/project?years=0", "years"), ("/api/project?horizon=2020", "horizon"), ("/api/project?gross_margin=1.5", "gross_margin"),
        ("/api/project?rev0=10", "rev0"),
        ("/api/simulate?paths=200001", "paths"), ("/api/simulate?paths=0", "paths"), ("/api/simulate?years=51", "years"),
        ("/api/simulate?horizon=2100", "horizon"), ("/api/simulate?seed=-1", "seed"),
        ("/api/sensitivity?paths=100", "paths"), ("/api/sensitivity?year=1990", "year"),
        ("/api/solve", "for"), ("/api/solve?for=gross_margin&target=soon", "target"), ("/api/solve?for=nothing&target=crossover=2035", "for"),
        ("/api/solve?for=gross_margin&target=crossover=2090", "target"),
    ])
    func badParameters(uri: String, field: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get(uri)
            #expect(answer.status == .badRequest, "\(uri): \(answer.body)")
            #expect(answer.contentType == "application/json; charset=utf-8")
            let error = try answer.error()
            #expect(error.field == field, "\(uri): \(error.message)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("unknown routes answer 404: JSON under /api, a page elsewhere")
    func unknownRoutes() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            for uri in ["/api/nope", "/api/gap/unknown", "/api/companies/GOOGL"] {
                let answer = try await client.get(uri)
                #expect(answer.status == .notFound, "\(uri)")
                #expect(try answer.error().message.contains("openapi.json"))
            }
            let page = try await client.get("/no/such/page")
            #expect(page.status == .notFound)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("Page not found"))
        }
    }

    @Test("a gap model takes its parameters in a JSON body as well as in the query")
    func postBody() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let viaQuery = try await client.get("/api/gap/sequoia?ai_revenue_usd_b=150&spread_years=2")
            let viaBody = try await client.post("/api/gap/sequoia", json: #"{"parameters": {"ai_revenue_usd_b": 150, "spread_years": 2}}"#)
            #expect(viaBody.status == .ok)
            #expect(viaBody.body == viaQuery.body)
            let broken = try await client.post("/api/gap/sequoia", json: "{not json")
            #expect(broken.status == .badRequest)
            #expect(try broken.error().field == "body")
            let tooBig = try await client.post("/api/gap/sequoia", json: "{\"preset\": \"" + String(repeating: "x", count: 70_000) + "\"}")
            #expect(tooBig.status == .contentTooLarge)
        }
    }

    @Test("the OpenAPI document parses and lists every route with its parameters")
    func openAPI() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let document = try #require(try await client.get("/api/openapi.json").json() as? [String: Any])
            #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(Set(paths.keys) == Set(Self.routes))
            var operationIDs = Set<String>()
            for (path, operations) in paths {
                for (method, operation) in operations {
                    let object = try #require(operation as? [String: Any])
                    let id = try #require(object["operationId"] as? String)
                    #expect(operationIDs.insert(id).inserted, "duplicate operationId \(id)")
                    #expect(object["responses"] is [String: Any], "\(method) \(path)")
                }
            }
            // Every documented query parameter is accepted (never "unknown parameter").
            for (path, operations) in paths where path != "/api/openapi.json" {
                let parameters = (operations["get"] as? [String: Any])?["parameters"] as? [[String: Any]] ?? []
                for parameter in parameters {
                    let name = try #require(parameter["name"] as? String)
                    let expensive = ["/api/simulate", "/api/sensitivity"].contains(path) && name != "paths"
                    let answer = try await client.get("\(path)?\(expensive ? "paths=1000&" : "")\(name)=")
                    if answer.status == .badRequest { #expect(try answer.error().message.contains("unknown parameter") == false, "\(path) \(name)") }
                }
            }
            let companies = try #require(paths["/api/companies"]?["get"] as? [String: Any])
            let names = (companies["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names == ["ticker", "cik", "role", "from", "to", "capex", "format"])
        }
    }
}

@Suite("API answer cache")
struct AnswerCacheTests {
    @Test("a table route answers with an ETag, 304 to a conditional request, and a new answer after an import")
    func etag() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let first = try await client.get("/api/companies?ticker=GOOGL")
            let etag = try #require(first.headers[.eTag])
            #expect(first.status == .ok)
            let again = try await client.execute("/api/companies?ticker=GOOGL", method: .get, headers: [.ifNoneMatch: etag], body: nil)
            #expect(again.status == .notModified)
            #expect(again.body.isEmpty)
            // An import through another connection changes the database's version, and the answer.
            let writer = try CapexDatabase.open(path: fixture.databasePath, access: .write)
            let csv = "ticker,fiscal_year,metric,value_usd_m,evidence,source_title\nGOOGL,2026,capex,180000,estimated,A test estimate\n"
            _ = try writer.apply(try FiguresCSVImporter(companies: try writer.companies()).plans(text: csv, file: "test.csv"))
            let after = try await client.execute("/api/companies?ticker=GOOGL", method: .get, headers: [.ifNoneMatch: etag], body: nil)
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != etag)
            #expect(after.body.contains("180000"))
        }
    }
}
