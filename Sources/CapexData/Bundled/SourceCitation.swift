import CapexModel

/// Splits a citation of the bundled `financials.csv` into the parts that support each metric.
///
/// A row's `source` names one source for the whole row (`SEC Form 10-K FY2024, ...`) or labels
/// parts for some metrics: `revenue: ...; capex: ...`, `...; gross capex: ...`, or
/// `...; other columns: ...`. An unlabelled leading part covers every metric no label claims.
struct SourceCitation {
    let lead: String?
    let revenue: String?
    let capex: String?
    let otherColumns: String?

    private static let labels: [(prefix: String, kind: Kind)] = [
        ("revenue: ", .revenue), ("gross capex: ", .capex), ("capex: ", .capex), ("other columns: ", .otherColumns),
    ]
    private enum Kind { case revenue, capex, otherColumns }

    init(_ text: String) {
        var lead: String?
        var parts: [Kind: String] = [:]
        var current: Kind?
        var buffer = ""
        func flush() {
            let part = buffer.trimmingWhitespace()
            if !part.isEmpty {
                if let current { parts[current] = part } else { lead = part }
            }
            buffer = ""
        }
        var rest = Substring(text)
        if let label = Self.labels.first(where: { rest.hasPrefix($0.prefix) }) {
            current = label.kind
            rest = rest.dropFirst(label.prefix.count)
        }
        while !rest.isEmpty {
            if rest.hasPrefix("; "), let label = Self.labels.first(where: { rest.dropFirst(2).hasPrefix($0.prefix) }) {
                flush()
                current = label.kind
                rest = rest.dropFirst(2 + label.prefix.count)
                continue
            }
            buffer.append(rest.removeFirst())
        }
        flush()
        self.lead = lead
        revenue = parts[.revenue]
        capex = parts[.capex]
        otherColumns = parts[.otherColumns]
    }

    /// The citation text that supports `metric`.
    func text(for metric: FinancialMetric, whole: String) -> String {
        switch metric {
        case .revenue: revenue ?? lead ?? whole
        case .capex: capex ?? lead ?? whole
        default: otherColumns ?? lead ?? whole
        }
    }

    /// A ``Source`` for a citation text: form, accession number, filing date and first URL are
    /// read from the text where it states them.
    static func source(citation: String, evidence: EvidenceStatus) -> Source {
        Source(key: "bundled: " + citation, title: citation, url: firstURL(in: citation), form: form(in: citation),
               accession: accession(in: citation), filed: filingDate(in: citation), evidence: evidence)
    }

    static func firstURL(in text: String) -> String? {
        guard let match = text.firstMatch(of: /https?:\/\/[^\s;,"()]+/) else { return nil }
        return String(match.output)
    }

    static func accession(in text: String) -> String? {
        text.firstMatch(of: /\d{10}-\d{2}-\d{6}/).map { String($0.output) }
    }

    static func form(in text: String) -> String? {
        text.firstMatch(of: /\b(10-K|10-Q|8-K|20-F)\b/).map { String($0.output.1) }
    }

    static func filingDate(in text: String) -> String? {
        text.firstMatch(of: /(?:filed|dated) (\d{4}-\d{2}(?:-\d{2})?)/).map { String($0.output.1) }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
