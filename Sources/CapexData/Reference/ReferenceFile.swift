import CapexModel
import Foundation

/// How a bundled reference file maps onto ``Observation``s: which columns name the subject,
/// the measure and the period, and which hold the value. One mapping per file; the loader is
/// the same for all.
struct ReferenceFile {
    var dataset: String
    var subject: String
    var measure: String?
    /// Columns whose values, joined with `/`, give the period (e.g. `year_start`, `year_end`).
    var period: [[String]]
    var value: String
    var low: String?
    var high: String?
    /// The unit column, or a fixed unit.
    var unitColumn: String?
    var fixedUnit: String?
    var extra: [String]

    static let all: [ReferenceFile] = [
        ReferenceFile(dataset: "anchors", subject: "model", measure: "quantity", period: [], value: "value",
                      low: "value_low", high: "value_high", unitColumn: "unit", extra: ["inputs"]),
        ReferenceFile(dataset: "ai_revenue", subject: "entity", measure: "metric", period: [["as_of"]], value: "value",
                      low: "value_low", high: "value_high", unitColumn: "unit", extra: ["definition"]),
        ReferenceFile(dataset: "ai_revenue_curated", subject: "entity", measure: "metric", period: [["as_of"]], value: "value",
                      low: "value_low", high: "value_high", unitColumn: "unit", extra: ["definition"]),
        ReferenceFile(dataset: "unit_costs", subject: "item", measure: nil, period: [["as_of"]], value: "value",
                      low: "value_low", high: "value_high", unitColumn: "unit", extra: []),
        ReferenceFile(dataset: "capex_mix", subject: "scheme", measure: "category", period: [], value: "share",
                      low: "share_low", high: "share_high", fixedUnit: "ratio", extra: ["parent_category"]),
        ReferenceFile(dataset: "analogs", subject: "cycle", measure: "metric", period: [["year"], ["year_start", "year_end"]],
                      value: "value", low: "value_low", high: "value_high", unitColumn: "unit", extra: []),
        ReferenceFile(dataset: "gdp", subject: "country", measure: nil, period: [["year"]], value: "gdp_nominal",
                      unitColumn: "unit", extra: []),
    ]

    /// The observations of the bundled file.
    func observations() throws -> [Observation] {
        let table = try BundledDataset.table(named: dataset, requiredColumns: [subject, value, "tier", "source_title"])
        return try table.rows.map { row in
            let tierText = try row.required("tier")
            guard let tier = SourceTier(rawValue: tierText) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "tier", value: tierText, expected: "P, S1, S2 or U")
            }
            let period = self.period.lazy.map { columns in columns.compactMap(row.text).joined(separator: "/") }.first { !$0.isEmpty } ?? ""
            let title = try row.required("source_title")
            let url = row.text("source_url")
            let source = Source(key: "bundled: " + title + (url.map { " | " + $0 } ?? ""), title: title, url: url,
                                evidence: .estimated)
            var extra: [String: String] = [:]
            for column in self.extra { extra[column] = row.text(column) }
            return Observation(dataset: dataset, subject: try row.required(subject), measure: measure.flatMap(row.text) ?? "",
                               period: period, value: try row.double(value), low: try low.flatMap(row.double),
                               high: try high.flatMap(row.double), unit: fixedUnit ?? unitColumn.flatMap(row.text) ?? "",
                               tier: tier, source: source, note: row.text("note"), extra: extra)
        }
    }
}

/// A pointer into the reference data, as presets cite it: `anchors:sequoia_2024/required_revenue`,
/// `unit_costs:gb200_nvl72_rack_cost@2025-10`, `ai_revenue:ChatGPT Plus/price_per_month@2023-02-01`.
struct ObservationReference: Hashable {
    var dataset: String
    var subject: String
    var measure: String
    var period: String?

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        dataset = parts[0]
        var rest = parts[1]
        if let at = rest.firstIndex(of: "@") {
            period = String(rest[rest.index(after: at)...])
            rest = String(rest[..<at])
        }
        let names = rest.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = names.first, !first.isEmpty else { return nil }
        subject = first
        measure = names.count > 1 ? names[1] : ""
    }

    func matches(_ observation: Observation) -> Bool {
        observation.dataset == dataset && observation.subject == subject && observation.measure == measure
            && (period == nil || observation.period == period)
    }
}
