import GRDB

/// The database schema as named, append-only migrations. Never edit a migration that has
/// shipped: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator { migrator(bundledFigures: true) }

    /// The migrations; without `bundledFigures`, the migration of the bundled company figures
    /// is recorded but loads nothing (a database without company figures, for tests of
    /// imports). Reference data is always loaded.
    static func migrator(bundledFigures: Bool) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 financial figures") { db in
            try createFinancialTables(db)
        }
        migrator.registerMigration("v1 bundled dataset") { db in
            if bundledFigures { try BundledDataset.load().insert(into: db) }
        }
        migrator.registerMigration("v2 imports: several values per source, restatements") { db in
            try createImportTables(db)
        }
        migrator.registerMigration("v3 reference data: published figures, presets, useful-life changes") { db in
            try ReferenceData.createTables(db)
            try ReferenceData.load().insert(into: db)
        }
        migrator.registerMigration("v4 history: cycle alignment, value-chain layers, supplier checks") { db in
            try HistoryData.createTables(db)
            try HistoryData.load().insert(into: db)
        }
        return migrator
    }

    /// Imports may bring a second value from the same source (a corrected CSV row): the figure
    /// table is rebuilt with the value in its unique key, and restatements get a table.
    private static func createImportTables(_ db: Database) throws {
        try db.create(table: "figure_v2") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("cik", .integer).notNull().references("company")
            t.column("fiscal_year", .integer).notNull()
            t.column("metric", .text).notNull()
            t.column("value_usd", .integer).notNull()
            t.column("evidence", .text).notNull()
            t.column("concept", .text)
            t.column("source_id", .integer).notNull().references("source")
            t.column("origin", .text).notNull()
            t.uniqueKey(["cik", "fiscal_year", "metric", "source_id", "value_usd"])
        }
        try db.execute(sql: """
            INSERT INTO figure_v2 (id, cik, fiscal_year, metric, value_usd, evidence, concept, source_id, origin)
            SELECT id, cik, fiscal_year, metric, value_usd, evidence, concept, source_id, origin FROM figure
            """)
        try db.drop(table: "figure")
        try db.rename(table: "figure_v2", to: "figure")
        try db.create(index: "figure_by_company_year", on: "figure", columns: ["cik", "fiscal_year"])
        try db.create(table: "restatement") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("cik", .integer).notNull().references("company")
            t.column("fiscal_year", .integer).notNull()
            t.column("metric", .text).notNull()
            t.column("concept", .text).notNull()
            t.column("old_value_usd", .integer).notNull()
            t.column("old_accession", .text).notNull()
            t.column("old_form", .text).notNull()
            t.column("old_filed", .text).notNull()
            t.column("new_value_usd", .integer).notNull()
            t.column("new_accession", .text).notNull()
            t.column("new_form", .text).notNull()
            t.column("new_filed", .text).notNull()
            t.uniqueKey(["cik", "fiscal_year", "metric", "concept", "old_accession", "new_accession", "old_value_usd", "new_value_usd"])
        }
    }

    private static func createFinancialTables(_ db: Database) throws {
        try db.create(table: "company") { t in
            t.primaryKey("cik", .integer)
            t.column("ticker", .text).unique()
            t.column("name", .text).notNull()
            t.column("role", .text).notNull()
            t.column("fiscal_year_end_month", .integer)
        }
        try db.create(table: "source") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("key", .text).notNull().unique()
            t.column("title", .text).notNull()
            t.column("url", .text)
            t.column("form", .text)
            t.column("accession", .text)
            t.column("filed", .text)
            t.column("evidence", .text).notNull()
        }
        try db.create(table: "company_year") { t in
            t.column("cik", .integer).notNull().references("company")
            t.column("fiscal_year", .integer).notNull()
            t.column("period_start", .text)
            t.column("period_end", .text)
            t.column("note", .text)
            t.primaryKey(["cik", "fiscal_year"])
        }
        try db.create(table: "figure") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("cik", .integer).notNull().references("company")
            t.column("fiscal_year", .integer).notNull()
            t.column("metric", .text).notNull()
            t.column("value_usd", .integer).notNull()
            t.column("evidence", .text).notNull()
            t.column("concept", .text)
            t.column("source_id", .integer).notNull().references("source")
            t.column("origin", .text).notNull()
            t.uniqueKey(["cik", "fiscal_year", "metric", "source_id"])
        }
        try db.create(index: "figure_by_company_year", on: "figure", columns: ["cik", "fiscal_year"])
        try db.create(table: "regime_band") { t in
            t.primaryKey("id", .text)
            t.column("label", .text).notNull()
            t.column("lower", .double).notNull()
            t.column("upper", .double)
            t.column("source_id", .integer).notNull().references("source")
        }
        try db.create(table: "essay_row") { t in
            t.primaryKey("ticker", .text)
            t.column("company", .text).notNull()
            t.column("revenue_usd_b", .double).notNull()
            t.column("capex_usd_b", .double).notNull()
            t.column("capex_pct", .double).notNull()
            t.column("revenue_printed", .text).notNull()
            t.column("capex_printed", .text).notNull()
            t.column("capex_pct_printed", .text).notNull()
            t.column("source_id", .integer).notNull().references("source")
        }
    }
}
