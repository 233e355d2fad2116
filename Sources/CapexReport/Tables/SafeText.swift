import CapexModel

/// Neutralises what data carries into an output: a name or title imported from a file must not
/// drive a terminal, run a spreadsheet formula, or add markup to a Markdown page.
enum SafeText {
    /// `text` with every control character but tab and newline replaced by U+FFFD, so that
    /// escape sequences in data never reach a terminal.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    /// A CSV cell of text as a spreadsheet will read it as text: a cell that starts with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return (a formula to Excel, LibreOffice and Sheets) is
    /// prefixed with `'` (OWASP's rule), unless it is a plain number.
    static func csvCell(_ text: String) -> String {
        let clean = printable(text)
        guard let first = clean.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return clean }
        if (first == "-" || first == "+"), StrictNumber.parse(clean) != nil { return clean }
        return "'" + clean
    }

    /// Text for a Markdown document: HTML special characters as entities, so that an imported
    /// name can add no tag, and pipes and newlines kept inside the table cell.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in printable(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "\\|"
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
