import CapexModel
import Foundation

/// Reads figures from any source in CapexGap's CSV schema (one figure per row, each naming
/// its source and evidence status) into ``ImportPlan``s, one per company.
///
/// Columns (header names; order free):
/// - `cik` or `ticker` (at least one): the company. A new company needs `cik` and `company`.
/// - `company`, `role`: name and role of a new company (role defaults to `other`).
/// - `fiscal_year`: the company's fiscal-year label (the calendar year in which it ends).
/// - `period_start`, `period_end`: optional, `YYYY-MM-DD`.
/// - `metric`: `revenue`, `capex`, `capex_net`, `finance_lease_assets_obtained`,
///   `finance_lease_principal`, `depreciation_amortization` or `operating_cash_flow`.
/// - `value_usd_m`: the value in USD millions (decimals allowed).
/// - `evidence`: `reported`, `estimated` (or `secondary`) or `scenario`.
/// - `source_title` and optionally `source_url`, `source_date`, `source_form`, `source_accession`.
/// - `concept`: optional, the XBRL concept or statement line.
public struct FiguresCSVImporter: Sendable {
    public static let requiredColumns = ["fiscal_year", "metric", "value_usd_m", "evidence", "source_title"]
    public static let optionalColumns = ["cik", "ticker", "company", "role", "period_start", "period_end", "concept",
                                         "source_url", "source_date", "source_form", "source_accession"]

    /// Companies the rows may name by ticker or CIK (the database's and the bundled list's).
    let companies: [Company]

    public init(companies: [Company]) {
        self.companies = companies
    }

    /// The plans for the CSV file at `url`; errors name `displayName`.
    public func plans(contentsOf url: URL, displayName: String? = nil, maximumBytes: Int = InputFile.defaultMaximumBytes) throws -> [ImportPlan] {
        let name = displayName ?? url.path
        do {
            let data = try InputFile.read(url, name: name, maximumBytes: maximumBytes)
            return try plans(table: CSVTable(bytes: Array(data), file: name, requiredColumns: Self.requiredColumns))
        } catch let error as DataFileError {
            throw ImportError.badFile(error)
        }
    }

    /// The plans for CSV `text` read from `file`.
    public func plans(text: String, file: String) throws -> [ImportPlan] {
        do {
            return try plans(table: CSVTable(text: text, file: file, requiredColumns: Self.requiredColumns))
        } catch let error as DataFileError {
            throw ImportError.badFile(error)
        }
    }

