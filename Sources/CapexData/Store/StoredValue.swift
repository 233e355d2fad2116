import GRDB

/// Reads an enum stored as its raw value, failing loudly on a value this release does not
/// know (a database edited by hand, or written by a newer CapexGap without a migration).
enum StoredValue {
    static func decode<Value: RawRepresentable>(_ type: Value.Type, _ row: Row, _ column: String, table: String) throws -> Value
    where Value.RawValue == String {
        let text: String = row[column] ?? ""
        guard let value = Value(rawValue: text) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "unknown value '\(text)' in \(table).\(column)")
        }
        return value
    }
}
