@testable import CapexData
import CapexTestSupport
import Foundation
import GRDB
import Testing

@Suite("Database file: first run, migration, reopening, bad files")
struct DatabaseLifecycleTests {
    func figureCount(_ database: CapexDatabase) throws -> Int {
        try database.read { db in try FigureRecord.fetchCount(db) }
    }

    @Test("the first open creates the file and loads the bundled dataset; reopening loads nothing twice")
    func firstRunAndReopen() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("capexgap.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: path))
        let first = try CapexDatabase.open(path: path)
        let count = try figureCount(first)
        #expect(FileManager.default.fileExists(atPath: path))
        // financials.csv has 276 non-blank money cells (58 rows x 7 columns, some blank).
        #expect(count == 276)
        let second = try CapexDatabase.open(path: path)
        #expect(try figureCount(second) == count)
        #expect(try second.companies().count == 6)
    }

    @Test("a database at an earlier migration is brought up to date on open")
    func migratesOlderDatabase() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v1 financial figures")
            #expect(try queue.read { try FigureRecord.fetchCount($0) } == 0)
        }
        let database = try CapexDatabase.open(path: path)
        #expect(try figureCount(database) == 276)
        let applied = try database.read { try Schema.migrator.appliedMigrations($0) }
        #expect(applied == Schema.migrator.migrations)
    }

    @Test("a database written by a newer CapexGap is refused with the file named")
    func refusesNewerSchema() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("newer.sqlite").path
        _ = try CapexDatabase.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v99 from the future"])) {
            try CapexDatabase.open(path: path)
        }
    }

    @Test("a file that is not a database gives an error naming it, and is left untouched")
    func corruptFile() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("corrupt.sqlite")
        let garbage = Data(String(repeating: "this is not sqlite ", count: 400).utf8)
        try garbage.write(to: url)
        let error = try #require(throws: StoreError.self) { try CapexDatabase.open(path: url.path) }
        #expect(error.description.contains(url.path))
        #expect(error.description.contains("not an SQLite database"))
        #expect(try Data(contentsOf: url) == garbage)
    }

    @Test("a database path in a missing directory is refused")
    func missingDirectory() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("no/such/dir/x.sqlite").path
        #expect(throws: StoreError.missingDirectory(path: path)) { try CapexDatabase.open(path: path) }
    }

    @Test("the default location follows XDG_DATA_HOME, else ~/.local/share")
    func defaultLocation() {
        #if !os(macOS)
        #expect(DatabaseLocation.defaultPath(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/data"]) == "/data/capexgap/capexgap.sqlite")
        #expect(DatabaseLocation.defaultPath(environment: ["HOME": "/home/ana"]) == "/home/ana/.local/share/capexgap/capexgap.sqlite")
        // A relative XDG_DATA_HOME is invalid under the specification and ignored.
        #expect(DatabaseLocation.defaultPath(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "rel"]) == "/home/ana/.local/share/capexgap/capexgap.sqlite")
        #endif
    }

    @Test("the figures the metrics use: strongest evidence, then first in the database")
    func activeFigureRule() {
        func record(_ id: Int64, _ evidence: String, _ value: Int64) -> FigureRecord {
            FigureRecord(id: id, cik: 1, fiscalYear: 2025, metric: "capex", valueUSD: value, evidence: evidence,
                         concept: nil, sourceID: id, origin: "test")
        }
        #expect(ActiveFigures.choose([record(1, "estimated", 10), record(2, "reported", 20)]).map(\.valueUSD) == [20])
        #expect(ActiveFigures.choose([record(2, "reported", 20), record(1, "reported", 10)]).map(\.valueUSD) == [10])
    }
}
