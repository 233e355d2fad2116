import CapexData
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The serialised answers of the API's table routes, kept per version of the database: a
/// repeated request is answered from memory, and a conditional one (`If-None-Match` with the
/// answer's ETag) with 304 and no body. An import changes the database's version, and with
/// it every answer and ETag.
actor AnswerCache {
    struct Entry {
        var version: Int64
        var body: ByteBuffer
        var contentType: String
        var disposition: String?
        var etag: String
    }

    private var entries: [String: Entry] = [:]
    /// Answers kept at most; past it the cache starts again (answers are cheap to remake).
    let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    func entry(_ key: String, version: Int64) -> Entry? {
        guard let entry = entries[key], entry.version == version else { return nil }
        return entry
    }

    func store(_ key: String, _ entry: Entry) {
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
    }

    /// The ETag of a body at a database version: the version and a 64-bit FNV-1a digest.
    static func etag(version: Int64, body: ByteBuffer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        body.withUnsafeReadableBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return "\"v\(version)-\(String(hash, radix: 16))\""
    }

    /// Answers `request` for `endpoint`: from the cache when the database has not changed,
    /// 304 when the client already holds it, else computed and kept.
    static func respond(_ endpoint: Endpoint, request: Request, state: ServerState) async throws -> Response {
        let version = try state.database.contentVersion()
        let key = endpoint.path + "?" + (request.uri.query ?? "")
        let entry: Entry
        if let hit = await state.answers.entry(key, version: version) {
            entry = hit
        } else {
            let response = try await endpoint.respond(Query(request))
            let collector = Collector()
            try await response.body.write(collector)
            entry = Entry(version: version, body: collector.buffer, contentType: response.headers[.contentType] ?? "application/json; charset=utf-8",
                          disposition: response.headers[.contentDisposition], etag: etag(version: version, body: collector.buffer))
            await state.answers.store(key, entry)
        }
        var headers: HTTPFields = [.eTag: entry.etag, .contentType: entry.contentType]
        if let disposition = entry.disposition { headers[.contentDisposition] = disposition }
        if let wanted = request.headers[.ifNoneMatch], wanted.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == entry.etag }) {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: entry.body))
    }

    /// Collects a response body's bytes.
    final class Collector: ResponseBodyWriter, @unchecked Sendable {
        var buffer = ByteBuffer()

        func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            self.buffer.writeBuffer(&buffer)
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
