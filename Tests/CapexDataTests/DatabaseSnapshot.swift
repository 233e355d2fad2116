@testable import CapexData
import GRDB

extension CapexDatabase {
    /// Every row of every table, as text: equal snapshots mean an unchanged database.
    func snapshot() throws -> String {
        try read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.map { table in
                "\(table):\n" + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY 1").map(\.description).joined(separator: "\n"))
            }.joined(separator: "\n")
        }
    }
}
