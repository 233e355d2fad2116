import CapexModel
import Foundation

/// Reads SEC companyfacts JSON by scanning its bytes: the filer, and the facts of the wanted
/// concepts only. The other hundreds of concepts are stepped over without being decoded, which
/// is what makes an import several times faster than parsing the whole document.
///
/// It is strict where a lenient parser would guess: a key that appears twice in an object the
/// import reads (the document, `facts`, a taxonomy, a concept, its units, a fact) is refused, as
/// is any syntax error, each with the place (a key path such as
/// `facts.us-gaap.Revenues.units.USD[3].val`, or a line and column).
struct CompanyFactsScanner {
    /// Why a document was refused, and where.
    struct Failure: Error {
        var place: String
        var reason: String
    }

    let bytes: UnsafeRawBufferPointer
    var index = 0

    /// Scans `data`, keeping the concepts in `wanted` (taxonomy -> names).
    static func scan(_ data: Data, wanted: [String: Set<String>]) throws -> CompanyFactsFile {
        try data.withUnsafeBytes { buffer in
            var scanner = CompanyFactsScanner(bytes: buffer)
            return try scanner.document(wanted: wanted)
        }
    }

    // MARK: The document's shape

    mutating func document(wanted: [String: Set<String>]) throws -> CompanyFactsFile {
        skipSpace()
        guard index < bytes.count else { throw Failure(place: "whole file", reason: "the file is empty") }
        guard peek == UInt8(ascii: "{") else {
            try checkValue()
            throw Failure(place: "top level", reason: "expected an object, found another kind of value")
        }
        var cik: Int?
        var entityName = ""
        var facts: [String: [String: [String: [CompanyFactsFile.Fact]]]]?
        try object(path: "") { scanner, key in
            switch key {
            case "cik": cik = try scanner.cik()
            case "entityName": entityName = try scanner.stringValue(path: "entityName")
            case "facts": facts = try scanner.taxonomies(wanted: wanted)
            default: try scanner.skipValue()
            }
        }
        skipSpace()
        guard index == bytes.count else { throw syntax("unexpected content after the JSON document") }
        guard let facts else { throw Failure(place: "top level", reason: "missing key \"facts\"") }
        guard let cik else { throw Failure(place: "top level", reason: "missing key \"cik\"") }
        return CompanyFactsFile(cik: cik, entityName: entityName, facts: facts)
    }

    /// `cik`: a number, or a string of digits.
    mutating func cik() throws -> Int {
        skipSpace()
        if peek == UInt8(ascii: "\"") {
            let text = try string()
            guard let number = Int(text) else { throw Failure(place: "cik", reason: "expected a CIK number, found \"\(DataFileError.clip(text))\"") }
            return number
        }
        guard let number = try number(path: "cik"), number == number.rounded(), abs(number) < 1e15 else {
            throw Failure(place: "cik", reason: "expected a CIK number")
        }
        return Int(number)
    }

    mutating func taxonomies(wanted: [String: Set<String>]) throws -> [String: [String: [String: [CompanyFactsFile.Fact]]]] {
        var result: [String: [String: [String: [CompanyFactsFile.Fact]]]] = [:]
        try expectObject(path: "facts")
        try object(path: "facts") { scanner, taxonomy in
            guard let names = wanted[taxonomy] else { return try scanner.skipValue() }
            let path = "facts.\(taxonomy)"
            try scanner.expectObject(path: path)
            var concepts: [String: [String: [CompanyFactsFile.Fact]]] = [:]
            try scanner.object(path: path) { scanner, name in
                guard names.contains(name) else { return try scanner.skipValue() }
                concepts[name] = try scanner.concept(path: "\(path).\(name)")
            }
            result[taxonomy] = concepts
        }
        return result
    }

    /// A concept's `units`: facts by unit.
    mutating func concept(path: String) throws -> [String: [CompanyFactsFile.Fact]] {
        try expectObject(path: path)
        var units: [String: [CompanyFactsFile.Fact]]?
        try object(path: path) { scanner, key in
            guard key == "units" else { return try scanner.skipValue() }
            let unitsPath = "\(path).units"
            try scanner.expectObject(path: unitsPath)
            var byUnit: [String: [CompanyFactsFile.Fact]] = [:]
            try scanner.object(path: unitsPath) { scanner, unit in
                byUnit[unit] = try scanner.facts(path: "\(unitsPath).\(unit)")
            }
            units = byUnit
        }
        guard let units else { throw Failure(place: path, reason: "missing key \"units\"") }
        return units
    }

