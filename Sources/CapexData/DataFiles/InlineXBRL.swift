import CapexModel
import Foundation

/// The numeric facts of an inline-XBRL document (a 10-K or 10-Q as filed), with the contexts
/// that companyfacts drops: each fact's period and dimensions (`us-gaap:StatementBusinessSegmentsAxis
/// = goog:GoogleCloudMember`, or a typed member such as an expected-timing start date).
public struct InlineXBRL: Sendable {
    public struct Fact: Sendable, Hashable {
        /// `us-gaap:RevenueRemainingPerformanceObligation`.
        public var concept: String
        /// The value as stated, scaled and signed (USD for monetary facts).
        public var value: Double
        /// The text the document prints (`93.2`), and its scale (9: billions).
        public var printed: String
        public var scale: Int
        public var start: CalendarDate?
        public var end: CalendarDate
        /// Dimension -> member (or a typed member's value); empty for the entity as a whole.
        public var dimensions: [String: String]
    }

    public let facts: [Fact]

    /// Reads `data` (UTF-8 XHTML); `file` names it in errors.
    public init(data: Data, file: String) throws {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError.malformed(file: file, place: "document", reason: "not UTF-8 text")
        }
        let contexts = Self.contexts(in: text)
        guard !contexts.isEmpty else {
            throw DataFileError.malformed(file: file, place: "document", reason: "no xbrli:context: not an inline-XBRL filing")
        }
        var facts: [Fact] = []
        var rest = text[...]
        while let open = rest.range(of: "<ix:nonFraction") {
            guard let headEnd = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[headEnd...].range(of: "</ix:nonFraction>") else { break }
            let head = String(rest[open.upperBound..<headEnd])
            let body = String(rest[rest.index(after: headEnd)..<close.lowerBound]).replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            rest = rest[close.upperBound...]
            let attributes = Self.attributes(head)
            guard let name = attributes["name"], let contextID = attributes["contextRef"], let context = contexts[contextID] else { continue }
            let scale = Int(attributes["scale"] ?? "0") ?? 0
            let digits = body.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            let number: Double
            if let parsed = StrictNumber.parse(digits) {
                number = parsed
            } else if attributes["format"]?.hasSuffix("fixed-zero") == true || ["-", "—", "–"].contains(digits) {
                number = 0
            } else {
                continue
            }
            let sign: Double = attributes["sign"] == "-" ? -1 : 1
            facts.append(Fact(concept: name, value: sign * number * pow(10, Double(scale)), printed: digits, scale: scale,
                              start: context.start, end: context.end, dimensions: context.dimensions))
        }
        self.facts = facts
    }

    /// The facts of `concept`, optionally only those without any dimension.
    public func facts(_ concept: String, undimensioned: Bool = false) -> [Fact] {
        facts.filter { $0.concept == concept && (!undimensioned || $0.dimensions.isEmpty) }
    }

    struct Context {
        var start: CalendarDate?
        var end: CalendarDate
        var dimensions: [String: String]
    }

    static func contexts(in text: String) -> [String: Context] {
        var result: [String: Context] = [:]
        var rest = text[...]
        while let open = rest.range(of: "<xbrli:context id=\"") {
            guard let idEnd = rest[open.upperBound...].firstIndex(of: "\""),
                  let close = rest[idEnd...].range(of: "</xbrli:context>") else { break }
            let id = String(rest[open.upperBound..<idEnd])
            let body = String(rest[idEnd..<close.lowerBound])
            rest = rest[close.upperBound...]
            func value(_ tag: String) -> String? {
                guard let start = body.range(of: "<xbrli:\(tag)>"), let end = body.range(of: "</xbrli:\(tag)>", range: start.upperBound..<body.endIndex) else { return nil }
                return String(body[start.upperBound..<end.lowerBound])
            }
            guard let end = (value("instant") ?? value("endDate")).flatMap(CalendarDate.init(iso:)) else { continue }
            var dimensions: [String: String] = [:]
            for kind in ["explicitMember", "typedMember"] {
                var scan = body[...]
                while let member = scan.range(of: "<xbrldi:\(kind) dimension=\"") {
                    guard let nameEnd = scan[member.upperBound...].firstIndex(of: "\""),
                          let headEnd = scan[nameEnd...].firstIndex(of: ">"),
                          let memberEnd = scan[headEnd...].range(of: "</xbrldi:\(kind)>") else { break }
                    let dimension = String(scan[member.upperBound..<nameEnd])
                    let inner = String(scan[scan.index(after: headEnd)..<memberEnd.lowerBound])
                    dimensions[dimension] = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    scan = scan[memberEnd.upperBound...]
                }
            }
            result[id] = Context(start: value("startDate").flatMap(CalendarDate.init(iso:)), end: end, dimensions: dimensions)
        }
        return result
    }

    static func attributes(_ head: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "([A-Za-z:]+)=\"([^\"]*)\"")
        let range = NSRange(head.startIndex..., in: head)
        for match in pattern.matches(in: head, range: range) {
            guard let key = Range(match.range(at: 1), in: head), let value = Range(match.range(at: 2), in: head) else { continue }
            result[String(head[key])] = String(head[value])
        }
        return result
    }
}
