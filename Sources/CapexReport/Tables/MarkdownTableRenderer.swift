import Foundation

/// A GitHub-flavoured Markdown table with the same cells as the text table.
struct MarkdownTableRenderer {
    let table: Table

    func render() -> String {
        let layout = TableLayout(table: table)
        var lines: [String] = []
        if let title = table.title { lines += ["### \(escape(title))", ""] }
        lines.append("| " + layout.columns.map { escape($0.title) }.joined(separator: " | ") + " |")
        lines.append("|" + layout.columns.map { $0.isRightAligned ? "---:|" : "---|" }.joined())
        for row in layout.rows {
            lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
        }
        if !layout.footer.isEmpty {
            lines.append("")
            lines += layout.footer.map { escape($0) + "  " }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func escape(_ text: String) -> String {
        SafeText.markdown(text)
    }
}
