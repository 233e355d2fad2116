import Foundation
import GRDB

/// The CapexGap database: an SQLite file created, migrated and loaded with the bundled
/// dataset on first use.
///
/// ```swift
/// let database = try CapexDatabase.open(path: nil)          // the default location
/// let years = try database.companyYears(tickers: ["GOOGL"])
/// ```
public struct CapexDatabase: Sendable {
    /// The file path, or `:memory:` for an in-memory database.
    public let path: String
    let queue: DatabaseQueue
    let cache = ReadCache()

    /// Opens (creating and migrating if needed) the database at `path`, or at
    /// ``DatabaseLocation/defaultPath(environment:)`` when `path` is `nil`.
    ///
    /// - Throws: ``StoreError`` naming the file when it cannot be used.
    public static func open(path: String?) throws -> CapexDatabase {
        let resolved: String
        if let path {
            resolved = path
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StoreError.missingDirectory(path: path)
            }
        } else {
            resolved = DatabaseLocation.defaultPath()
            let directory = URL(fileURLWithPath: resolved).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.unreadable(path: resolved, reason: "cannot create its directory (\((error as NSError).localizedDescription))")
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: resolved, configuration: configuration)
        } catch {
            throw StoreError.unreadable(path: resolved, reason: Self.reason(error))
        }
        return try CapexDatabase(path: resolved, queue: queue)
    }

    /// A fresh in-memory database with the bundled dataset (for tests and one-off runs).
    public static func inMemory() throws -> CapexDatabase {
        try CapexDatabase(path: ":memory:", queue: DatabaseQueue())
    }

    /// A fresh in-memory database without company figures (reference data only).
    static func emptyInMemory() throws -> CapexDatabase {
        try CapexDatabase(path: ":memory:", queue: DatabaseQueue(), migrator: Schema.migrator(bundledFigures: false))
    }

    init(path: String, queue: DatabaseQueue, migrator: DatabaseMigrator = Schema.migrator) throws {
        self.path = path
        self.queue = queue
        do {
            let unknown = try queue.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            }
            guard unknown.isEmpty else {
                throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
            }
            try migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in a read transaction, turning SQLite failures into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw StoreError.unreadable(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one write transaction: everything or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try cache.writing { try queue.write(body) }
        } catch let error as DatabaseError {
            throw StoreError.unreadable(path: path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return "it is not an SQLite database (the file may be corrupt)"
            case .SQLITE_CORRUPT: return "the file is corrupt"
            case .SQLITE_CANTOPEN: return "the file cannot be opened (check that it exists and its permissions)"
            case .SQLITE_READONLY: return "the file is read-only"
            case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
            default: return error.message ?? "\(error)"
            }
        }
        return "\(error)"
    }
}
