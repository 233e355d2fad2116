/// Where a figure comes from: a filing (form, accession number, filing date) or a publication
/// (title, URL, date).
///
/// ```swift
/// let tenK = Source(key: "sec:0001652044-26-000018", title: "SEC Form 10-K FY2025, Alphabet Inc.",
///                   form: "10-K", accession: "0001652044-26-000018", filed: "2026-02-05")
/// ```
public struct Source: Sendable, Hashable, Codable {
    /// A stable identifier, unique in a database (used to deduplicate imports).
    public var key: String
    /// The citation as a reader would write it.
    public var title: String
    public var url: String?
    /// SEC form type, e.g. `10-K`, when the source is a filing.
    public var form: String?
    /// SEC accession number, when the source is a filing.
    public var accession: String?
    /// Filing or publication date, ISO 8601 with the precision the source gives.
    public var filed: String?
    /// Evidence status of what this source supports (filings are reported; press is estimated).
    public var evidence: EvidenceStatus

    public init(key: String, title: String, url: String? = nil, form: String? = nil,
                accession: String? = nil, filed: String? = nil, evidence: EvidenceStatus = .reported) {
        self.key = key
        self.title = title
        self.url = url
        self.form = form
        self.accession = accession
        self.filed = filed
        self.evidence = evidence
    }
}
