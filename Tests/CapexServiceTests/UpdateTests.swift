import CapexData
import CapexModel
@testable import CapexService
import CapexTestSupport
import Foundation
import Testing

/// `capexgap update` against a stand-in for SEC on loopback, serving the real shared files:
/// each run leaves the database fully updated or unchanged. No test touches the internet.
@Suite("update from SEC companyfacts (loopback server)", .needsSharedData, .serialized)
struct UpdateTests {
    static let userAgent = "CapexGap Tests tests@example.com"
    static let files: [(cik: Int, path: String)] = [
        (789_019, "sec/companyfacts-trimmed/CIK0000789019.json"), (1_326_801, "sec/companyfacts-trimmed/CIK0001326801.json"),
        (1_652_044, "sec/companyfacts/CIK0001652044.json"), (320_193, "sec/companyfacts/CIK0000320193.json"),
    ]

    /// A database file of this release, and a server holding the four real files.
    func setUp() async throws -> (service: CapexService, path: String, server: LoopbackSEC) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("update.sqlite").path
        let service = CapexService(database: try CapexDatabase.open(path: path, access: .write))
        let server = LoopbackSEC()
        for file in Self.files {
            await server.setFile(UpdateRequest.fileName(cik: file.cik), try Data(contentsOf: Fixtures.sharedData.appendingPathComponent(file.path)))
        }
        return (service, path, server)
    }

    func request(_ source: URL, tickers: [String] = ["MSFT", "META", "GOOGL", "AAPL"]) -> UpdateRequest {
        request(base: source, tickers: tickers)
    }

    func request(base source: URL?, tickers: [String] = ["MSFT", "META", "GOOGL", "AAPL"]) -> UpdateRequest {
        UpdateRequest(companies: CompanyFilter(tickers: tickers), userAgent: Self.userAgent, source: source ?? UpdateRequest.secAPI,
                      timeoutSeconds: 60, maximumAttempts: 3, backoffSeconds: 0.05, maximumRetryAfterSeconds: 5)
    }

    /// The database file's bytes (a failed update must leave them as they were).
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test("success: four files imported in one go, the User-Agent on every request, Microsoft's FY2026 Q4 derived")
    func success() async throws {
        let (service, _, server) = try await setUp()
        try await server.run { base in
            let result = try await service.update(request(base))
            #expect(result.rows.map(\.origin) == Array(repeating: .downloaded, count: 4))
            #expect(result.rows.first { $0.company.ticker == "AAPL" }?.figuresAdded == 85)
            // Apple's FY2008-FY2013 quarters are not bundled (the bundle starts in 2014): they are new.
            #expect(result.rows.first { $0.company.ticker == "AAPL" }?.newQuarters.contains("FY2010 Q1") == true)
        }
        let seen = await server.seen
        #expect(seen.count == 4)
        #expect(seen.allSatisfy { $0.userAgent == Self.userAgent })
        let quarters = try #require(try service.database.companyQuarters()[789_019])
        // The year less nine months from the 10-K and 10-Q; the bundle also holds the release's three-month figure.
        #expect(quarters.first { $0.label == "FY2026 Q4" }?[.capex].value == 35_802)
    }

    @Test("429 with Retry-After: 1 is honoured, then the file is imported")
    func retryAfter() async throws {
        let (service, _, server) = try await setUp()
        await server.script("CIK0000789019.json", [.status(429, retryAfter: "1")])
        try await server.run { base in
            let result = try await service.update(request(base, tickers: ["MSFT"]))
            #expect(result.rows.first?.figuresAdded == 24)
        }
        let seen = await server.seen
        #expect(seen.count == 2)
        #expect(seen[0].at.duration(to: seen[1].at) >= .milliseconds(950))
    }

    @Test("500 twice, then success: retried with back-off")
    func serverErrors() async throws {
        let (service, _, server) = try await setUp()
        await server.script("CIK0000789019.json", [.status(500), .status(503)])
        try await server.run { base in
            let result = try await service.update(request(base, tickers: ["MSFT"]))
            #expect(result.rows.first?.origin == .downloaded)
        }
        #expect(await server.seen.count == 3)
    }

    @Test("failures name the URL and leave the database unchanged", arguments: [
        ("404", "404 Not Found"), ("500 x3", "after 3 attempts"), ("truncated", "CIK0001326801.json"), ("wrong CIK", "not 1326801"),
        ("timeout", "did not answer within 1 s"),
    ])
    func failures(name: String, message: String) async throws {
        let (service, path, server) = try await setUp()
        let meta = "CIK0001326801.json"
        switch name {
        case "404": await server.script(meta, [.status(404)])
        case "500 x3": await server.script(meta, [.status(500), .status(500), .status(500)])
        case "truncated":
            let whole = await server.files[meta]!
            await server.script(meta, [.body(whole.prefix(whole.count / 2))])
        case "wrong CIK": await server.script(meta, [.body(await server.files["CIK0000320193.json"]!)])
        default: await server.script(meta, [.delay(seconds: 4)])
        }
        let timeout: Double = name == "timeout" ? 1 : 60
        let before = try bytes(path)
        try await server.run { base in
            do {
                var update = request(base)
                update.timeoutSeconds = timeout
                _ = try await service.update(update)
                Issue.record("\(name): the update succeeded")
            } catch {
                #expect("\(error)".contains(message), "\(name): \(error)")
                #expect("\(error)".contains(base.absoluteString + "/api/xbrl/companyfacts/"), "\(name): the message names no URL: \(error)")
            }
        }
        #expect(try bytes(path) == before, "\(name): the database changed")
        #expect(try service.database.companyYears(ciks: [320_193]).isEmpty, "\(name): Apple's figures were imported")
    }

    @Test("a second run asks conditionally and is answered 304: nothing changes")
    func notModified() async throws {
        let (service, _, server) = try await setUp()
        try await server.run { base in
            _ = try await service.update(request(base, tickers: ["META"]))
            let second = try await service.update(request(base, tickers: ["META"]))
            #expect(second.rows.first?.origin == .notModified)
            #expect(second.rows.first.map { $0.figuresAdded + $0.periodFactsAdded } == 0)
        }
        let seen = await server.seen
        #expect(seen.count == 2)
        #expect(seen[0].ifNoneMatch == nil)
        #expect(seen[1].ifNoneMatch == LoopbackSEC.etag(await server.files["CIK0001326801.json"]!))
    }

    @Test("no more than 10 requests in any second, over all eleven companies")
    func rateLimit() async throws {
        let (service, _, server) = try await setUp()
        // The companies without a shared file get a small valid companyfacts of their own CIK.
        for company in try service.database.companies() where await server.files[UpdateRequest.fileName(cik: company.cik)] == nil {
            var builder = CompanyFactsBuilder(cik: company.cik, entityName: company.name)
            builder.add("us-gaap:Revenues", start: "2025-01-01", end: "2025-03-31", value: 1e9, accession: "0000000000-25-000001",
                        form: "10-Q", filed: "2025-04-30")
            await server.setFile(UpdateRequest.fileName(cik: company.cik), builder.json)
        }
        try await server.run { base in
            var all = request(base)
            all.companies = CompanyFilter()
            let result = try await service.update(all)
            #expect(result.rows.count == 11)
        }
        let times = await server.seen.map(\.at)
        #expect(times.count == 11)
        for index in times.indices.dropFirst(10) {
            #expect(times[index - 10].duration(to: times[index]) >= .milliseconds(990), "11 requests within a second")
        }
    }

    @Test("without a User-Agent the update is refused before any request, naming what to set")
    func userAgentRequired() async throws {
        let (service, _, server) = try await setUp()
        try await server.run { base in
            var missing = request(base)
            missing.userAgent = nil
            await #expect(throws: InvalidInput.self) { try await service.update(missing) }
            missing.userAgent = "curl"
            await #expect(throws: InvalidInput.self) { try await service.update(missing) }
        }
        #expect(await server.seen.isEmpty)
    }

    @Test("--mirror reads the same file names from a folder")
    func mirror() async throws {
        let (service, _, _) = try await setUp()
        let folder = try Fixtures.temporaryDirectory()
        for file in Self.files {
            try FileManager.default.copyItem(at: Fixtures.sharedData.appendingPathComponent(file.path),
                                             to: folder.appendingPathComponent(UpdateRequest.fileName(cik: file.cik)))
        }
        var request = UpdateRequest(companies: CompanyFilter(tickers: ["GOOGL"]), mirror: folder)
        let result = try await service.update(request)
        #expect(result.rows.first?.origin == .mirror)
        #expect(result.rows.first?.figuresAdded == 57)
        request.companies = CompanyFilter(tickers: ["AMZN"])
        await #expect(throws: FetchError.self) { try await service.update(request) }
    }
}
