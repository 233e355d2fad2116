import CapexModel
import Foundation

/// Aligned text columns for a terminal: numbers right-aligned with an evidence mark, citations
/// as footnote numbers listed under the table, optional ANSI colour.
struct TextTableRenderer {
    let table: Table
    let color: Bool

    func render() -> String {
        let layout = TableLayout(table: table)
        let wrapped = layout.rows.map { row in
            row.enumerated().map { index, text in Self.wrap(text, width: layout.columns[index].wrapWidth) }
        }
        let widths = layout.columns.indices.map { index in
            max(layout.columns[index].title.count, wrapped.map { $0[index].map(\.count).max() ?? 0 }.max() ?? 0)
        }
        var lines: [String] = []
        if let title = table.title { lines.append(style(SafeText.printable(title), .bold)) }
        lines.append(style(line(layout.columns.map(\.title), widths: widths, layout: layout), .bold))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (rowIndex, row) in wrapped.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var cells = row.enumerated().map { index, parts in
                    pad(lineIndex < parts.count ? parts[lineIndex] : "", to: widths[index], right: layout.columns[index].isRightAligned)
                }
                if color {
                    cells = cells.enumerated().map { index, text in colored(text, evidence: layout.evidence[rowIndex][index]) }
                }
                lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
            }
        }
        lines += layout.footer.map { style($0, .dim) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` broken at spaces into lines of at most `width` characters (longer words are cut).
    static func wrap(_ text: String, width: Int?) -> [String] {
        guard let width, width > 0, text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current += current.isEmpty ? word : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private func line(_ texts: [String], widths: [Int], layout: TableLayout) -> String {
        texts.enumerated().map { index, text in pad(text, to: widths[index], right: layout.columns[index].isRightAligned) }
            .joined(separator: "  ").trimmingTrailingSpaces()
    }

    private func pad(_ text: String, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    private enum Style: String {
        case bold = "1", dim = "2", yellow = "33", magenta = "35"
    }

    private func style(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func colored(_ text: String, evidence: EvidenceStatus?) -> String {
        switch evidence {
        case .estimated: style(text, .yellow)
        case .scenario: style(text, .magenta)
        case .unresolved: style(text, .dim)
        default: text
        }
    }
}

/// The text cells of a table as shown to a reader (text and Markdown): formatted numbers with
/// evidence marks, citations replaced by footnote numbers, machine-only columns dropped.
struct TableLayout {
    let columns: [TableColumn]
    let rows: [[String]]
    /// Evidence of each shown cell (for colour), `nil` for plain cells.
    let evidence: [[EvidenceStatus?]]
    /// Footnotes (`[1] ...`), then the table's notes.
    let footer: [String]

    init(table: Table) {
        let shown = table.columns.indices.filter { !table.columns[$0].machineOnly }
        columns = shown.map { table.columns[$0] }
        var citations: [String] = []
        var rows: [[String]] = []
        var evidence: [[EvidenceStatus?]] = []
        var usesMarks = false
        for row in table.rows {
            var texts: [String] = []
            var marks: [EvidenceStatus?] = []
            for index in shown {
                let column = table.columns[index]
                switch (column.kind, row[index]) {
                case (.citation, .text(let text)):
                    guard let text, !text.isEmpty else { texts.append(""); marks.append(nil); continue }
                    let numbers = text.components(separatedBy: " | ").map { citation -> Int in
                        if let found = citations.firstIndex(of: citation) { return found + 1 }
                        citations.append(citation)
                        return citations.count
                    }
                    texts.append(numbers.map { "[\($0)]" }.joined())
                    marks.append(nil)
                case (.number(_, let hasEvidence), .styledFigure(let figure, let style)),
                     (.number(let style, let hasEvidence), .figure(let figure)):
                    usesMarks = usesMarks || hasEvidence
                    let value = figure.value.map(style.text) ?? ""
                    texts.append(hasEvidence ? (value.isEmpty ? "-" : value) + " " + figure.evidence.mark : value)
                    marks.append(figure.evidence)
                case (.number(let style, _), .number(let number)):
                    texts.append(number.map(style.text) ?? column.missingText ?? "")
                    marks.append(nil)
                case (_, .bool(let flag)):
                    texts.append(flag.map { $0 ? "yes" : "no" } ?? column.missingText ?? "")
                    marks.append(nil)
                case (_, .text(let text)):
                    texts.append(text ?? column.missingText ?? "")
                    marks.append(nil)
                case (_, .number(let number)):
                    texts.append(number.map { NumberText.fixed($0, digits: 0) } ?? "")
                    marks.append(nil)
                case (_, .figure(let figure)), (_, .styledFigure(let figure, _)):
                    texts.append(figure.value.map { NumberText.grouped($0, digits: 2) } ?? "")
                    marks.append(figure.evidence)
                }
            }
            rows.append(texts.map(SafeText.printable))
            evidence.append(marks)
        }
        self.rows = rows
        self.evidence = evidence
        var footer: [String] = []
        if usesMarks { footer.append(Self.legend) }
        footer += citations.enumerated().map { "[\($0.offset + 1)] \($0.element)" }
        footer += table.notes
        self.footer = footer.map(SafeText.printable)
    }

    static let legend = "Evidence: R reported (filing)  D derived from reported figures  E estimated (secondary source)  S scenario  ? unresolved (input missing)"
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
