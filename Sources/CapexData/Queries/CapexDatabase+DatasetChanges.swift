import GRDB

extension CapexDatabase {
    /// The changes each bundled dataset brought to this database, oldest first.
    public func datasetChanges() throws -> [DatasetChange] {
        try read { db in
            guard try db.tableExists("dataset_change") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM dataset_change ORDER BY id").map { row in
                DatasetChange(kind: try StoredValue.decode(DatasetChange.Kind.self, row, "kind", table: "dataset_change"),
                              subject: row["subject"], detail: row["detail"], version: row["dataset_version"], applied: row["applied"])
            }
        }
    }

    /// The bundled dataset version this database holds.
    public func datasetVersion() throws -> String? {
        try read(DatasetSync.storedVersion)
    }
}
