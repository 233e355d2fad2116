import CapexModel

/// The bundled `capex_definitions.csv`: each company's own definition of capex, which of
/// CapexGap's figures matches it, and a figure the company states to reconcile with.
public struct CapexDefinitionsFile: Sendable {
    public struct Row: Sendable {
        public var ticker: String
        public var ownDefinition: String
        public var comparable: CapexReconciliation.Comparable
        public var fiscalYear: Int
        /// USD millions; unresolved when the file records none.
        public var stated: Figure
        public var source: Source
        public var note: String
    }

    public let rows: [Row]

    public static func bundled() throws -> CapexDefinitionsFile {
        let table = try BundledDataset.table(named: "capex_definitions", requiredColumns: [
            "ticker", "own_definition", "comparable", "fiscal_year", "stated_usd_m", "evidence", "source_title", "source_url", "note",
        ])
        return CapexDefinitionsFile(rows: try table.rows.map { row in
            let word = try row.required("comparable")
            guard let comparable = CapexReconciliation.Comparable(rawValue: word) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "comparable", value: word,
                                                 expected: CapexReconciliation.Comparable.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let evidenceWord = try row.required("evidence")
            guard let evidence = EvidenceStatus(dataWord: evidenceWord) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "evidence", value: evidenceWord, expected: "reported or estimated")
            }
            let title = try row.required("source_title")
            return Row(ticker: try row.required("ticker"), ownDefinition: try row.required("own_definition"), comparable: comparable,
                       fiscalYear: try row.requiredInteger("fiscal_year"), stated: Figure(optional: try row.double("stated_usd_m"), evidence),
                       source: Source(key: "bundled: " + title, title: title, url: row.text("source_url"), evidence: evidence),
                       note: row.text("note") ?? "")
        })
    }

    init(rows: [Row]) {
        self.rows = rows
    }
}
