/// A shipped schema migration: its identifier (as recorded in the database) and the SQL it
/// runs. A migration that has shipped never changes: it is plain SQL text, calling no code
/// that could change later. New tables come in new migrations.
struct Migration: Sendable {
    let identifier: String
    let statements: [String]
}

/// Every migration, oldest first. The bundled figures are not loaded by migrations but by
/// ``DatasetSync``, which brings a database's bundled data up to date whatever release wrote it.
enum Migrations {
    static let all: [Migration] = [v1Tables, v1Dataset, v2Imports, v3Reference, v4History, v5Marker, v6PeriodFacts, v7LeaseLine, v8Universe]

    static let v1Tables = Migration(identifier: "v1 financial figures", statements: [
        #"CREATE TABLE "company" ("cik" INTEGER PRIMARY KEY, "ticker" TEXT UNIQUE, "name" TEXT NOT NULL, "role" TEXT NOT NULL, "fiscal_year_end_month" INTEGER)"#,
        #"CREATE TABLE "source" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "key" TEXT NOT NULL UNIQUE, "title" TEXT NOT NULL, "url" TEXT, "form" TEXT, "accession" TEXT, "filed" TEXT, "evidence" TEXT NOT NULL)"#,
        #"CREATE TABLE "company_year" ("cik" INTEGER NOT NULL REFERENCES "company"("cik"), "fiscal_year" INTEGER NOT NULL, "period_start" TEXT, "period_end" TEXT, "note" TEXT, PRIMARY KEY ("cik", "fiscal_year"))"#,
        #"CREATE TABLE "figure" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "cik" INTEGER NOT NULL REFERENCES "company"("cik"), "fiscal_year" INTEGER NOT NULL, "metric" TEXT NOT NULL, "value_usd" INTEGER NOT NULL, "evidence" TEXT NOT NULL, "concept" TEXT, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), "origin" TEXT NOT NULL, UNIQUE ("cik", "fiscal_year", "metric", "source_id"))"#,
        #"CREATE INDEX "figure_by_company_year" ON "figure"("cik", "fiscal_year")"#,
        #"CREATE TABLE "regime_band" ("id" TEXT PRIMARY KEY NOT NULL, "label" TEXT NOT NULL, "lower" DOUBLE NOT NULL, "upper" DOUBLE, "source_id" INTEGER NOT NULL REFERENCES "source"("id"))"#,
        #"CREATE TABLE "essay_row" ("ticker" TEXT PRIMARY KEY NOT NULL, "company" TEXT NOT NULL, "revenue_usd_b" DOUBLE NOT NULL, "capex_usd_b" DOUBLE NOT NULL, "capex_pct" DOUBLE NOT NULL, "revenue_printed" TEXT NOT NULL, "capex_printed" TEXT NOT NULL, "capex_pct_printed" TEXT NOT NULL, "source_id" INTEGER NOT NULL REFERENCES "source"("id"))"#,
    ])

    /// Loaded the bundled figures until release 0.6; ``DatasetSync`` does it since.
    static let v1Dataset = Migration(identifier: "v1 bundled dataset", statements: [])

    static let v2Imports = Migration(identifier: "v2 imports: several values per source, restatements", statements: [
        #"CREATE TABLE "figure_v2" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "cik" INTEGER NOT NULL REFERENCES "company"("cik"), "fiscal_year" INTEGER NOT NULL, "metric" TEXT NOT NULL, "value_usd" INTEGER NOT NULL, "evidence" TEXT NOT NULL, "concept" TEXT, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), "origin" TEXT NOT NULL, UNIQUE ("cik", "fiscal_year", "metric", "source_id", "value_usd"))"#,
        #"INSERT INTO figure_v2 (id, cik, fiscal_year, metric, value_usd, evidence, concept, source_id, origin) SELECT id, cik, fiscal_year, metric, value_usd, evidence, concept, source_id, origin FROM figure"#,
        #"DROP TABLE "figure""#,
        #"ALTER TABLE "figure_v2" RENAME TO "figure""#,
        #"CREATE INDEX "figure_by_company_year" ON "figure"("cik", "fiscal_year")"#,
        #"CREATE TABLE "restatement" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "cik" INTEGER NOT NULL REFERENCES "company"("cik"), "fiscal_year" INTEGER NOT NULL, "metric" TEXT NOT NULL, "concept" TEXT NOT NULL, "old_value_usd" INTEGER NOT NULL, "old_accession" TEXT NOT NULL, "old_form" TEXT NOT NULL, "old_filed" TEXT NOT NULL, "new_value_usd" INTEGER NOT NULL, "new_accession" TEXT NOT NULL, "new_form" TEXT NOT NULL, "new_filed" TEXT NOT NULL, UNIQUE ("cik", "fiscal_year", "metric", "concept", "old_accession", "new_accession", "old_value_usd", "new_value_usd"))"#,
    ])

