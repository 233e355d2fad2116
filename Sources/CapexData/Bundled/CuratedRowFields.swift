import CapexModel

/// The fields every curated figure file reads the same way, each refused with its file, row and
/// column when it is not one of the allowed values.
extension CSVRow {
    /// The `metric` column: a ``FinancialMetric`` by its raw value.
    func financialMetric() throws -> FinancialMetric {
        let name = try required("metric")
        guard let metric = FinancialMetric(rawValue: name) else {
            throw DataFileError.invalidValue(file: file, row: number, column: "metric", value: name,
                                             expected: FinancialMetric.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return metric
    }

    /// The `evidence` column of a curated figure: reported or estimated (derived figures are
    /// computed, never curated).
    func curatedEvidence() throws -> EvidenceStatus {
        let word = try required("evidence")
        guard let evidence = EvidenceStatus(dataWord: word), evidence == .reported || evidence == .estimated else {
            throw DataFileError.invalidValue(file: file, row: number, column: "evidence", value: word, expected: "reported or estimated")
        }
        return evidence
    }
}
