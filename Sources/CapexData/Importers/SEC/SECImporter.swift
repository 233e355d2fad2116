import CapexModel
import Foundation

/// Reads SEC XBRL companyfacts JSON, for any filer, into an ``ImportPlan`` of annual figures:
/// revenue, capex, depreciation and amortisation, operating cash flow, finance-lease principal
/// payments and assets obtained under finance leases, each with the concept it came from and
/// the filing behind it.
///
/// ```swift
/// let importer = try SECImporter()
/// let plan = try importer.plan(contentsOf: URL(fileURLWithPath: "CIK0001652044.json"), basis: .first)
/// let report = try database.apply([plan])
/// ```
public struct SECImporter: Sendable {
    public let candidates: ConceptCandidates
    public let known: KnownCompanies

    public init(candidates: ConceptCandidates, known: KnownCompanies) {
        self.candidates = candidates
        self.known = known
    }

    /// An importer with the bundled concept candidates and known companies.
    public init() throws {
        self.init(candidates: try .bundled(), known: try .bundled())
    }

    /// The plan for the file at `url`; errors name `displayName` (the path as given).
    public func plan(contentsOf url: URL, displayName: String? = nil, basis: FilingBasis = .first,
                     ticker: String? = nil, role: String? = nil, maximumBytes: Int = InputFile.defaultMaximumBytes) throws -> ImportPlan {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try InputFile.read(url, name: name, maximumBytes: maximumBytes)
        } catch let error as DataFileError {
            throw ImportError.badFile(error)
        }
        return try plan(data: data, file: name, basis: basis, ticker: ticker, role: role)
    }

    /// The plan for companyfacts JSON `data`.
    ///
    /// - Parameters:
    ///   - ticker: the company's ticker, overriding the bundled list of known companies.
    ///   - role: the company's role (`hyperscaler` joins the peer set); default from the
    ///     bundled list, else `other`.
    /// - Throws: ``ImportError/badFile(_:)`` naming the file and the place of the problem.
    ///   - includePeriods: whether to keep the filed values for quarters (the universe screen
    ///     needs only the years).
    public func plan(data: Data, file: String, basis: FilingBasis = .first, ticker: String? = nil, role: String? = nil,
                     includePeriods: Bool = true) throws -> ImportPlan {
        let facts: CompanyFactsFile
        do {
            facts = try CompanyFactsScanner.scan(data, wanted: candidates.wanted)
        } catch let failure as CompanyFactsScanner.Failure {
            let isShape = failure.place == "top level" || failure.reason.hasPrefix("missing key")
            throw ImportError.badFile(.malformed(file: file, place: failure.place, reason: failure.reason + (isShape ? Self.shapeHint : "")))
        }
        guard facts.cik > 0 else {
            throw ImportError.badFile(.malformed(file: file, place: "cik", reason: "expected a positive CIK number" + Self.shapeHint))
        }
        let selection: AnnualFactSelection.Selection
        do {
            selection = try AnnualFactSelection.select(facts, candidates: candidates, basis: basis, fileName: file)
        } catch let error as DataFileError {
            throw ImportError.badFile(error)
        }
        let knownCompany = known.companies[facts.cik]
        let name = facts.entityName.isEmpty ? (knownCompany?.name ?? "CIK \(facts.cik)") : facts.entityName
        let company = Company(cik: facts.cik, ticker: ticker?.uppercased() ?? knownCompany?.ticker, name: name,
                              role: role ?? knownCompany?.role ?? "other", fiscalYearEndMonth: selection.calendar?.yearEndMonth)
        // One source per filing: most facts share a handful of accessions.
        var sources: [String: Source] = [:]
        func source(_ fact: AnnualFactSelection.CheckedFact) -> Source {
            if let known = sources[fact.accession] { return known }
            let made = Self.source(fact, company: company)
            sources[fact.accession] = made
            return made
        }
        let figures = selection.figures.map { item in
            PlannedFigure(fiscalYear: item.fiscalYear, periodStart: item.fact.start.description, periodEnd: item.fact.end.description,
                          metric: item.metric, valueUSD: item.fact.valueUSD, evidence: .reported, concept: item.concept.description,
                          source: source(item.fact))
        }
        let restatements = selection.restatements.map { item in
            Restatement(company: company, fiscalYear: item.fiscalYear, metric: item.metric, concept: item.concept.description,
                        old: Self.filedValue(item.old), new: Self.filedValue(item.new))
        }
        var conceptNames: [ConceptCandidates.Concept: String] = [:]
        let periodFacts: [PlannedPeriodFact] = !includePeriods ? [] : selection.periodFacts.map { item in
            let concept = conceptNames[item.concept] ?? item.concept.description
            conceptNames[item.concept] = concept
            return PlannedPeriodFact(metric: item.metric, start: item.fact.start, end: item.fact.end, valueUSD: item.fact.valueUSD,
                                     concept: concept, form: item.fact.form, accession: item.fact.accession, filed: item.fact.filed,
                                     evidence: .reported, source: source(item.fact))
        }
        var notes = selection.notes
        if figures.isEmpty { notes.append("no annual figures of the wanted concepts in US dollars") }
        return ImportPlan(file: file, origin: .sec, company: company, roleGiven: role != nil, figures: figures, periodFacts: periodFacts,
                          restatements: restatements, notes: notes)
    }

    private static let shapeHint = " (expected SEC companyfacts JSON: {\"cik\", \"entityName\", \"facts\": {\"us-gaap\": ...}})"

    /// The filing a fact comes from, with a link to its EDGAR folder.
    static func source(_ fact: AnnualFactSelection.CheckedFact, company: Company) -> Source {
        let folder = String(decoding: fact.accession.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
        return Source(key: "sec: \(fact.accession)",
                      title: "SEC Form \(fact.form), \(company.name), accession \(fact.accession), filed \(fact.filed)",
                      url: "https://www.sec.gov/Archives/edgar/data/\(company.cik)/\(folder)/",
                      form: fact.form, accession: fact.accession, filed: fact.filed.description, evidence: .reported)
    }

    static func filedValue(_ fact: AnnualFactSelection.CheckedFact) -> Restatement.FiledValue {
        .init(valueUSD: fact.valueUSD, accession: fact.accession, form: fact.form, filed: fact.filed.description)
    }
}
