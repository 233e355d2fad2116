import GRDB

/// A row of the `regime_band` table (bounds as fractions).
struct RegimeBandRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "regime_band"

    var id: String
    var label: String
    var lower: Double
    var upper: Double?
    var sourceID: Int64

    enum CodingKeys: String, CodingKey {
        case id, label, lower, upper
        case sourceID = "source_id"
    }
}

/// A row of the `essay_row` table: the founding essay's table as printed.
struct EssayRowRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "essay_row"

    var ticker: String
    var company: String
    var revenueUSDBillions: Double
    var capexUSDBillions: Double
    var capexPercent: Double
    var revenuePrinted: String
    var capexPrinted: String
    var percentPrinted: String
    var sourceID: Int64

    enum CodingKeys: String, CodingKey {
        case ticker, company
        case revenueUSDBillions = "revenue_usd_b"
        case capexUSDBillions = "capex_usd_b"
        case capexPercent = "capex_pct"
        case revenuePrinted = "revenue_printed"
        case capexPrinted = "capex_printed"
        case percentPrinted = "capex_pct_printed"
        case sourceID = "source_id"
    }
}
