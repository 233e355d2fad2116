import CapexModel
import GRDB

/// A row of the `restatement` table.
struct RestatementRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "restatement"

    var id: Int64?
    var cik: Int
    var fiscalYear: Int
    var metric: FinancialMetric
    var concept: String
    var oldValueUSD: Int64
    var oldAccession: String
    var oldForm: String
    var oldFiled: String
    var newValueUSD: Int64
    var newAccession: String
    var newForm: String
    var newFiled: String

    enum CodingKeys: String, CodingKey {
        case id, cik, metric, concept
        case fiscalYear = "fiscal_year"
        case oldValueUSD = "old_value_usd"
        case oldAccession = "old_accession"
        case oldForm = "old_form"
        case oldFiled = "old_filed"
        case newValueUSD = "new_value_usd"
        case newAccession = "new_accession"
        case newForm = "new_form"
        case newFiled = "new_filed"
    }

    init(_ restatement: Restatement) {
        cik = restatement.company.cik
        fiscalYear = restatement.fiscalYear
        metric = restatement.metric
        concept = restatement.concept
        oldValueUSD = restatement.old.valueUSD
        oldAccession = restatement.old.accession
        oldForm = restatement.old.form
        oldFiled = restatement.old.filed
        newValueUSD = restatement.new.valueUSD
        newAccession = restatement.new.accession
        newForm = restatement.new.form
        newFiled = restatement.new.filed
    }

    func restatement(company: Company) -> Restatement {
        Restatement(company: company, fiscalYear: fiscalYear, metric: metric, concept: concept,
                           old: .init(valueUSD: oldValueUSD, accession: oldAccession, form: oldForm, filed: oldFiled),
                           new: .init(valueUSD: newValueUSD, accession: newAccession, form: newForm, filed: newFiled))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
