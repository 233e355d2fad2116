/// The parts of an SEC XBRL companyfacts file (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`)
/// that the importer needs: the filer, and the facts of the wanted concepts only, as
/// ``CompanyFactsScanner`` reads them.
///
/// Shape: `{"cik": 1652044, "entityName": "...", "facts": {"us-gaap": {"Revenues": {"label": ...,
/// "units": {"USD": [{"start", "end", "val", "accn", "fy", "fp", "form", "filed", "frame"}]}}}}}`.
struct CompanyFactsFile {
    var cik: Int
    var entityName: String
    /// Facts by taxonomy, concept and unit.
    var facts: [String: [String: [String: [Fact]]]]

    /// One reported value: a period (or instant) in one filing. The `fy`, `fp` and `frame`
    /// fields describe the filing, not the period, and are not read.
    struct Fact {
        var start: String?
        var end: String
        var val: Double
        var accn: String
        var form: String
        var filed: String
    }
}
