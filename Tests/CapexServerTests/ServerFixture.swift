import CapexData
@testable import CapexServer
import CapexTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Testing

/// A server over a fresh database file (the bundled dataset), tested in-process.
struct ServerFixture {
    let databasePath: String
    let state: ServerState

    /// The server's limits, but a lighter scenario lab and a longer wait in the compute queue:
    /// tests run a debug build, several suites at once, where a 100,000-path lab run takes over
    /// a second and a page could wait past the server's 5 s and be answered 503. (The queue's
    /// own behaviour is tested in ComputeLimiterTests.)
    static var testLimits: ServerLimits {
        var limits = ServerLimits(computeSlots: 2)
        limits.labPaths = 20_000
        limits.labThreads = 1
        limits.computeWaitLimit = .seconds(120)
        return limits
    }

    init(limits: ServerLimits = ServerFixture.testLimits) throws {
        databasePath = try Fixtures.temporaryDirectory().appendingPathComponent("server.sqlite").path
        state = ServerState(database: try CapexDatabase.open(path: databasePath, access: .read), limits: limits)
    }

    /// One fixture shared by the tests that only read (its database is never written).
    static func shared() throws -> ServerFixture {
        try sharedFixture.get()
    }

    private static let sharedFixture = Result { try ServerFixture() }

    /// What a request answered.
    struct Answer {
        var status: HTTPResponse.Status
        var contentType: String
        var body: String
        var headers: HTTPFields = [:]

        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(body.utf8))
        }

        /// The `{"error", "field"}` object of an error answer.
        func error() throws -> (message: String, field: String?) {
            let object = try #require(try json() as? [String: Any])
            let message = try #require(object["error"] as? String)
            return (message, object["field"] as? String)
        }
    }

    /// Runs `requests` against the application in-process: each request goes straight to the
    /// router's responder, with no socket (what HummingbirdTesting's `.router` mode does, without
    /// the HTTP client and TLS stack that package links).
    func withClient(_ body: @Sendable (TestClient) async throws -> Void) async throws {
        try await body(TestClient(responder: Dashboard.router(state).buildResponder()))
    }

    struct TestClient {
        let responder: RouterResponder<BasicRequestContext>

        func get(_ uri: String, host: String = "localhost") async throws -> Answer {
            try await execute(uri, method: .get, headers: [:], body: nil, host: host)
        }

        func post(_ uri: String, json: String) async throws -> Answer {
            try await execute(uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json))
        }

        func execute(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?, host: String = "localhost") async throws -> Answer {
            var headers = headers
            if let body { headers[.contentLength] = String(body.readableBytes) }
            let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: host, path: uri, headerFields: headers),
                                  body: RequestBody(buffer: body ?? ByteBuffer()))
            let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: Logger(label: "test")))
            let response: Response
            do {
                response = try await responder.respond(to: request, context: context)
            } catch {
                // As a server without an error middleware answers an error nothing turned into a response.
                response = Response(status: .internalServerError)
            }
            let collector = BodyCollector()
            try await response.body.write(CollectingWriter(collector: collector))
            return Answer(status: response.status, contentType: response.headers[.contentType] ?? "", body: String(buffer: collector.body),
                          headers: response.headers)
        }
    }

    /// The bytes of a response body.
    final class BodyCollector: @unchecked Sendable {
        var body = ByteBuffer()
    }

    struct CollectingWriter: ResponseBodyWriter {
        let collector: BodyCollector

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collector.body.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
