import Foundation
import GRDB

/// Whole-table reads kept in memory until the database changes, so a long-running reader (the
/// dashboard) does not rebuild every company year for every request.
///
/// A cached value is valid while SQLite's `data_version` (which changes when another
/// connection commits) and this connection's `total_changes()` are what they were when it was
/// read; checking both costs two tiny queries.
final class ReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: [Int64] = []
    private var entries: [String: Any] = [:]
    private var writing = 0

    /// The value cached under `key` for the database's current version, or `compute`'s.
    func value<T>(_ key: String, in db: Database, compute: () throws -> T) throws -> T {
        let current = [try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0,
                       try Int64.fetchOne(db, sql: "SELECT total_changes()") ?? 0]
        if let hit = lock.withLock({ version == current && writing == 0 ? entries[key] as? T : nil }) { return hit }
        let fresh = try compute()
        lock.withLock {
            // What a write transaction reads may be rolled back: it is not kept.
            guard writing == 0 else { return }
            if version != current {
                version = current
                entries = [:]
            }
            entries[key] = fresh
        }
        return fresh
    }

    /// Runs a write: nothing read during it is cached, and everything cached before is dropped.
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock {
            writing += 1
            entries = [:]
        }
        defer {
            lock.withLock {
                writing -= 1
                entries = [:]
            }
        }
        return try body()
    }
}
