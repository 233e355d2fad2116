import CapexModel

/// The bundled `period_facts.csv`: every filed value of the kept lines for a period of one to
/// four quarters, for the companies of the shared companyfacts files and the curated quarters
/// of the others (written by `scripts/bundle_period_facts.py`). Money in USD millions.
struct PeriodFactsFile {
    struct Row {
        var cik: Int
        var fact: PeriodFact
    }

    static let requiredColumns = ["ticker", "cik", "metric", "period_start", "period_end", "value_usd_m", "form", "accession", "filed",
                                  "evidence", "source_title", "concept"]

    let rows: [Row]

    static func load() throws -> PeriodFactsFile {
        let table = try BundledDataset.table(named: "period_facts", requiredColumns: requiredColumns)
        return PeriodFactsFile(rows: try table.rows.map(row))
    }

    private static func row(_ row: CSVRow) throws -> Row {
        func date(_ column: String) throws -> CalendarDate {
            let text = try row.required(column)
            guard let date = CalendarDate(iso: text) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: column, value: text, expected: "a date YYYY-MM-DD")
            }
            return date
        }
        let metric = try row.financialMetric()
        let evidence = try row.curatedEvidence()
        let filed = try row.text("filed").map { _ in try date("filed") }
        let form = try row.required("form")
        let accession = row.text("accession") ?? ""
        let title = try row.required("source_title")
        let cik = try row.requiredInteger("cik")
        let source = Source(key: "bundled: \(title)" + (accession.isEmpty ? "" : " [\(accession)]"), title: title, url: row.text("source_url"),
                            form: form, accession: accession.isEmpty ? nil : accession, filed: filed?.description, evidence: evidence)
        let millions = try row.requiredDouble("value_usd_m")
        let fact = PeriodFact(metric: metric, start: try date("period_start"), end: try date("period_end"),
                              valueUSD: Int64((millions * 1_000_000).rounded()), concept: try row.required("concept"), form: form,
                              accession: accession, filed: filed, evidence: evidence, source: source)
        guard fact.quarters != nil else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "period_end", value: fact.end.description,
                                             expected: "a period of one to four quarters from \(fact.start)")
        }
        return Row(cik: cik, fact: fact)
    }
}
