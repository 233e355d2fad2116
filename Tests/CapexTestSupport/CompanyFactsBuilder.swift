import Foundation

/// Writes small SEC companyfacts JSON documents for tests, in the shape of
/// `data.sec.gov/api/xbrl/companyfacts/CIK##########.json`.
public struct CompanyFactsBuilder {
    public var cik: Int
    public var entityName: String
    private var facts: [String: [String: [String: [[String: Any]]]]] = [:]

    public init(cik: Int = 9_999_001, entityName: String = "Test Filer Inc.") {
        self.cik = cik
        self.entityName = entityName
    }

    /// Adds a fact of `concept` (`us-gaap:Revenues`, `goog:Custom`) in `unit`.
    /// `fy`, `fp` and `frame` default to misleading values: the importer must ignore them.
    public mutating func add(_ concept: String, start: String?, end: String, value: Double, accession: String,
                             form: String = "10-K", filed: String, unit: String = "USD",
                             fy: Int = 1999, fp: String = "Q2", frame: String? = "CY1999") {
        let parts = concept.split(separator: ":", maxSplits: 1).map(String.init)
        var fact: [String: Any] = ["end": end, "val": value, "accn": accession, "fy": fy, "fp": fp, "form": form, "filed": filed]
        if let start { fact["start"] = start }
        if let frame { fact["frame"] = frame }
        facts[parts[0], default: [:]][parts[1], default: [:]][unit, default: []].append(fact)
    }

    /// The JSON document.
    public var json: Data {
        var taxonomies: [String: Any] = ["dei": ["EntityCommonStockSharesOutstanding": ["label": "Shares", "units": ["shares": [
            ["end": "2024-01-31", "val": 1000, "accn": "0000000000-24-000001", "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-02-01"],
        ]]]]]
        for (taxonomy, concepts) in facts {
            taxonomies[taxonomy] = concepts.mapValues { units in ["label": "label", "description": "a \"quoted\" description", "units": units] }
        }
        let document: [String: Any] = ["cik": cik, "entityName": entityName, "facts": taxonomies]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
    }
}
