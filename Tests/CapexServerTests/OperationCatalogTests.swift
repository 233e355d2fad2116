import CapexData
@testable import CapexServer
import CapexService
import CapexTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@Suite("The operation list against the API and its OpenAPI document")
struct OperationCatalogTests {
    @Test("every operation the API offers has its route, documented in OpenAPI under the operation's name; the others say why not")
    func everyOperationReachable() async throws {
        let fixture = try ServerFixture.shared()
        let endpoints = Dashboard.endpoints(fixture.state)
        try await fixture.withClient { client in
            let document = try JSONSerialization.jsonObject(with: Data(try await client.get("/api/openapi.json").body.utf8)) as? [String: Any]
            let paths = try #require(document?["paths"] as? [String: [String: [String: Any]]])
            for operation in ServiceOperation.allCases {
                guard let apiPath = operation.apiPath else {
                    #expect(operation.apiAbsence != nil, "\(operation) has no route and no reason")
                    #expect(!endpoints.contains { $0.operation == operation })
                    continue
                }
                let routes = endpoints.filter { $0.operation == operation }
                #expect(!routes.isEmpty, "\(operation): no endpoint")
                for route in routes {
                    let template = apiPath.replacingOccurrences(of: "{model}", with: "")
                    #expect(route.path.hasPrefix(template), "\(operation): \(route.path) is not under \(apiPath)")
                    let documented = try #require(paths[route.path]?["get"], "\(route.path) is not in the OpenAPI document")
                    #expect(documented["x-capexgap-operation"] as? String == operation.rawValue)
                }
            }
        }
    }

    @Test("answers are typed: booleans as booleans, years as integers, figures as numbers with their evidence")
    func typedAnswers() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            func rows(_ uri: String) async throws -> [JSONValue] {
                try StrictJSON.parse(Array(try await client.get(uri).body.utf8)).elements
            }
            let essay = try await rows("/api/essay")
            #expect(essay.count == 5)
            for row in essay {
                guard case .bool = row["mixes_years"] else { Issue.record("mixes_years is \(String(describing: row["mixes_years"]))"); continue }
            }
            let outputs = try await rows("/api/gap/sequoia").filter { $0["kind"] == "output" && $0["reproduced"] != .null }
            #expect(!outputs.isEmpty)
            #expect(outputs.allSatisfy { $0["reproduced"] == .bool(true) }, "the preset reproduces Sequoia's published outputs")
            let companies = try await rows("/api/companies?ticker=GOOGL")
            #expect(companies.allSatisfy { if case .integer = $0["fiscal_year"] { true } else { false } })
            let sensitivity = try #require(try await client.get("/api/sensitivity?paths=1000").json() as? [[String: Any]])
            #expect(sensitivity.allSatisfy { $0["crossover_at_low"] is NSNull || $0["crossover_at_low"] is Int })
            let simulation = try #require(try await client.get("/api/simulate?paths=2000").json() as? [String: Any])
            let band = try #require(simulation["final_year_gap"] as? [String: Double])
            #expect(Set(band.keys) == ["p5", "p25", "p50", "p75", "p95"])
            #expect(band["p5"]! <= band["p50"]! && band["p50"]! <= band["p95"]!)
            #expect(simulation["ns_per_path_year"] == nil, "timing is apart, under timing_s")
            #expect((simulation["timing_s"] as? [String: Any])?["ns_per_path_year"] != nil)
        }
    }

    @Test("the OpenAPI document gives each row field its JSON type")
    func documentedTypes() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let document = try #require(try JSONSerialization.jsonObject(with: Data(try await client.get("/api/openapi.json").body.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            func properties(_ path: String) throws -> [String: [String: Any]] {
                let responses = try #require(paths[path]?["get"]?["responses"] as? [String: [String: Any]])
                let content = try #require(responses["200"]?["content"] as? [String: [String: Any]])
                let schema = try #require(content["application/json"]?["schema"] as? [String: Any])
                let items = try #require(schema["items"] as? [String: Any])
                return try #require(items["properties"] as? [String: [String: Any]])
            }
            let companies = try properties("/api/companies")
            #expect(companies["fiscal_year"]?["type"] as? String == "integer")
            #expect(companies["capex_usd_m"]?["type"] as? String == "number")
            #expect(companies["capex_usd_m_evidence"]?["$ref"] as? String == "#/components/schemas/Evidence")
            #expect(companies["ticker"]?["type"] as? String == "string")
            #expect(try properties("/api/essay")["mixes_years"]?["type"] as? String == "boolean")
            #expect(try properties("/api/gap/tco")["reproduced"]?["type"] as? String == "boolean")
        }
    }
}
