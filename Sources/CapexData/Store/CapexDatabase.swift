import Foundation
import GRDB

/// How a command uses the database.
public enum DatabaseAccess: Sendable {
    /// Reads only: the file is opened read-only and never written, except once to bring a
    /// database an earlier CapexGap wrote up to date.
    case read
    /// Imports and updates: opened for writing; every change is one transaction.
    case write
}

/// The CapexGap database: an SQLite file, created with the bundled dataset on first use.
///
/// ```swift
/// let database = try CapexDatabase.open(path: nil, access: .read)    // the default location
/// let years = try database.companyYears(ciks: [1652044])
/// ```
///
/// Opening refuses, and leaves byte for byte as it was, a file that is not SQLite, an SQLite
/// file of another application (no CapexGap mark), a database of a newer CapexGap, and a
/// damaged one (before anything is written to it).
public struct CapexDatabase: Sendable {
    /// The file path, or `:memory:` for an in-memory database.
    public let path: String
    public let access: DatabaseAccess
    let queue: DatabaseQueue
    let cache = ReadCache()
    /// Seconds a command waits for another process's write to finish.
    let busySeconds: Int

    /// Seconds a command waits for another process's write before giving up.
    public static let defaultBusySeconds = 5

    init(path: String, access: DatabaseAccess, queue: DatabaseQueue, busySeconds: Int = defaultBusySeconds) {
        self.path = path
        self.access = access
        self.queue = queue
        self.busySeconds = busySeconds
    }

    /// Opens the database at `path`, or at ``DatabaseLocation/defaultPath(environment:)`` when
    /// `path` is `nil`; creates it (in one step, with the bundled dataset) when it does not exist.
    ///
    /// - Throws: ``StoreError`` naming the file when it cannot be used; the file is then unchanged.
    public static func open(path: String?, access: DatabaseAccess, busySeconds: Int = defaultBusySeconds) throws -> CapexDatabase {
        let resolved = try DatabaseFile.resolve(path)
        switch try DatabaseFile.kind(of: resolved) {
        case .absent, .empty:
            try DatabaseFile.create(at: resolved)
        case .notSQLite:
            throw StoreError.notSQLite(path: resolved)
        case .sqlite:
            break
        }
        let reader = try DatabaseFile.queue(resolved, readOnly: true, busySeconds: busySeconds)
        let state = try DatabaseFile.state(of: reader, path: resolved, busySeconds: busySeconds)
        guard state.needsUpgrade || access == .write else {
            return CapexDatabase(path: resolved, access: .read, queue: reader, busySeconds: busySeconds)
        }
        try DatabaseFile.checkIntegrity(reader, path: resolved, busySeconds: busySeconds)
        if let reason = DatabaseFile.unwritableReason(resolved) {
            if access == .write { throw StoreError.unreadable(path: resolved, reason: "it cannot be written: \(reason)") }
            throw StoreError.readOnlyNeedsUpgrade(path: resolved, reason: reason)
        }
        try reader.close()
        let writer = try DatabaseFile.queue(resolved, readOnly: false, busySeconds: busySeconds)
        if state.needsUpgrade { try DatabaseFile.upgrade(writer, path: resolved, busySeconds: busySeconds) }
        guard access == .write else {
            try writer.close()
            return CapexDatabase(path: resolved, access: .read, queue: try DatabaseFile.queue(resolved, readOnly: true, busySeconds: busySeconds),
                                 busySeconds: busySeconds)
        }
        return CapexDatabase(path: resolved, access: .write, queue: writer, busySeconds: busySeconds)
    }

    /// A fresh in-memory database with the bundled dataset (for tests and one-off runs).
    public static func inMemory() throws -> CapexDatabase {
        try memory(figures: true)
    }

    /// A fresh in-memory database without company figures (reference data only).
    static func emptyInMemory() throws -> CapexDatabase {
        try memory(figures: false)
    }

    private static func memory(figures: Bool) throws -> CapexDatabase {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try SchemaMigrator.migrate(db)
            try DatasetSync.apply(db, figures: figures)
        }
        return CapexDatabase(path: ":memory:", access: .write, queue: queue)
    }

    /// A value that changes whenever the database's content changes (a commit by this or
    /// another process): what caches of results are keyed by.
    public func contentVersion() throws -> Int64 {
        try read { db in
            let dataVersion = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            let ownChanges = try Int64.fetchOne(db, sql: "SELECT total_changes()") ?? 0
            return dataVersion &* 1_000_003 &+ ownChanges
        }
    }

    /// Runs `body` in a read transaction, turning SQLite failures into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw DatabaseFile.storeError(error, path: path, busySeconds: busySeconds)
        }
    }

    /// Runs `body` in one write transaction: everything or nothing. The database's pages are
    /// checked first, so nothing is written into a damaged file.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard access == .write else {
            throw StoreError.writeFailed(path: path, reason: "the database was opened for reading")
        }
        if path != ":memory:" { try DatabaseFile.checkIntegrity(queue, path: path, busySeconds: busySeconds) }
        do {
            return try cache.writing { try queue.write(body) }
        } catch let error as DatabaseError {
            throw DatabaseFile.storeError(error, path: path, busySeconds: busySeconds)
        }
    }
}
