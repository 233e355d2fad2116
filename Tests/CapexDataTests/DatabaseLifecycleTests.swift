@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import GRDB
import Testing

@Suite("Database file: first run, reads that never write, refused files, upgrades")
struct DatabaseLifecycleTests {
    func figureCount(_ database: CapexDatabase) throws -> Int {
        try database.read { db in try FigureRecord.fetchCount(db) }
    }

    /// financials.csv has 276 non-blank money cells (58 rows x 7 columns, some blank).
    static let bundledFigureCount = 350

    func newPath(_ name: String = "capexgap.sqlite") throws -> String {
        try Fixtures.temporaryDirectory().appendingPathComponent(name).path
    }

    @Test("the first open creates the file in one step with the bundled dataset; reopening loads nothing twice")
    func firstRunAndReopen() throws {
        let path = try newPath()
        #expect(!FileManager.default.fileExists(atPath: path))
        let first = try CapexDatabase.open(path: path, access: .read)
        #expect(try figureCount(first) == Self.bundledFigureCount)
        let folder = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect(folder == ["capexgap.sqlite"], "no staging or journal file is left beside it")
        let second = try CapexDatabase.open(path: path, access: .write)
        #expect(try figureCount(second) == Self.bundledFigureCount)
        #expect(try second.companies().count == 11)
        let marks = try second.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(marks.0 == SchemaMigrator.applicationID)
        #expect(marks.1 == "delete")
    }

