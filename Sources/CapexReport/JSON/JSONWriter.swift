import CapexData
import Foundation

/// Writes JSON text: object keys in natural order (`p5` before `p25`, `9` before `10`), two-space indentation,
/// `"key" : value`, whole numbers without a decimal point, other numbers in Swift's shortest
/// round-trip form, and `/` unescaped. The CLI's `--format json` and the API print the same
/// results through it, so their bytes agree.
public enum JSONWriter {
    /// The tree as JSON text ending in a newline.
    public static func text(_ value: JSONValue) -> String {
        var output = ""
        output.reserveCapacity(4_096)
        write(value, indent: 0, into: &output)
        return output + "\n"
    }

    /// An encodable result as JSON text.
    public static func text(encoding value: some Encodable) throws -> String {
        text(try ResultEncoder.encode(value))
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null:
            output += "null"
        case .string(let text):
            writeString(text, into: &output)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .integer(let number):
            output += String(number)
        case .unsigned(let number):
            output += String(number)
        case .number(let number):
            output += numberText(number)
        case .array(let array):
            guard !array.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in array.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(element, indent: indent + 2, into: &output)
                output += index == array.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let object):
            guard !object.isEmpty else { output += "{}"; return }
            output += "{\n"
            let keys = object.keys.sorted(by: naturalOrder)
            for (index, key) in keys.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                writeString(key, into: &output)
                output += " : "
                write(object[key]!, indent: indent + 2, into: &output)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Compares by Unicode scalars, except that runs of digits compare by their numeric value.
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        var i = 0, j = 0
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                var endA = i, endB = j
                while endA < a.count, isDigit(a[endA]) { endA += 1 }
                while endB < b.count, isDigit(b[endB]) { endB += 1 }
                let runA = String(String.UnicodeScalarView(a[i..<endA])).drop { $0 == "0" }
                let runB = String(String.UnicodeScalarView(b[j..<endB])).drop { $0 == "0" }
                if runA.count != runB.count { return runA.count < runB.count }
                if runA != runB { return runA < runB }
                i = endA
                j = endB
            } else {
                if a[i] != b[j] { return a[i].value < b[j].value }
                i += 1
                j += 1
            }
        }
        return a.count - i < b.count - j
    }

    /// A finite number as JSON (non-finite numbers have no JSON form and are written as null).
    static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
