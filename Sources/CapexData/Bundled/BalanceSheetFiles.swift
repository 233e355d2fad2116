import CapexModel

/// The bundled balance-sheet data: commitments (`commitments.csv`), financing
/// (`financing.csv`), the deals graph (`deal_entities.csv`, `deals.csv`) and the capex
/// guidance ledger (`guidance.csv`). Every row has a source and a tier; a row without one is
/// refused, naming the file, row and column.
public struct BalanceSheetData: Sendable {
    /// Rows name their company by ticker only (`Company.cik` 0): the service puts in the
    /// database's company.
    public var commitments: [Commitment]
    public var financing: [FinancingFact]
    public var guidance: [GuidanceEntry]
    public var entities: [DealEntity]
    public var deals: [Deal]

    public static func bundled() throws -> BalanceSheetData {
        BalanceSheetData(commitments: try commitments(), financing: try financing(), guidance: try guidance(),
                         entities: try entities(), deals: try deals())
    }

    // MARK: - Files

    static func commitments() throws -> [Commitment] {
        let table = try BundledDataset.table(named: "commitments", requiredColumns: [
            "ticker", "period_end", "metric", "value_usd_m", "definition", "definition_change", "single_customer_share", "single_customer",
            "form", "accession", "filed", "evidence", "tier", "source_title", "source_url", "note",
        ])
        return try table.rows.map { row in
            let cited = try Cited(row)
            let end = try date(row, "period_end")
            let value = try row.requiredDouble("value_usd_m")
            let metric = try row.required("metric"), definition = try row.required("definition")
            let change = row.text("definition_change"), share = try row.double("single_customer_share"), customer = row.text("single_customer")
            let company = try Self.company(row)
            return Commitment(company: company, periodEnd: end, metric: metric, figure: Figure(value, cited.evidence), definition: definition,
                           definitionChange: change, singleCustomerShare: share, singleCustomer: customer, source: cited.source, tier: cited.tier,
                           note: row.text("note"))
        }
    }

    static func financing() throws -> [FinancingFact] {
        let table = try BundledDataset.table(named: "financing", requiredColumns: [
            "ticker", "period_start", "period_end", "metric", "value_usd_m", "definition", "evidence", "tier", "source_title", "source_url", "note",
        ])
        return try table.rows.map { row in
            let cited = try Cited(row)
            let start = try row.text("period_start").map { _ in try date(row, "period_start") }
            let end = try date(row, "period_end")
            let value = try row.requiredDouble("value_usd_m")
            let metric = try row.required("metric"), definition = row.text("definition") ?? metric
            let note = row.text("note")
            let company = try Self.company(row)
            return FinancingFact(company: company, start: start, end: end, metric: metric, figure: Figure(value, cited.evidence), definition: definition,
                              source: cited.source, tier: cited.tier, note: note)
        }
    }

    static func guidance() throws -> [GuidanceEntry] {
        let table = try BundledDataset.table(named: "guidance", requiredColumns: [
            "ticker", "period_label", "period_start", "period_end", "definition", "low_usd_b", "high_usd_b", "point_usd_b", "qualifier",
            "announced", "occasion", "evidence", "tier", "source_title", "source_url", "note",
        ])
        return try table.rows.map { row in
            let cited = try Cited(row)
            let start = try date(row, "period_start"), end = try date(row, "period_end")
            let low = try row.double("low_usd_b"), high = try row.double("high_usd_b"), point = try row.double("point_usd_b")
            let label = try row.required("period_label"), definition = row.text("definition") ?? "capital expenditures"
            let qualifier = row.text("qualifier"), announced = row.text("announced") ?? "", occasion = row.text("occasion"), note = row.text("note")
            let company = try Self.company(row)
            return GuidanceEntry(company: company, periodLabel: label, start: start, end: end, definition: definition, low: low, high: high,
                              point: point, qualifier: qualifier, announced: announced, occasion: occasion, evidence: cited.evidence,
                              tier: cited.tier, source: cited.source, note: note)
        }
    }

    static func entities() throws -> [DealEntity] {
        let table = try BundledDataset.table(named: "deal_entities", requiredColumns: ["id", "name", "kind", "ticker"])
        return try table.rows.map { row in
            DealEntity(id: try row.required("id"), name: try row.required("name"), kind: try row.required("kind"), ticker: row.text("ticker"))
        }
    }

    static func deals() throws -> [Deal] {
        let table = try BundledDataset.table(named: "deals", requiredColumns: [
            "id", "payer", "payee", "type", "amount_usd_b", "amount_low_usd_b", "amount_high_usd_b", "announced", "term_years", "status",
            "linked_deal", "evidence", "tier", "source_title", "source_url", "note",
        ])
        let ids = Set(try entities().map(\.id))
        return try table.rows.map { row in
            let cited = try Cited(row)
            let kindWord = try row.required("type"), statusWord = try row.required("status")
            guard let kind = Deal.Kind(rawValue: kindWord) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "type", value: kindWord,
                                                 expected: Deal.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let status = Deal.Status(rawValue: statusWord) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "status", value: statusWord,
                                                 expected: Deal.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            for column in ["payer", "payee"] {
                let id = try row.required(column)
                guard ids.contains(id) else {
                    throw DataFileError.invalidValue(file: row.file, row: row.number, column: column, value: id, expected: "an id of deal_entities.csv")
                }
            }
            return Deal(id: try row.required("id"), payer: try row.required("payer"), payee: try row.required("payee"), kind: kind,
                        amount: try row.double("amount_usd_b"), low: try row.double("amount_low_usd_b"), high: try row.double("amount_high_usd_b"),
                        announced: row.text("announced"), termYears: try row.double("term_years"), status: status, linkedDeal: row.text("linked_deal"),
                        evidence: cited.evidence, tier: cited.tier, source: cited.source, note: row.text("note"))
        }
    }

    // MARK: - Shared

    /// A row's evidence, tier and source, each required.
    struct Cited {
        var evidence: EvidenceStatus
        var tier: SourceTier
        var source: Source

        init(_ row: CSVRow) throws {
            let evidenceWord = try row.required("evidence")
            guard let evidence = EvidenceStatus(dataWord: evidenceWord), evidence == .reported || evidence == .estimated else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "evidence", value: evidenceWord, expected: "reported or estimated")
            }
            let tierWord = try row.required("tier")
            guard let tier = SourceTier(rawValue: tierWord) else {
                throw DataFileError.invalidValue(file: row.file, row: row.number, column: "tier", value: tierWord, expected: "P, S1, S2 or U")
            }
            let title = try row.required("source_title")
            let url = try row.required("source_url")
            let accession = row.text("accession")
            self.evidence = tier == .primary ? evidence : .estimated
            self.tier = tier
            source = Source(key: "bundled: \(title) | \(url)" + (accession.map { " [\($0)]" } ?? ""), title: title, url: url,
                            form: row.text("form"), accession: accession, filed: row.text("filed"), evidence: self.evidence)
        }
    }

    /// A stand-in company named by the row's ticker (and CIK, where the file gives one).
    static func company(_ row: CSVRow) throws -> Company {
        let ticker = try row.required("ticker")
        return Company(cik: try row.integer("cik") ?? 0, ticker: ticker, name: ticker, role: "")
    }

    static func date(_ row: CSVRow, _ column: String) throws -> CalendarDate {
        let text = try row.required(column)
        guard let date = CalendarDate(iso: text) else {
            throw DataFileError.invalidValue(file: row.file, row: row.number, column: column, value: text, expected: "a date YYYY-MM-DD")
        }
        return date
    }
}
