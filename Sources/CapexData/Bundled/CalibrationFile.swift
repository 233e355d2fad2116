import CapexModel

/// The bundled `calibration.csv`: observed ranges of each AI revenue stream, with the
/// observations behind them (most in `ai_revenue_curated.csv` and `ai_revenue.csv`).
public enum CalibrationFile {
    public static func bundled() throws -> [CalibrationTarget] {
        let table = try BundledDataset.table(named: "calibration", requiredColumns: [
            "stream", "year", "low_usd_b", "high_usd_b", "observations", "derivation",
        ])
        return try table.rows.map { row in
            let stream = try row.required("stream")
            guard CalibrationTarget.streams.contains(stream) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "stream", value: stream,
                                                 expected: CalibrationTarget.streams.joined(separator: ", "))
            }
            let low = try row.requiredDouble("low_usd_b"), high = try row.requiredDouble("high_usd_b")
            guard low <= high else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "high_usd_b", value: String(high), expected: "at least low_usd_b")
            }
            return CalibrationTarget(stream: stream, year: try row.requiredInteger("year"), low: low, high: high,
                                     observations: try row.required("observations"), derivation: try row.required("derivation"))
        }
    }
}
