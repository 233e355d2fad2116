import CapexData
import CapexModel

extension CapexService {
    /// What each bundled dataset changed in this database (added, corrected, removed), oldest
    /// first, with the dataset version it holds now.
    public func datasetChanges() throws -> DatasetChangesResult {
        DatasetChangesResult(rows: try database.datasetChanges(), version: try database.datasetVersion())
    }
}

/// `sources --changes`: the bundled dataset's changes to this database.
public struct DatasetChangesResult: TabularResult {
    public var rows: [DatasetChange]
    /// The dataset version the database holds.
    public var version: String?

    public var fields: [Field<DatasetChange>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<DatasetChange>] = [
        .text("applied", "Applied") { $0.applied },
        .text("dataset_version", "Dataset") { $0.version },
        .text("kind", "Change") { $0.kind.rawValue },
        .text("subject", "What") { $0.subject },
        .text("detail", "Detail", wrapWidth: 70) { $0.detail },
    ]
}
