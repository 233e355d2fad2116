import CapexData
import Foundation

/// The figures of `../shared/data/financials.csv`, read independently of the database, as
/// the expectations tests compare the product's output with.
public struct FiledFigures: Sendable {
    /// Column values (USD millions) by ticker and fiscal year; blank cells are absent.
    public let values: [String: [Int: [String: Double]]]

    public init() throws {
        let table = try CSVTable(contentsOf: Fixtures.sharedData.appendingPathComponent("financials.csv"))
        var values: [String: [Int: [String: Double]]] = [:]
        for row in table.rows {
            guard let ticker = row.text("ticker"), let year = try row.integer("fiscal_year") else { continue }
            var columns: [String: Double] = [:]
            for column in table.header where column.hasSuffix("_usd_m") {
                if let value = try row.double(column) { columns[column] = value }
            }
            values[ticker, default: [:]][year] = columns
        }
        self.values = values
    }

    /// The filed value of `column` (e.g. `capex_usd_m`) for `ticker` in `fiscalYear`.
    public func value(_ ticker: String, _ fiscalYear: Int, _ column: String) -> Double? {
        values[ticker]?[fiscalYear]?[column]
    }
}
