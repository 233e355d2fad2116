import CapexModel

/// A strict JSON reader (RFC 8259) into a ``JSONValue``: a duplicate key in an object, a
/// number that overflows a double, nesting deeper than ``maximumDepth`` and trailing content
/// are refused, each with the line and column where it was found.
///
/// ```swift
/// let body = try StrictJSON.parse(Array(#"{"parameters": {"gross_margin": 0.6}}"#.utf8))
/// body["parameters"]?["gross_margin"]     // .number(0.6)
/// ```
public enum StrictJSON {
    public static let maximumDepth = 64

    /// Why a document was refused, and where.
    public struct Failure: Error, CustomStringConvertible, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var reason: String
        public var description: String { "line \(line), column \(column): \(reason)" }
    }

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.failure("unexpected content after the JSON value") }
        return value
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        func failure(_ reason: String, at position: Int? = nil) -> Failure {
            let end = min(position ?? index, bytes.count)
            var line = 1, column = 1
            for byte in bytes[..<end] {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return Failure(line: line, column: column, reason: reason)
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func expect(_ literal: String, _ value: JSONValue) throws -> JSONValue {
            let word = Array(literal.utf8)
            guard index + word.count <= bytes.count, Array(bytes[index..<(index + word.count)]) == word else {
                throw failure("expected a JSON value")
            }
            index += word.count
            return value
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < maximumDepth else { throw failure("nested more than \(maximumDepth) levels deep") }
            guard index < bytes.count else { throw failure("the document ends where a value was expected (truncated?)") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try expect("true", .bool(true))
            case UInt8(ascii: "f"): return try expect("false", .bool(false))
            case UInt8(ascii: "n"): return try expect("null", .null)
            default: return try number()
            }
        }

        mutating func object(depth: Int) throws -> JSONValue {
            index += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
                let keyStart = index
                let key = try string()
                guard members[key] == nil else { throw failure("the key \"\(key)\" appears twice in one object", at: keyStart) }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
                index += 1
                skipSpace()
                members[key] = try value(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw failure("the document ends inside an object (truncated?)") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
                index += 1
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            index += 1
            var elements: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw failure("the document ends inside an array (truncated?)") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == UInt8(ascii: "]") else { throw failure("expected ',' or ']'") }
                index += 1
                return .array(elements)
            }
        }

        mutating func string() throws -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var run = index
            func flush(_ end: Int) {
                if end > run { scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flush(index)
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw failure("a control character inside a string") }
                if byte == UInt8(ascii: "\\") {
                    flush(index)
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw failure("an unpaired surrogate in a \\u escape") }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw failure("an invalid \\u escape") }
                        scalars.append(scalar)
                    default:
                        throw failure("an invalid escape \\\(Character(Unicode.Scalar(escape)))")
                    }
                    run = index
                    continue
                }
                index += 1
            }
            throw failure("the document ends inside a string (truncated?)")
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                throw failure("expected four hexadecimal digits after \\u")
            }
            index += 4
            return value
        }

        mutating func number() throws -> JSONValue {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < bytes.count, StrictNumber.isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart else { throw failure("expected a JSON value", at: start) }
            guard !(bytes[digitsStart] == UInt8(ascii: "0") && index - digitsStart > 1) else { throw failure("a number with a leading zero", at: start) }
            var isInteger = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                let fraction = index
                while index < bytes.count, StrictNumber.isDigit(bytes[index]) { index += 1 }
                guard index > fraction else { throw failure("a number with no digits after its decimal point", at: start) }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                let exponent = index
                while index < bytes.count, StrictNumber.isDigit(bytes[index]) { index += 1 }
                guard index > exponent else { throw failure("a number with an empty exponent", at: start) }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let integer = Int64(text) { return .integer(integer) }
            guard let double = Double(text), double.isFinite else { throw failure("the number \(text) is too large", at: start) }
            return .number(double)
        }
    }
}

extension JSONValue {
    /// The number this value holds (an integer or a double), or `nil` for any other kind:
    /// `true` is not a number.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .unsigned(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The text this value holds, or `nil`.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
