@testable import CapexServer
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Testing

@Suite("Compute limiter")
struct ComputeLimiterTests {
    /// A flag set on a Dispatch thread and awaited without blocking the test's thread.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var isSet = false

        func set() { lock.withLock { isSet = true } }

        func wait() async throws {
            while !lock.withLock({ isSet }) { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    /// Work that holds its slot (on its Dispatch thread) until `release` is signalled.
    static func held(_ started: Flag, _ release: DispatchSemaphore) -> @Sendable () -> Int {
        { started.set(); release.wait(); return 1 }
    }

    @Test("a full queue answers busy at once instead of waiting")
    func fullQueue() async throws {
        let limiter = ComputeLimiter(slots: 1, queueLimit: 0, waitLimit: .seconds(10))
        let started = Flag()
        let release = DispatchSemaphore(value: 0)
        let first = Task { try await limiter.run(Self.held(started, release)) }
        try await started.wait()
        await #expect(throws: APIError.self) { try await limiter.run { 2 } }
        release.signal()
        #expect(try await first.value == 1)
        // The slot is free again.
        #expect(try await limiter.run { 3 } == 3)
    }

    @Test("a waiter gives up after the wait limit")
    func waitLimit() async throws {
        let limiter = ComputeLimiter(slots: 1, queueLimit: 4, waitLimit: .milliseconds(100))
        let started = Flag()
        let release = DispatchSemaphore(value: 0)
        let first = Task { try await limiter.run(Self.held(started, release)) }
        try await started.wait()
        await #expect(throws: APIError.self) { try await limiter.run { 2 } }
        #expect(await limiter.waitingCount == 0)
        release.signal()
        #expect(try await first.value == 1)
    }

    /// The wait limit here is far longer than any pause a loaded CI machine makes, so the test
    /// checks the hand-over and not the scheduler's timing.
    @Test("a waiter that gets a slot within the wait limit runs")
    func handOver() async throws {
        let limiter = ComputeLimiter(slots: 1, queueLimit: 4, waitLimit: .seconds(60))
        let started = Flag()
        let release = DispatchSemaphore(value: 0)
        let first = Task { try await limiter.run(Self.held(started, release)) }
        try await started.wait()
        let waiter = Task { try await limiter.run { 4 } }
        while await limiter.waitingCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
        release.signal()
        #expect(try await first.value == 1)
        #expect(try await waiter.value == 4)
        #expect(await limiter.waitingCount == 0)
    }

    @Test("busy is a 503 with Retry-After, as JSON")
    func busyAnswer() throws {
        let error = APIError.busy
        let response = try error.response(from: Request(head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/api/simulate"),
                                                        body: RequestBody(buffer: ByteBuffer())),
                                          context: BasicRequestContext(source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(),
                                                                                                             logger: Logger(label: "test"))))
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "2")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(error.jsonBody == "{\n  \"error\" : \"the server is busy with other simulations; retry in 2 seconds\",\n  \"field\" : null\n}\n")
    }
}
