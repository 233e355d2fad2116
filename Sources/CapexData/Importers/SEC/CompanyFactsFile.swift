import Foundation

/// The parts of an SEC XBRL companyfacts file (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`)
/// that the importer needs: the filer, and the facts of the wanted concepts only (decoding the
/// other hundreds of concepts would be wasted work).
///
/// Shape: `{"cik": 1652044, "entityName": "...", "facts": {"us-gaap": {"Revenues": {"label": ...,
/// "units": {"USD": [{"start", "end", "val", "accn", "fy", "fp", "form", "filed", "frame"}]}}}}}`.
struct CompanyFactsFile: Decodable {
    var cik: Int
    var entityName: String
    /// Facts by taxonomy, concept and unit.
    var facts: [String: [String: [String: [Fact]]]]

    /// One reported value: a period (or instant) in one filing.
    struct Fact: Decodable {
        var start: String?
        var end: String
        var val: Double
        var accn: String
        var form: String
        var filed: String
    }

    static let wantedKey = CodingUserInfoKey(rawValue: "capexgap.wantedConcepts")!

    /// Decodes `data`, reading only the concepts in `wanted` (taxonomy -> names).
    static func decode(_ data: Data, wanted: [String: Set<String>]) throws -> CompanyFactsFile {
        let decoder = JSONDecoder()
        decoder.userInfo[wantedKey] = wanted
        return try decoder.decode(CompanyFactsFile.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let root = try decoder.container(keyedBy: AnyKey.self)
        if let number = try? root.decode(Int.self, forKey: AnyKey("cik")) {
            cik = number
        } else {
            let text = try root.decode(String.self, forKey: AnyKey("cik"))
            guard let number = Int(text) else {
                throw DecodingError.dataCorruptedError(forKey: AnyKey("cik"), in: root, debugDescription: "expected a CIK number, found \"\(text)\"")
            }
            cik = number
        }
        entityName = try root.decodeIfPresent(String.self, forKey: AnyKey("entityName")) ?? ""
        let wanted = decoder.userInfo[Self.wantedKey] as? [String: Set<String>] ?? [:]
        let taxonomies = try root.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("facts"))
        var facts: [String: [String: [String: [Fact]]]] = [:]
        for (taxonomy, names) in wanted {
            guard taxonomies.contains(AnyKey(taxonomy)) else { continue }
            let concepts = try taxonomies.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(taxonomy))
            for name in names where concepts.contains(AnyKey(name)) {
                let concept = try concepts.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(name))
                facts[taxonomy, default: [:]][name] = try concept.decode([String: [Fact]].self, forKey: AnyKey("units"))
            }
        }
        self.facts = facts
    }
}

/// A coding key for any JSON object key.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
