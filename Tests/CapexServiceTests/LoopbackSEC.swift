import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A stand-in for SEC's companyfacts API on 127.0.0.1, started by a test: it serves files by
/// name, misbehaves as a test tells it to, and records every request it sees.
actor LoopbackSEC {
    /// What the server does with a request for a file, by attempt (1 = the first request).
    enum Behaviour: Sendable {
        case serve
        case status(Int, retryAfter: String? = nil)
        case body(Data)
        case delay(seconds: Double)
    }

    struct Seen: Sendable {
        var path: String
        var userAgent: String?
        var ifNoneMatch: String?
        var at: ContinuousClock.Instant
    }

    private(set) var files: [String: Data] = [:]
    private var scripts: [String: [Behaviour]] = [:]
    private var attempts: [String: Int] = [:]
    private(set) var seen: [Seen] = []

    func setFile(_ name: String, _ data: Data) { files[name] = data }
    /// `name`'s first requests behave as `behaviours` say, one each; later ones are served.
    func script(_ name: String, _ behaviours: [Behaviour]) { scripts[name] = behaviours }

    func handle(path: String, userAgent: String?, ifNoneMatch: String?) -> (behaviour: Behaviour, data: Data?) {
        seen.append(Seen(path: path, userAgent: userAgent, ifNoneMatch: ifNoneMatch, at: .now))
        let name = String(path.split(separator: "/").last ?? "")
        let attempt = (attempts[name] ?? 0) + 1
        attempts[name] = attempt
        let script = scripts[name] ?? []
        return (attempt <= script.count ? script[attempt - 1] : .serve, files[name])
    }

    /// An ETag for a body: its length and a digest of its bytes.
    static func etag(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return "\"\(data.count)-\(String(hash, radix: 16))\""
    }

    /// Starts the server, runs `body` with its base address, and stops it.
    func run(_ body: @Sendable (URL) async throws -> Void) async throws {
        let router = Router()
        router.get("/api/xbrl/companyfacts/:file") { request, _ -> Response in
            let (behaviour, data) = await self.handle(path: request.uri.path, userAgent: request.headers[.userAgent],
                                                      ifNoneMatch: request.headers[.ifNoneMatch])
            switch behaviour {
            case .status(let code, let retryAfter):
                var headers = HTTPFields()
                if let retryAfter { headers[.retryAfter] = retryAfter }
                return Response(status: HTTPResponse.Status(code: code), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "{}")))
            case .body(let bytes):
                return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            case .delay(let seconds):
                try await Task.sleep(for: .milliseconds(Int64(seconds * 1_000)))
                fallthrough
            case .serve:
                guard let data else { return Response(status: .notFound) }
                let etag = Self.etag(data)
                if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: [.eTag: etag]) }
                return Response(status: .ok, headers: [.contentType: "application/json", .eTag: etag],
                                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        let started = AsyncStream<Int>.makeStream()
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in started.continuation.yield(channel.localAddress?.port ?? 0) },
                              logger: Logger(label: "loopback-sec"))
        let server = Task { try await app.runService() }
        var iterator = started.stream.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        defer { server.cancel() }
        try await body(URL(string: "http://127.0.0.1:\(port)")!)
    }
}