    static let v3Reference = Migration(identifier: "v3 reference data: published figures, presets, useful-life changes", statements: [
        #"CREATE TABLE "observation" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "dataset" TEXT NOT NULL, "subject" TEXT NOT NULL, "measure" TEXT NOT NULL, "period" TEXT NOT NULL, "value" DOUBLE, "value_low" DOUBLE, "value_high" DOUBLE, "unit" TEXT NOT NULL, "tier" TEXT NOT NULL, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), "note" TEXT, "extra" TEXT)"#,
        #"CREATE INDEX "observation_by_dataset" ON "observation"("dataset", "subject", "measure")"#,
        #"CREATE TABLE "preset_parameter" ("model" TEXT NOT NULL, "preset" TEXT NOT NULL, "parameter" TEXT NOT NULL, "value" DOUBLE NOT NULL, "evidence" TEXT NOT NULL, "source_ref" TEXT, "source_text" TEXT, "note" TEXT, PRIMARY KEY ("model", "preset", "parameter"))"#,
        #"CREATE TABLE "preset_check" ("model" TEXT NOT NULL, "preset" TEXT NOT NULL, "output" TEXT NOT NULL, "published" DOUBLE NOT NULL, "decimals" INTEGER NOT NULL, "unit" TEXT NOT NULL, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), PRIMARY KEY ("model", "preset", "output"))"#,
        #"CREATE TABLE "useful_life_change" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "company" TEXT NOT NULL, "asset_class" TEXT NOT NULL, "from_years" DOUBLE, "to_years" DOUBLE NOT NULL, "effective" TEXT NOT NULL, "stated_impact" TEXT NOT NULL, "tier" TEXT NOT NULL, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), "note" TEXT)"#,
    ])

    static let v4History = Migration(identifier: "v4 history: cycle alignment, value-chain layers, supplier checks", statements: [
        #"CREATE TABLE "analog_cycle" ("cycle" TEXT PRIMARY KEY, "label" TEXT NOT NULL, "start_year" INTEGER NOT NULL, "basis" TEXT NOT NULL)"#,
        #"CREATE TABLE "category_layer" ("scheme" TEXT NOT NULL, "category" TEXT NOT NULL, "layer" TEXT NOT NULL, "basis" TEXT NOT NULL, PRIMARY KEY ("scheme", "category"))"#,
        #"CREATE TABLE "supplier_check" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "layer" TEXT NOT NULL, "supplier" TEXT NOT NULL, "reference" TEXT NOT NULL, "calendar_year" INTEGER NOT NULL, "basis" TEXT NOT NULL)"#,
    ])

    /// The version of the bundled data a database holds, and the changes each version brought.
    static let v5Marker = Migration(identifier: "v5 dataset version and its changes", statements: [
        #"CREATE TABLE "dataset_state" ("key" TEXT PRIMARY KEY NOT NULL, "value" TEXT NOT NULL)"#,
        #"CREATE TABLE "dataset_change" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "dataset_version" TEXT NOT NULL, "applied" TEXT NOT NULL, "kind" TEXT NOT NULL, "subject" TEXT NOT NULL, "detail" TEXT NOT NULL)"#,
    ])

    /// Every filed value of a line for a period (three, six, nine or twelve months), from which
    /// the quarters are worked out when they are read.
    static let v6PeriodFacts = Migration(identifier: "v6 period facts: every filing's value for every period", statements: [
        #"CREATE TABLE "period_fact" ("id" INTEGER PRIMARY KEY, "cik" INTEGER NOT NULL REFERENCES "company"("cik"), "metric" TEXT NOT NULL, "period_start" TEXT NOT NULL, "period_end" TEXT NOT NULL, "value_usd" INTEGER NOT NULL, "concept" TEXT NOT NULL, "form" TEXT NOT NULL, "accession" TEXT NOT NULL, "filed" TEXT NOT NULL, "evidence" TEXT NOT NULL, "source_id" INTEGER NOT NULL REFERENCES "source"("id"), "origin" TEXT NOT NULL, UNIQUE ("cik", "metric", "period_start", "period_end", "concept", "accession", "value_usd"))"#,
        #"CREATE INDEX "period_fact_by_company" ON "period_fact"("cik", "metric")"#,
    ])

    /// The finance-lease line a company's capex with leases adds in every period.
    static let v7LeaseLine = Migration(identifier: "v7 capex lease line per company", statements: [
        #"ALTER TABLE "company" ADD COLUMN "capex_lease_line" TEXT"#,
    ])

    /// Every SEC filer's annual revenue and capex, from the bulk archive, apart from the
    /// curated companies (the screen reads both).
    static let v8Universe = Migration(identifier: "v8 universe of SEC filers", statements: [
        #"CREATE TABLE "universe_filer" ("cik" INTEGER PRIMARY KEY NOT NULL, "entity" TEXT NOT NULL, "file" TEXT NOT NULL, "loaded" TEXT NOT NULL, "status" TEXT NOT NULL, "reason" TEXT, "ttm_end" TEXT, "ttm_revenue_usd" INTEGER, "ttm_capex_usd" INTEGER)"#,
        #"CREATE TABLE "universe_year" ("cik" INTEGER NOT NULL REFERENCES "universe_filer"("cik"), "fiscal_year" INTEGER NOT NULL, "period_end" TEXT, "revenue_usd" INTEGER, "capex_usd" INTEGER, "revenue_concept" TEXT, "capex_concept" TEXT, "accession" TEXT, PRIMARY KEY ("cik", "fiscal_year"))"#,
    ])
}
