import CapexModel
import GRDB

/// A row of the `source` table: one citation, shared by every figure it supports.
struct SourceRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "source"

    var id: Int64?
    var key: String
    var title: String
    var url: String?
    var form: String?
    var accession: String?
    var filed: String?
    var evidence: EvidenceStatus

    init(_ source: Source) {
        key = source.key
        title = source.title
        url = source.url
        form = source.form
        accession = source.accession
        filed = source.filed
        evidence = source.evidence
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var source: Source {
        Source(key: key, title: title, url: url, form: form, accession: accession, filed: filed,
               evidence: evidence)
    }

    /// The id of the source with `source.key`, inserting it if new.
    static func findOrInsert(_ source: Source, in db: Database) throws -> Int64 {
        let lookup = try db.cachedStatement(sql: "SELECT id FROM source WHERE key = ?")
        if let id = try Int64.fetchOne(lookup, arguments: [source.key]) { return id }
        try db.cachedStatement(sql: "INSERT INTO source (key, title, url, form, accession, filed, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [source.key, source.title, source.url, source.form, source.accession, source.filed, source.evidence.rawValue])
        return db.lastInsertedRowID
    }
}