    @Test("reading a database changes none of its bytes and leaves no file beside it")
    func readsNeverWrite() throws {
        let path = try newPath()
        _ = try CapexDatabase.open(path: path, access: .write)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let database = try CapexDatabase.open(path: path, access: .read)
        _ = try database.companyYears()
        _ = try database.sourceUsages()
        _ = try database.observations(dataset: "ai_revenue")
        _ = try database.contentVersion()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["capexgap.sqlite"])
        #expect(throws: StoreError.writeFailed(path: path, reason: "the database was opened for reading")) { try database.apply([]) }
    }

    @Test("a read-only copy in a read-only folder can be read")
    func readOnlyCopy() throws {
        let source = try newPath()
        _ = try CapexDatabase.open(path: source, access: .write)
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("copy.sqlite")
        try FileManager.default.copyItem(atPath: source, toPath: copy.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let database = try CapexDatabase.open(path: copy.path, access: .read)
        #expect(try figureCount(database) == Self.bundledFigureCount)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.sqlite"])
    }

    @Test("a database an earlier release wrote gains the new bundled data and keeps what the user imported")
    func upgradesRelease06() throws {
        let fixture = Fixtures.packageRoot.appendingPathComponent("Tests/CapexDataTests/Fixtures/release-0.6.sqlite")
        let path = try newPath("old.sqlite")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        let database = try CapexDatabase.open(path: path, access: .read)
        // The two figures the user imported with release 0.6 (`import csv`) are still there, as imported.
        let user = try database.read { db in
            try FigureRecord.filter(Column("origin") == "csv").order(Column("cik")).fetchAll(db)
        }
        #expect(user.map(\.cik) == [1_045_810, 9_999_001])
        #expect(user.map(\.valueUSD) == [6_042_000_000, 1_234_500_000])
        // The bundled figures are this release's, and the database says which version it holds.
        let bundled = try database.read { db in try FigureRecord.filter(Column("origin") == "bundled").fetchCount(db) }
        #expect(bundled == Self.bundledFigureCount)
        #expect(try database.read(DatasetSync.storedVersion) == DatasetSync.bundledVersion)
        #expect(try database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "delete")
        // It gains the quarters (Alphabet's Q2 2025 capex = 39,643 - 17,197), Microsoft's FY2026, and the list of changes.
        let alphabet = try #require(try database.companyQuarters()[1_652_044])
        #expect(alphabet.first { $0.label == "FY2025 Q2" }?[.capex].value == 22_446)
        #expect(try database.companyYears(ciks: [789_019], from: 2026, to: 2026).first?[.capex] == Figure(115_948, .reported))
        let changes = try database.datasetChanges()
        #expect(changes.contains { $0.kind == .added && $0.subject == "GOOGL quarters" })
        #expect(changes.contains { $0.kind == .added && $0.subject == "MSFT FY2026 capex" })
        // and the fiscal years of the suppliers and neoclouds (Broadcom's from its FY2025 release).
        #expect(changes.contains { $0.kind == .added && $0.subject == "AVGO FY2025 revenue" && $0.detail.hasPrefix("63,887") })
        // Oracle's FY2025 capex from an aggregator (21,210) gives way to the 10-K's as quoted (21,215, a new source).
        #expect(changes.contains { $0.kind == .removed && $0.subject == "ORCL FY2025 capex" && $0.detail.hasPrefix("21,210") })
        #expect(changes.contains { $0.kind == .added && $0.subject == "ORCL FY2025 capex" && $0.detail.hasPrefix("21,215") })
        // Opening it again writes nothing more.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = try CapexDatabase.open(path: path, access: .read).companyYears()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("the dataset sync corrects a changed bundled figure, restores a removed one and never touches a user's")
    func syncCorrectsBundledOnly() throws {
        let path = try newPath()
        let database = try CapexDatabase.open(path: path, access: .write)
        let csv = "cik,fiscal_year,metric,value_usd_m,evidence,source_title\n1652044,2025,capex,1,estimated,My note\n"
        _ = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: csv, file: "mine.csv"))
        try database.queue.write { db in
            try db.execute(sql: "UPDATE figure SET value_usd = 1 WHERE origin = 'bundled' AND cik = 789019 AND fiscal_year = 2025 AND metric = 'capex'")
            try db.execute(sql: "DELETE FROM figure WHERE origin = 'bundled' AND cik = 1018724 AND fiscal_year = 2015 AND metric = 'revenue'")
            try db.execute(sql: "UPDATE dataset_state SET value = 'older' WHERE key = 'dataset_version'")
        }
        let reopened = try CapexDatabase.open(path: path, access: .read)
        let microsoft = try #require(reopened.companyYears(ciks: [789_019], from: 2025, to: 2025).first)
        #expect(microsoft[.capex].value == 64_551)
        let amazon = try #require(reopened.companyYears(ciks: [1_018_724], from: 2015, to: 2015).first)
        #expect(amazon[.revenue].value == 107_006)
        let mine = try reopened.read { db in try FigureRecord.filter(Column("origin") == "csv").fetchAll(db) }
        #expect(mine.map(\.valueUSD) == [1_000_000])
        let changes = try reopened.datasetChanges()
        #expect(changes.contains { $0.kind == .corrected && $0.subject == "MSFT FY2025 capex" && $0.detail.contains("-> 64,551 $M") })
        #expect(changes.contains { $0.kind == .added && $0.subject == "AMZN FY2015 revenue" })
    }

    @Test("a database written by a newer CapexGap is refused, named, and left byte for byte")
    func refusesNewerSchema() throws {
        let path = try newPath("newer.sqlite")
        _ = try CapexDatabase.open(path: path, access: .write)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [DatabaseAccess.read, .write] {
            #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v99 from the future"])) {
                try CapexDatabase.open(path: path, access: access)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("another application's SQLite file is refused, named, and left byte for byte")
    func refusesForeign() throws {
        let path = try newPath("notes.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
            try db.execute(sql: "INSERT INTO note (text) VALUES ('keep me')")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [DatabaseAccess.read, .write] {
            let error = try #require(throws: StoreError.self) { try CapexDatabase.open(path: path, access: access) }
            #expect(error == .foreign(path: path, detail: "no CapexGap tables"))
            #expect(error.description.contains("not CapexGap's"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a file that is not a database gives an error naming it, and is left untouched")
    func corruptFile() throws {
        let url = URL(fileURLWithPath: try newPath("corrupt.sqlite"))
        let garbage = Data(String(repeating: "this is not sqlite ", count: 400).utf8)
        try garbage.write(to: url)
        let error = try #require(throws: StoreError.self) { try CapexDatabase.open(path: url.path, access: .write) }
        #expect(error == .notSQLite(path: url.path))
        #expect(error.description.contains(url.path))
        #expect(try Data(contentsOf: url) == garbage)
    }

    @Test("a database with damaged pages is refused before anything is written, and left byte for byte")
    func damagedPages() throws {
        let path = try newPath("damaged.sqlite")
        _ = try CapexDatabase.open(path: path, access: .write)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // Overwrite the middle of the file (data pages) with noise; the header stays valid.
        let start = bytes.count / 2
        for offset in 0..<8_192 { bytes[start + offset] = UInt8(truncatingIfNeeded: offset &* 31 &+ 7) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) {
            let database = try CapexDatabase.open(path: path, access: .write)
            _ = try database.apply([])
        }
        guard case .damaged(let reported, let problems) = error else { Issue.record("expected damaged, got \(error)"); return }
        #expect(reported == path && !problems.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a database another process is writing gives 'another process is writing' after the wait")
    func busyDatabase() throws {
        let path = try newPath("busy.sqlite")
        _ = try CapexDatabase.open(path: path, access: .write)
        // Another connection holds an exclusive lock until the test is done.
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.inTransaction(.exclusive) { db in
                try db.execute(sql: "UPDATE dataset_state SET value = value")
                locked.signal()
                release.wait()
                return .rollback
            }
            finished.signal()
        }
        locked.wait()
        defer {
            release.signal()
            finished.wait()
        }
        let error = try #require(throws: StoreError.self) {
            let database = try CapexDatabase.open(path: path, access: .read, busySeconds: 1)
            _ = try database.companyYears()
        }
        #expect(error == .busy(path: path, waitedSeconds: 1))
        #expect(error.description.contains("another process is writing"))
        #expect(!error.description.contains("Move it aside"))
    }

    @Test("a database path in a missing directory is refused")
    func missingDirectory() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("no/such/dir/x.sqlite").path
        #expect(throws: StoreError.missingDirectory(path: path)) { try CapexDatabase.open(path: path, access: .read) }
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

    @Test("an unknown value in a typed column fails loudly instead of being skipped")
    func unknownStoredValue() throws {
        let database = try CapexDatabase.inMemory()
        try database.queue.write { db in try db.execute(sql: "UPDATE figure SET evidence = 'rumoured' WHERE id = 1") }
        let error = try #require(throws: (any Error).self) { try database.companyYears() }
        #expect("\(error)".contains("rumoured"), "\(error)")
    }

    @Test("the figures the metrics use: strongest evidence, then first in the database")
    func activeFigureRule() {
        func record(_ id: Int64, _ evidence: EvidenceStatus, _ value: Int64) -> FigureRecord {
            FigureRecord(id: id, cik: 1, fiscalYear: 2025, metric: .capex, valueUSD: value, evidence: evidence,
                         concept: nil, sourceID: id, origin: .csv)
        }
        #expect(ActiveFigures.choose([record(1, .estimated, 10), record(2, .reported, 20)]).map(\.valueUSD) == [20])
        #expect(ActiveFigures.choose([record(2, .reported, 20), record(1, .reported, 10)]).map(\.valueUSD) == [10])
    }
}
