import GRDB

/// The database schema as named, append-only migrations. Never edit a migration that has
/// shipped: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 financial figures") { db in
            try createFinancialTables(db)
        }
        migrator.registerMigration("v1 bundled dataset") { db in
            try BundledDataset.load().insert(into: db)
        }
        return migrator
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
