import CapexModel
import Foundation
import GRDB

/// The figures that ship with CapexGap (`Sources/CapexData/Dataset/*.csv`, copied from the
/// project's shared data with their sources), loaded into a new database by a migration.
struct BundledDataset {
    var financials: FinancialsFile
    var regimeBands: [RegimeBand]
    var essayRows: [EssayRow]

    /// Reads the bundled files. Their errors name the file, row and column.
    static func load() throws -> BundledDataset {
        var financials = try FinancialsFile(table(named: "financials", requiredColumns: FinancialsFile.requiredColumns))
        try financials.apply(curated: table(named: "financials_curated", requiredColumns: FinancialsFile.curatedColumns),
                             known: try KnownCompanies.bundled().companies)
        let bands = try table(named: "regime_bands", requiredColumns: ["id", "label", "lower_pct", "upper_pct", "source_title"])
            .rows.map(regimeBand)
        let essay = try table(named: "seed_table", requiredColumns: [
            "company", "ticker", "revenue_usd_b_approx", "capex_usd_b_approx", "capex_pct_approx",
            "revenue_as_printed", "capex_as_printed", "capex_pct_as_printed", "source",
        ]).rows.map(essayRow)
        return BundledDataset(financials: financials, regimeBands: bands, essayRows: essay)
    }

    /// A bundled CSV file by name (without extension).
    static func table(named name: String, requiredColumns: [String] = []) throws -> CSVTable {
        guard let url = BundledFile.url(name) else {
            throw DataFileError.unreadable(file: "\(name).csv", reason: "the bundled dataset is missing from this build")
        }
        return try CSVTable(contentsOf: url, displayName: "bundled \(name).csv", requiredColumns: requiredColumns)
    }

    private static func regimeBand(_ row: CSVRow) throws -> RegimeBand {
        let title = try row.required("source_title")
        return RegimeBand(id: try row.required("id"), label: try row.required("label"),
                          lower: try row.requiredDouble("lower_pct") / 100, upper: try row.double("upper_pct").map { $0 / 100 },
                          source: Source(key: "bundled: " + title, title: title, evidence: .estimated))
    }

    private static func essayRow(_ row: CSVRow) throws -> EssayRow {
        let title = try row.required("source")
        return EssayRow(company: try row.required("company"), ticker: try row.required("ticker"),
                        revenueUSDBillions: try row.requiredDouble("revenue_usd_b_approx"),
                        capexUSDBillions: try row.requiredDouble("capex_usd_b_approx"),
                        capexPercent: try row.requiredDouble("capex_pct_approx"),
                        printed: EssayRow.Printed(revenue: try row.required("revenue_as_printed"),
                                                  capex: try row.required("capex_as_printed"),
                                                  percent: try row.required("capex_pct_as_printed")),
                        source: Source(key: "bundled: " + title, title: title, evidence: .estimated))
    }

    /// Inserts the regime bands and the essay's table (reference rows no user changes).
    func insertReference(into db: Database) throws {
        for band in regimeBands {
            try RegimeBandRecord(id: band.id, label: band.label, lower: band.lower, upper: band.upper,
                                 sourceID: try SourceRecord.findOrInsert(band.source, in: db)).insert(db)
        }
        for row in essayRows {
            try EssayRowRecord(ticker: row.ticker, company: row.company, revenueUSDBillions: row.revenueUSDBillions,
                               capexUSDBillions: row.capexUSDBillions, capexPercent: row.capexPercent,
                               revenuePrinted: row.printed.revenue, capexPrinted: row.printed.capex,
                               percentPrinted: row.printed.percent,
                               sourceID: try SourceRecord.findOrInsert(row.source, in: db)).insert(db)
        }
    }
}