    private func plans(table: CSVTable) throws -> [ImportPlan] {
        guard table.header.contains("cik") || table.header.contains("ticker") else {
            throw DataFileError.missingColumns(file: table.file, columns: ["cik or ticker"])
        }
        let known = Set(Self.requiredColumns + Self.optionalColumns)
        if let (index, name) = table.header.enumerated().first(where: { !known.contains($0.element) }) {
            throw DataFileError.malformed(file: table.file, place: "row 1, column \(index + 1)",
                                          reason: "unknown column \"\(DataFileError.clip(name))\"; the columns are \((Self.requiredColumns + Self.optionalColumns).joined(separator: ", "))")
        }
        guard !table.rows.isEmpty else { throw DataFileError.empty(file: table.file) }
        var byCIK: [Int: (company: Company, roleGiven: Bool, figures: [PlannedFigure])] = [:]
        var order: [Int] = []
        var seen: [String: (row: Int, value: Int64)] = [:]
        for row in table.rows {
            let (company, roleGiven) = try company(row)
            let figure = try figure(row)
            let key = "\(company.cik)|\(figure.fiscalYear)|\(figure.metric.rawValue)|\(figure.source.key)"
            if let earlier = seen[key], earlier.value != figure.valueUSD {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "value_usd_m", value: row.text("value_usd_m") ?? "",
                                                 expected: "the value row \(earlier.row) gives for the same figure and source")
            }
            seen[key] = (row.number, figure.valueUSD)
            // Appended in place: a copy of the entry per row would make the import quadratic.
            if byCIK[company.cik] == nil {
                order.append(company.cik)
                byCIK[company.cik] = (company, roleGiven, [])
            }
            byCIK[company.cik]!.roleGiven = byCIK[company.cik]!.roleGiven || roleGiven
            byCIK[company.cik]!.figures.append(figure)
        }
        return order.compactMap { cik in
            byCIK[cik].map { ImportPlan(file: table.file, origin: .csv, company: $0.company, roleGiven: $0.roleGiven, figures: $0.figures) }
        }
    }

    /// The company a row names, by CIK or ticker.
    private func company(_ row: CSVRow) throws -> (Company, roleGiven: Bool) {
        let ticker = row.text("ticker")?.uppercased()
        let role = row.text("role")
        let cik = try row.integer("cik")
        if let cik, cik <= 0 {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "cik", value: "\(cik)", expected: "a positive CIK")
        }
        if let cik, let ticker, let holder = companies.first(where: { $0.ticker?.uppercased() == ticker }), holder.cik != cik {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "ticker", value: ticker,
                                             expected: "the ticker of CIK \(cik): \(ticker) is \(holder.name)'s (CIK \(holder.cik))")
        }
        let match = companies.first { company in
            if let cik { return company.cik == cik }
            return ticker != nil && company.ticker == ticker
        }
        if var known = match {
            known.ticker = known.ticker ?? ticker
            if let role { known.role = role }
            return (known, role != nil)
        }
        guard let cik else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "ticker", value: ticker ?? "",
                                             expected: "a known ticker (\(companies.compactMap(\.ticker).sorted().joined(separator: ", "))); give cik and company for a new one")
        }
        let name = try row.required("company")
        return (Company(cik: cik, ticker: ticker, name: name, role: role ?? "other"), role != nil)
    }

    private func figure(_ row: CSVRow) throws -> PlannedFigure {
        let fiscalYear = try row.requiredInteger("fiscal_year")
        guard (1900...2100).contains(fiscalYear) else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "fiscal_year", value: "\(fiscalYear)",
                                             expected: "a fiscal year between 1900 and 2100")
        }
        let metricName = try row.required("metric")
        guard let metric = FinancialMetric(rawValue: metricName) else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "metric", value: metricName,
                                             expected: "one of \(FinancialMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let millions = try row.requiredDouble("value_usd_m")
        guard abs(millions) < 1e12 else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "value_usd_m", value: row.text("value_usd_m") ?? "",
                                             expected: "an amount in USD millions below 10^12")
        }
        if millions < 0, metric != .operatingCashFlow {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "value_usd_m", value: row.text("value_usd_m") ?? "",
                                             expected: "zero or more (only operating_cash_flow can be negative)")
        }
        let evidenceWord = try row.required("evidence")
        guard let evidence = EvidenceStatus(dataWord: evidenceWord), [.reported, .estimated, .scenario].contains(evidence) else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: "evidence", value: evidenceWord,
                                             expected: "reported, estimated (or secondary) or scenario")
        }
        for column in ["period_start", "period_end", "source_date"] {
            if let text = row.text(column), CalendarDate(iso: text) == nil, !(column == "source_date" && Self.isPartialDate(text)) {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: column, value: text, expected: "a date (YYYY-MM-DD)")
            }
        }
        let title = try row.required("source_title")
        let parts = [title, row.text("source_url"), row.text("source_date"), row.text("source_accession")].compactMap { $0 }
        let source = Source(key: "csv: " + parts.joined(separator: " | "), title: title, url: row.text("source_url"),
                            form: row.text("source_form"), accession: row.text("source_accession"), filed: row.text("source_date"),
                            evidence: evidence)
        return PlannedFigure(fiscalYear: fiscalYear, periodStart: row.text("period_start"), periodEnd: row.text("period_end"),
                             metric: metric, valueUSD: Int64((millions * 1_000_000).rounded()), evidence: evidence,
                             concept: row.text("concept"), source: source)
    }

    /// `YYYY` or `YYYY-MM`, the precisions a publication date may have.
    private static func isPartialDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, parts[0].allSatisfy(\.isASCII), Int(parts[0]) != nil else { return false }
        if parts.count == 1 { return true }
        return parts.count == 2 && parts[1].count == 2 && (1...12).contains(Int(parts[1]) ?? 0)
    }
}
