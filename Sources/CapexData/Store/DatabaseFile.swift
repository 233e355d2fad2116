import Foundation
import GRDB

/// What CapexGap does with a database file before using it: find it, recognise it, create it
/// in one step, check it, and bring it up to date.
enum DatabaseFile {
    enum Kind {
        case absent, empty, notSQLite, sqlite
    }

    /// What a database says about itself.
    struct State {
        var applied: [String]
        var hasMark: Bool
        var datasetVersion: String?
        var journalMode: String

        var needsUpgrade: Bool {
            !SchemaMigrator.pending(after: applied).isEmpty || datasetVersion != DatasetSync.bundledVersion || !hasMark
                || journalMode.lowercased() == "wal"
        }
    }

    /// The path to use: `path` (whose folder must exist), or the default one (its folder made).
    static func resolve(_ path: String?) throws -> String {
        if let path {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StoreError.missingDirectory(path: path)
            }
            return path
        }
        let resolved = DatabaseLocation.defaultPath()
        let directory = URL(fileURLWithPath: resolved).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unreadable(path: resolved, reason: "cannot create its folder (\((error as NSError).localizedDescription))")
        }
        return resolved
    }

    /// Reads the first bytes of the file: SQLite files begin with "SQLite format 3\0".
    static func kind(of path: String) throws -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        guard !isDirectory.boolValue else { throw StoreError.unreadable(path: path, reason: "it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return .empty }
        return header == Data("SQLite format 3\u{0}".utf8) ? .sqlite : .notSQLite
    }

    /// A connection to `path`; read-only ones never write the file.
    static func queue(_ path: String, readOnly: Bool, busySeconds: Int) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(TimeInterval(busySeconds))
        configuration.foreignKeysEnabled = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw storeError(error, path: path, busySeconds: busySeconds)
        }
    }

    /// Reads the database's mark, migrations and dataset version; refuses a foreign or newer one.
    static func state(of queue: DatabaseQueue, path: String, busySeconds: Int) throws -> State {
        let state: State
        let applicationID: Int32
        do {
            (state, applicationID) = try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let applied = try SchemaMigrator.applied(db)
                return (State(applied: applied, hasMark: id == SchemaMigrator.applicationID,
                              datasetVersion: try DatasetSync.storedVersion(db),
                              journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""), id)
            }
        } catch let error as DatabaseError {
            throw storeError(error, path: path, busySeconds: busySeconds)
        }
        // Before the mark (release 0.6 and earlier), a CapexGap database is one whose first
        // migration is recorded.
        let ours = applicationID == SchemaMigrator.applicationID || (applicationID == 0 && state.applied.first == SchemaMigrator.firstIdentifier)
        guard ours else {
            let detail = applicationID != 0 ? "application_id \(applicationID)" : "no CapexGap tables"
            throw StoreError.foreign(path: path, detail: detail)
        }
        let unknown = SchemaMigrator.unknown(in: state.applied)
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        return state
    }

    /// `PRAGMA quick_check`: refuses to go on with a damaged file.
    static func checkIntegrity(_ queue: DatabaseQueue, path: String, busySeconds: Int) throws {
        let problems: [String]
        do {
            problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch let error as DatabaseError {
            throw storeError(error, path: path, busySeconds: busySeconds)
        }
        guard problems == ["ok"] else { throw StoreError.damaged(path: path, problems: problems) }
    }

    /// Why the file (or its folder, where SQLite writes its journal) cannot be written, or `nil`.
    static func unwritableReason(_ path: String) -> String? {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.isWritableFile(atPath: path) { return "the file is read-only" }
        if !FileManager.default.isWritableFile(atPath: directory) { return "its folder \(directory) is read-only" }
        return nil
    }

    /// Creates a new database at `path` in one step: built in a file beside it (schema and
    /// bundled data in one transaction), then renamed into place, so an interrupted creation
    /// leaves nothing half made.
    static func create(at path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw StoreError.writeFailed(path: path, reason: "cannot create it: its folder \(directory.path) is read-only")
        }
        let staging = directory.appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).creating")
        try? FileManager.default.removeItem(at: staging)
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            let queue = try DatabaseQueue(path: staging.path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.write { db in
                try SchemaMigrator.migrate(db)
                try DatasetSync.apply(db)
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(path: path, reason: error.message ?? "\(error)")
        }
        guard rename(staging.path, path) == 0 else {
            throw StoreError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Migrates, syncs the bundled data and marks the header in one transaction, then leaves
    /// the write-ahead log (earlier releases' journal mode) for a rollback journal, so that
    /// readers never create files beside the database.
    static func upgrade(_ queue: DatabaseQueue, path: String, busySeconds: Int) throws {
        do {
            try queue.write { db in
                try SchemaMigrator.migrate(db)
                if try DatasetSync.storedVersion(db) != DatasetSync.bundledVersion { try DatasetSync.apply(db) }
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        } catch let error as DatabaseError {
            throw storeError(error, path: path, busySeconds: busySeconds)
        }
    }

    /// An SQLite failure in words, naming the file.
    static func storeError(_ error: DatabaseError, path: String, busySeconds: Int) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path, waitedSeconds: busySeconds)
        case .SQLITE_NOTADB: .notSQLite(path: path)
        case .SQLITE_CORRUPT: .damaged(path: path, problems: [error.message ?? "corrupt"])
        case .SQLITE_CANTOPEN: .unreadable(path: path, reason: "it cannot be opened (check that it exists and its permissions)")
        case .SQLITE_READONLY: .writeFailed(path: path, reason: "it is read-only")
        case .SQLITE_PERM, .SQLITE_AUTH: .unreadable(path: path, reason: "permission denied")
        case .SQLITE_FULL: .writeFailed(path: path, reason: "the disk is full")
        default: .unreadable(path: path, reason: error.message ?? "\(error)")
        }
    }
}
