import Foundation

/// Downloaded files kept on disk with what a conditional request needs (ETag, Last-Modified),
/// one `NAME` and `NAME.validators` per file.
public struct ResponseCache: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// What the server said about a cached file's version.
    public struct Validators: Sendable, Codable, Equatable {
        public var etag: String?
        public var lastModified: String?

        public init(etag: String?, lastModified: String?) {
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    /// The cached body and its validators, when both are there.
    public func entry(_ name: String) -> (data: Data, validators: Validators)? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
              let meta = try? Data(contentsOf: folder.appendingPathComponent(name + ".validators")),
              let validators = try? JSONDecoder().decode(Validators.self, from: meta) else { return nil }
        return (data, validators)
    }

    /// Stores a body and its validators, each written to a temporary file and renamed.
    public func store(_ name: String, data: Data, validators: Validators) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: folder.appendingPathComponent(name), options: .atomic)
        try JSONEncoder().encode(validators).write(to: folder.appendingPathComponent(name + ".validators"), options: .atomic)
    }
}
