import CapexModel
import GRDB

/// A row of the `figure` table: one value of one metric for one company fiscal year, from
/// one source. Several sources may give the same figure; ``ActiveFigures`` picks the one the
/// metrics use.
struct FigureRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "figure"

    var id: Int64?
    var cik: Int
    var fiscalYear: Int
    var metric: FinancialMetric
    /// Whole US dollars.
    var valueUSD: Int64
    var evidence: EvidenceStatus
    /// The XBRL concept or statement line the value was read from.
    var concept: String?
    var sourceID: Int64
    var origin: FigureOrigin

    enum CodingKeys: String, CodingKey {
        case id, cik, metric, evidence, concept, origin
        case fiscalYear = "fiscal_year"
        case valueUSD = "value_usd"
        case sourceID = "source_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The value in USD millions, the unit of every metric.
    var valueUSDMillions: Double { Double(valueUSD) / 1_000_000 }
}

/// A row of the `company_year` table: the period of a company fiscal year and its caveats.
struct CompanyYearRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "company_year"

    var cik: Int
    var fiscalYear: Int
    var periodStart: String?
    var periodEnd: String?
    var note: String?

    enum CodingKeys: String, CodingKey {
        case cik, note
        case fiscalYear = "fiscal_year"
        case periodStart = "period_start"
        case periodEnd = "period_end"
    }
}
