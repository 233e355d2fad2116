import CapexData
@testable import CapexServer
import CapexTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A server over a fresh database file (the bundled dataset), tested in-process.
struct ServerFixture {
    let databasePath: String
    let state: ServerState

    init(limits: ServerLimits = ServerLimits(computeSlots: 2)) throws {
        databasePath = try Fixtures.temporaryDirectory().appendingPathComponent("server.sqlite").path
        state = ServerState(database: try CapexDatabase.open(path: databasePath), limits: limits)
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

    /// Runs `requests` against the application in-process.
    func withClient(_ body: @Sendable (TestClient) async throws -> Void) async throws {
        let app = Application(router: Dashboard.router(state))
        try await app.test(.router) { client in try await body(TestClient(client: client)) }
    }

    struct TestClient {
        let client: any TestClientProtocol

        func get(_ uri: String) async throws -> Answer {
            try await client.execute(uri: uri, method: .get) { response in
                Answer(status: response.status, contentType: response.headers[.contentType] ?? "", body: String(buffer: response.body))
            }
        }

        func post(_ uri: String, json: String) async throws -> Answer {
            try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json)) { response in
                Answer(status: response.status, contentType: response.headers[.contentType] ?? "", body: String(buffer: response.body))
            }
        }
    }
}
