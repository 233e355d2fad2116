import CapexData
@testable import CapexServer
import CapexTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@Suite("Server hardening: host check, headers, methods, errors")
struct SecurityTests {
    @Test("a request naming another host is refused with 421 (DNS rebinding)", arguments: ["evil.example.com", "evil.example.com:8080", "localhost.evil.com"])
    func wrongHost(host: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get("/api/headline", host: host)
            #expect(answer.status == .misdirectedRequest)
            #expect(try answer.error().message.contains("does not answer to the host"))
        }
    }

    @Test("addresses, localhost and allowed names are answered", arguments: ["localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "10.0.0.5"])
    func rightHost(host: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get("/api/headline", host: host)
            #expect(answer.status == .ok)
        }
        #expect(AllowedHosts(names: ["capex.lan"]).allows("capex.lan:8080"))
        #expect(!AllowedHosts.loopback.allows("capex.lan:8080"))
        #expect(!AllowedHosts.loopback.allows(nil))
    }

    @Test("every answer carries the security headers, errors included", arguments: ["/", "/api/headline", "/api/nope", "/api/companies?from=1", "/lab", Assets.scriptPath])
    func headers(uri: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get(uri)
            #expect(answer.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            let policy = try #require(answer.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"))
            #expect(answer.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(answer.headers[.cacheControl] != nil)
        }
    }

    @Test("pages carry no inline script or style, which the policy would block")
    func noInlineCode() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            for uri in ["/", "/companies", "/companies/GOOGL", "/gap-models/sequoia", "/lab", "/analogs", "/value-chain", "/sources", "/api"] {
                let page = try await client.get(uri).body
                #expect(!page.contains("<script>") && !page.contains("<style>") && !page.contains(" style=\""), "\(uri)")
                #expect(page.contains(Assets.scriptPath) && page.contains(Assets.stylesheetPath), "\(uri)")
            }
            #expect(try await client.get(Assets.stylesheetPath).contentType.hasPrefix("text/css"))
        }
    }

    @Test("a known route asked with another method answers 405 with Allow", arguments: [
        (HTTPRequest.Method.delete, "/api/headline"), (.put, "/api/companies"), (.post, "/api/companies"), (.patch, "/"), (.delete, "/companies/GOOGL"),
    ])
    func wrongMethod(method: HTTPRequest.Method, uri: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.execute(uri, method: method, headers: [:], body: nil)
            #expect(answer.status == .methodNotAllowed, "\(method) \(uri)")
            #expect(answer.headers[.allow]?.contains("GET") == true)
            #expect(try answer.error().message.contains("not allowed"))
        }
    }

    @Test("a server error answers JSON without file paths")
    func internalErrorHidesPaths() throws {
        let error = APIError(StoreError.damaged(path: "/home/ana/.local/share/capexgap/capexgap.sqlite", problems: ["page 3"]))
        #expect(error.status == .internalServerError)
        #expect(!error.jsonBody.contains("/home/ana"))
        let busy = APIError(StoreError.busy(path: "/secret/db.sqlite", waitedSeconds: 5))
        #expect(busy.status == .serviceUnavailable && !busy.jsonBody.contains("/secret"))
    }

    @Test("a JSON body is read strictly: duplicate keys, booleans as numbers and hexadecimal are refused", arguments: [
        (#"{"parameters": {"ai_revenue_usd_b": 100, "ai_revenue_usd_b": 200}}"#, "body"),
        (#"{"parameters": {"ai_revenue_usd_b": true}}"#, "ai_revenue_usd_b"),
        (#"{"parameters": {"ai_revenue_usd_b": "0x10"}}"#, "ai_revenue_usd_b"),
        (#"{"parameters": {"ai_revenue_usd_b": 1e999}}"#, "body"),
    ])
    func strictBody(body: String, field: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.post("/api/gap/sequoia", json: body)
            #expect(answer.status == .badRequest, "\(body): \(answer.body)")
            #expect(try answer.error().field == field)
        }
    }

    @Test("query numbers are plain decimals: hexadecimal, underscores, infinities and overflow are refused", arguments: [
        "0x10", "1_000", "inf", "1e308000", "true",
    ])
    func strictQueryNumbers(text: String) async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.withClient { client in
            let answer = try await client.get("/api/project?consumer_subscribers_m=\(text)")
            #expect(answer.status == .badRequest, "\(text)")
            #expect(try answer.error().field == "consumer_subscribers_m")
        }
    }
}
