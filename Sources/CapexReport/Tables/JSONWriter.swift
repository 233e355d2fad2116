import Foundation

/// Writes JSON text: object keys in natural order (`p5` before `p25`, `9` before `10`), two-space indentation,
/// `"key" : value`, whole numbers without a decimal point, other numbers in Swift's shortest
/// round-trip form, and `/` unescaped.
///
/// Foundation's `JSONSerialization` sorts keys with a locale-aware comparison that costs more
/// than the rest of a table request together; this writer gives the same layout for the
/// values CapexGap produces (strings, numbers, booleans, null, arrays, dictionaries).
enum JSONWriter {
    static func text(_ value: Any) -> String {
        var output = ""
        output.reserveCapacity(4_096)
        write(value, indent: 0, into: &output)
        return output + "\n"
    }

    private static func write(_ value: Any, indent: Int, into output: inout String) {
        switch value {
        case is NSNull:
            output += "null"
        case let text as String:
            writeString(text, into: &output)
        case let flag as Bool:
            output += flag ? "true" : "false"
        case let number as Int:
            output += String(number)
        case let number as Int64:
            output += String(number)
        case let number as UInt64:
            output += String(number)
        case let number as Double:
            output += numberText(number)
        case let array as [Any]:
            guard !array.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in array.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(element, indent: indent + 2, into: &output)
                output += index == array.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case let object as [String: Any]:
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
        default:
            writeString(String(describing: value), into: &output)
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
