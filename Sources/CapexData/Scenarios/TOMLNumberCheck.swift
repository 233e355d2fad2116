import CapexModel

/// Holds a scenario file's numbers to the same rule as every other number CapexGap reads
/// (``StrictNumber``): TOML also allows hexadecimal, octal and binary integers, underscores
/// between digits, `inf` and `nan`, which a scenario has no use for and which hide mistakes.
/// This scans the text (outside strings and comments) for the values after `=` and reports
/// each one that is not a plain decimal number.
enum TOMLNumberCheck {
    static func problems(in text: String) -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var expectingValue = false
        // Open arrays ("[") and inline tables ("{"): in an array every token is a value; in a
        // table, a token is a value only after "=".
        var nesting: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
                if nesting.isEmpty { expectingValue = false }
                index += 1
            case UInt8(ascii: "[") where nesting.isEmpty && !expectingValue:
                // A table header: [scenario], [[array.of.tables]].
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                nesting.append(byte)
                expectingValue = byte == UInt8(ascii: "[")
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if !nesting.isEmpty { nesting.removeLast() }
                expectingValue = false
                index += 1
            case UInt8(ascii: ","):
                expectingValue = nesting.last == UInt8(ascii: "[")
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index = skipString(bytes, from: index, line: &line)
                expectingValue = false
            case UInt8(ascii: "="):
                expectingValue = true
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0D:
                index += 1
            default:
                let start = index
                while index < bytes.count, !" \t\r\n,]}#".utf8.contains(bytes[index]) { index += 1 }
                let token = String(decoding: bytes[start..<index], as: UTF8.self)
                if expectingValue, let first = token.unicodeScalars.first, isNumberStart(first), !isDateOrWord(token),
                   StrictNumber.parse(token) == nil {
                    problems.append(ScenarioProblem(line: line, key: "(number)",
                                                    message: "\(token) is not a plain decimal number (no hexadecimal, underscores, inf or nan)"))
                }
                expectingValue = nesting.last == UInt8(ascii: "[")
            }
        }
        return problems
    }

    /// A value that starts like a number: a digit, a sign, or `inf`/`nan`.
    static func isNumberStart(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "i" || scalar == "n"
    }

    /// `true`, `false` and dates are other kinds of values, checked by the reader.
    static func isDateOrWord(_ token: String) -> Bool {
        if token == "true" || token == "false" { return true }
        let parts = token.split(separator: "-")
        return parts.count >= 3 && parts[0].count == 4 && parts[0].allSatisfy(\.isNumber)
    }

    /// The index after the string starting at `start` (basic, literal, or multi-line).
    static func skipString(_ bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        let quote = bytes[start]
        let triple = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var index = start + (triple ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; if !triple { return index } }
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == quote {
                if !triple { return index + 1 }
                if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote { return index + 3 }
            }
            index += 1
        }
        return index
    }
}
