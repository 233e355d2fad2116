import CapexModel
import Foundation

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

    /// The first `http(s)://` address, up to a space or one of `;,"()`.
    static func firstURL(in text: String) -> String? {
        guard let start = text.range(of: "https://") ?? text.range(of: "http://") else { return nil }
        let url = text[start.lowerBound...].prefix { !$0.isWhitespace && !";,\"()".contains($0) }
        return String(url)
    }

    /// The first SEC accession number: ten digits, two digits and six digits joined by hyphens.
    static func accession(in text: String) -> String? {
        let bytes = Array(text.utf8)
        let shape = Array("dddddddddd-dd-dddddd".utf8)
        guard bytes.count >= shape.count else { return nil }
        for start in 0...(bytes.count - shape.count) {
            let matches = zip(bytes[start...], shape).allSatisfy { byte, expected in
                expected == UInt8(ascii: "-") ? byte == expected : (byte >= 0x30 && byte <= 0x39)
            }
            let before = start == 0 || !(bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39)
            if matches, before { return String(decoding: bytes[start..<(start + shape.count)], as: UTF8.self) }
        }
        return nil
    }

    /// The first SEC form named as a word: 10-K, 10-Q, 8-K or 20-F.
    static func form(in text: String) -> String? {
        let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }
        let forms: Set<Substring> = ["10-K", "10-Q", "8-K", "20-F"]
        return words.first { forms.contains($0) }.map(String.init)
    }

    /// The date after "filed " or "dated ": `YYYY-MM-DD` or `YYYY-MM`.
    static func filingDate(in text: String) -> String? {
        for marker in ["filed ", "dated "] {
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: marker, range: searchRange) {
                let candidate = text[found.upperBound...].prefix { $0.isNumber || $0 == "-" }
                let parts = candidate.split(separator: "-", omittingEmptySubsequences: false)
                if parts.count >= 2, parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2 {
                    return String(candidate.prefix(parts.count == 2 ? 7 : 10))
                }
                searchRange = found.upperBound..<text.endIndex
            }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