    mutating func facts(path: String) throws -> [CompanyFactsFile.Fact] {
        skipSpace()
        guard peek == UInt8(ascii: "[") else {
            try checkValue()
            throw Failure(place: path, reason: "expected an array, found another kind of value")
        }
        index += 1
        var facts: [CompanyFactsFile.Fact] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return facts
        }
        while true {
            facts.append(try fact(path: "\(path)[\(facts.count)]"))
            skipSpace()
            guard index < bytes.count else { throw truncated() }
            if peek == UInt8(ascii: ",") { index += 1; continue }
            guard peek == UInt8(ascii: "]") else { throw syntax("expected ',' or ']'") }
            index += 1
            return facts
        }
    }

    mutating func fact(path: String) throws -> CompanyFactsFile.Fact {
        try expectObject(path: path)
        var start: String?, end: String?, value: Double?, accession: String?, form: String?, filed: String?
        try object(path: path) { scanner, key in
            switch key {
            case "start": start = try scanner.stringValue(path: "\(path).start")
            case "end": end = try scanner.stringValue(path: "\(path).end")
            case "val":
                guard let number = try scanner.number(path: "\(path).val") else {
                    throw Failure(place: "\(path).val", reason: "expected a number, found null")
                }
                value = number
            case "accn": accession = try scanner.stringValue(path: "\(path).accn")
            case "form": form = try scanner.stringValue(path: "\(path).form")
            case "filed": filed = try scanner.stringValue(path: "\(path).filed")
            default: try scanner.skipValue()
            }
        }
        for (name, present) in [("end", end != nil), ("val", value != nil), ("accn", accession != nil), ("form", form != nil), ("filed", filed != nil)]
        where !present {
            throw Failure(place: path, reason: "missing key \"\(name)\"")
        }
        return CompanyFactsFile.Fact(start: start, end: end!, val: value!, accn: accession!, form: form!, filed: filed!)
    }

    // MARK: JSON pieces

    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func expectObject(path: String) throws {
        skipSpace()
        guard peek == UInt8(ascii: "{") else {
            try checkValue()
            throw Failure(place: path, reason: "expected an object, found another kind of value")
        }
    }

    /// Reads an object, handing each key to `member`, which must read the key's value. A key
    /// that appears twice is refused.
    mutating func object(path: String, _ member: (inout CompanyFactsScanner, String) throws -> Void) throws {
        skipSpace()
        index += 1
        var seen = Set<String>()
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipSpace()
            guard index < bytes.count else { throw truncated() }
            guard peek == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
            let key = try string()
            guard seen.insert(key).inserted else {
                throw Failure(place: path.isEmpty ? "top level" : path, reason: "the key \"\(DataFileError.clip(key))\" appears twice in one object")
            }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw index < bytes.count ? syntax("expected ':' after a key") : truncated() }
            index += 1
            skipSpace()
            guard index < bytes.count else { throw truncated() }
            try member(&self, key)
            skipSpace()
            guard index < bytes.count else { throw truncated() }
            if peek == UInt8(ascii: ",") { index += 1; continue }
            guard peek == UInt8(ascii: "}") else { throw syntax("expected ',' or '}'") }
            index += 1
            return
        }
    }

    /// A string value at `path` (another kind of value is refused, naming the path).
    mutating func stringValue(path: String) throws -> String {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else {
            try checkValue()
            throw Failure(place: path, reason: peek == UInt8(ascii: "n") ? "expected a string, found null" : "expected a string, found another kind of value")
        }
        return try string()
    }

    /// A string; `index` is at its opening quote.
    mutating func string() throws -> String {
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard escaped else {
                    guard let text = String(validating: raw, as: UTF8.self) else { throw syntax("not valid UTF-8 text", at: start) }
                    return text
                }
                return try unescape(Array(raw), at: start)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
                continue
            }
            if byte < 0x20 { throw syntax("a control character inside a string") }
            index += 1
        }
        throw truncated()
    }

    func unescape(_ raw: [UInt8], at offset: Int) throws -> String {
        // Rare in companyfacts (labels and descriptions, which are skipped): the strict reader does it.
        guard case .string(let text) = try? StrictJSON.parse([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")]) else {
            throw syntax("an invalid escape in a string", at: offset)
        }
        return text
    }

    /// A number value at `path`, or `nil` for `null`.
    mutating func number(path: String) throws -> Double? {
        skipSpace()
        if peek == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > start else {
            try checkValue()
            throw Failure(place: path, reason: "expected a number, found another kind of value")
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), StrictNumber.isJSONNumber(text) else { throw syntax("not a valid number", at: start) }
        return value
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw truncated() }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw syntax("not valid JSON here") }
        index += count
    }

    /// Checks that a value starts here (so a syntax error is reported as one, not as a wrong shape).
    mutating func checkValue() throws {
        guard index < bytes.count else { throw truncated() }
        switch peek {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return
        case let byte where Self.isNumberByte(byte): return
        default: throw syntax("not valid JSON here")
        }
    }

    /// Steps over a value without decoding it: strings to their closing quote, objects and
    /// arrays to their closing bracket.
    mutating func skipValue() throws {
        try checkValue()
        switch peek {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return }
                index += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            throw truncated()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                        index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    index += 1
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                default: break
                }
                index += 1
            }
            throw truncated()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number(path: "")
        }
    }

    func syntax(_ reason: String, at position: Int? = nil) -> Failure {
        Failure(place: JSONErrorLocation.lineColumn(bytes, offset: position ?? index), reason: reason)
    }

    func truncated() -> Failure {
        Failure(place: JSONErrorLocation.lineColumn(bytes, offset: bytes.count), reason: "the file ends in the middle of the JSON (truncated?)")
    }
}
