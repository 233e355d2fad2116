import CapexModel

/// The bundled `financials.csv`: one row per company fiscal year, money in USD millions.
///
/// Evidence is set per figure: a figure whose concept column says `secondary:` is estimated;
/// on a `secondary` row, figures without a concept column are estimated too; everything else
/// on the row is reported (from a filing or a company release).
struct FinancialsFile {
    struct Entry {
        var metric: FinancialMetric
        var valueUSDMillions: Double
        var evidence: EvidenceStatus
        var concept: String?
        var source: Source
    }

    struct Row {
        var company: Company
        var fiscalYear: Int
        var periodStart: String?
        var periodEnd: String?
        var note: String?
        var entries: [Entry]
    }

    static let columns: [FinancialMetric: String] = [
        .revenue: "revenue_usd_m",
        .capex: "capex_usd_m",
        .capexNet: "capex_net_usd_m",
        .financeLeaseAssetsObtained: "finance_lease_assets_obtained_usd_m",
        .financeLeasePrincipal: "finance_lease_principal_usd_m",
        .depreciationAmortization: "depreciation_amortization_usd_m",
        .operatingCashFlow: "operating_cash_flow_usd_m",
    ]

    static let conceptColumns: [FinancialMetric: String] = [
        .revenue: "revenue_concept",
        .capex: "capex_concept",
        .depreciationAmortization: "depreciation_amortization_concept",
    ]

    static let requiredColumns = ["ticker", "company", "cik", "segment_role", "fiscal_year", "period_start",
                                  "period_end", "evidence", "source"] + columns.values.sorted()

    private(set) var rows: [Row]

    init(_ table: CSVTable) throws {
        rows = try table.rows.map(Self.row)
    }

    static let curatedColumns = ["ticker", "cik", "fiscal_year", "period_start", "period_end", "metric", "value_usd_m", "evidence", "concept",
                                 "source", "note"]

    /// Applies `financials_curated.csv`: one figure a row, replacing the same company year's
    /// figure of that metric or adding it (a new year, or a line such as depreciation alone),
    /// each with its own evidence and source. The raw `financials.csv` stays a copy of the
    /// project's shared data; what CapexGap curated on top of it is this file.
    ///
    /// A company not in `financials.csv` (a neocloud, a supplier) is taken from `known`
    /// (`companies.csv`).
    mutating func apply(curated table: CSVTable, known: [Int: Company] = [:]) throws {
        for row in table.rows {
            let cik = try row.requiredInteger("cik"), fiscalYear = try row.requiredInteger("fiscal_year")
            let metric = try row.financialMetric()
            let evidence = try row.curatedEvidence()
            let citationText = try row.required("source")
            let source = SourceCitation.source(citation: SourceCitation(citationText).text(for: metric, whole: citationText), evidence: evidence)
            let entry = Entry(metric: metric, valueUSDMillions: try row.requiredDouble("value_usd_m"), evidence: evidence,
                              concept: row.text("concept"), source: source)
            if let index = rows.firstIndex(where: { $0.company.cik == cik && $0.fiscalYear == fiscalYear }) {
                rows[index].entries.removeAll { $0.metric == metric }
                rows[index].entries.append(entry)
                if let note = row.text("note"), !(rows[index].note ?? "").contains(note) {
                    rows[index].note = [rows[index].note, note].compactMap { $0 }.joined(separator: "; ")
                }
            } else {
                guard let company = rows.last(where: { $0.company.cik == cik })?.company ?? known[cik] else {
                    throw DataFileError.invalidValue(file: row.file, row: row.number, column: "cik", value: String(cik),
                                                     expected: "a company of financials.csv or companies.csv")
                }
                rows.append(Row(company: company, fiscalYear: fiscalYear, periodStart: row.text("period_start"), periodEnd: row.text("period_end"),
                                note: row.text("note"), entries: [entry]))
            }
        }
    }

    private static func row(_ row: CSVRow) throws -> Row {
        let rowEvidenceWord = try row.required("evidence")
        guard let rowEvidence = EvidenceStatus(dataWord: rowEvidenceWord) else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "evidence", value: rowEvidenceWord,
                                             expected: "reported or secondary")
        }
        let periodEnd = row.text("period_end")
        let company = Company(cik: try row.requiredInteger("cik"), ticker: try row.required("ticker"),
                              name: try row.required("company"), role: try row.required("segment_role"),
                              fiscalYearEndMonth: periodEnd.flatMap(Self.month))
        let citationText = try row.required("source")
        let citation = SourceCitation(citationText)
        var entries: [Entry] = []
        for metric in FinancialMetric.allCases {
            guard let column = columns[metric], let value = try row.double(column) else { continue }
            let concept = conceptColumns[metric].flatMap(row.text)
            let evidence: EvidenceStatus
            if concept?.hasPrefix("secondary:") == true {
                evidence = .estimated
            } else if concept == nil, rowEvidence != .reported {
                evidence = rowEvidence
            } else {
                evidence = .reported
            }
            let source = SourceCitation.source(citation: citation.text(for: metric, whole: citationText), evidence: evidence)
            entries.append(Entry(metric: metric, valueUSDMillions: value, evidence: evidence, concept: concept, source: source))
        }
        return Row(company: company, fiscalYear: try row.requiredInteger("fiscal_year"),
                   periodStart: row.text("period_start"), periodEnd: periodEnd, note: row.text("note"), entries: entries)
    }

    /// The month of an ISO date `YYYY-MM-DD`.
    static func month(_ isoDate: String) -> Int? {
        let parts = isoDate.split(separator: "-")
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return month
    }
}
