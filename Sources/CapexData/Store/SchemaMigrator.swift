import GRDB

/// Applies ``Migrations`` in order, recording each in `grdb_migrations` (the table earlier
/// releases kept with GRDB's migrator, so their databases upgrade in place). It runs inside the
/// caller's transaction: a creation or an upgrade is one transaction with the dataset sync.
enum SchemaMigrator {
    /// CapexGap's mark in the SQLite header (`PRAGMA application_id`): "CAPX".
    static let applicationID: Int32 = 0x4341_5058

    /// The first migration every CapexGap database has: how a database written before the
    /// header mark is recognised as CapexGap's.
    static var firstIdentifier: String { Migrations.all[0].identifier }

    /// Identifiers recorded in the database, in the order they were applied.
    static func applied(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    /// Recorded migrations this release does not know (written by a newer CapexGap).
    static func unknown(in applied: [String]) -> [String] {
        let known = Set(Migrations.all.map(\.identifier))
        return applied.filter { !known.contains($0) }
    }

    /// Migrations this database lacks.
    static func pending(after applied: [String]) -> [Migration] {
        let done = Set(applied)
        return Migrations.all.filter { !done.contains($0.identifier) }
    }

    /// Runs every pending migration and marks the header; call inside a write transaction.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        for migration in pending(after: try applied(db)) {
            for statement in migration.statements { try db.execute(sql: statement) }
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
    }
}
