import CapexModel

/// A ``Table`` as an HTML `<table>`: the same cells as the text table (formatted numbers with
/// evidence marks, citations as footnotes), with each cell's raw value in `data-value` so the
/// dashboard's script can sort by any column, a link on cells whose column names a web-address
/// column (``TableColumn/linkKey``), and an optional CSV download link.
public struct HTMLTableRenderer {
    public let table: Table
    /// Where the same table downloads as CSV (the API route with `format=csv`).
    public var csvURL: String?
    /// Whether headers sort the rows when clicked (the dashboard; not the report).
    public var sortable: Bool

    public init(table: Table, csvURL: String? = nil, sortable: Bool = true) {
        self.table = table
        self.csvURL = csvURL
        self.sortable = sortable
    }

    public func render() -> String {
        let layout = TableLayout(table: table)
        let shown = table.columns.indices.filter { !table.columns[$0].machineOnly }
        // For each shown column, the index of the column holding its cells' web addresses.
        let linkColumns = shown.map { index in table.columns[index].linkKey.flatMap { key in table.columns.firstIndex { $0.key == key } } }
        var html = "<figure class=\"table\">"
        if table.title != nil || csvURL != nil {
            html += "<figcaption>"
            if let title = table.title { html += "<span class=\"table-title\">\(HTMLText.escape(title))</span>" }
            if let csvURL { html += " <a class=\"download\" href=\"\(HTMLText.escape(csvURL))\" download=\"\">Download CSV</a>" }
            html += "</figcaption>"
        }
        html += "<div class=\"scroll\"><table\(sortable ? " class=\"sortable\"" : "")><thead><tr>"
        for column in layout.columns {
            let numeric = column.isRightAligned
            html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "") data-key=\"\(HTMLText.escape(column.key))\">\(HTMLText.escape(column.title))</th>"
        }
        html += "</tr></thead><tbody>"
        for (rowIndex, row) in layout.rows.enumerated() {
            html += "<tr>"
            for (position, text) in row.enumerated() {
                let column = layout.columns[position]
                let cell = table.rows[rowIndex][shown[position]]
                var classes: [String] = []
                if column.isRightAligned { classes.append("num") }
                if let evidence = layout.evidence[rowIndex][position] { classes.append("ev-\(evidence.rawValue)") }
                if case .citation = column.kind { classes.append("cite") }
                var attributes = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                if let value = Self.sortValue(cell) { attributes += " data-value=\"\(MachineValue.numberText(value))\"" }
                if let evidence = layout.evidence[rowIndex][position] { attributes += " title=\"\(evidence.rawValue)\"" }
                if let address = linkColumns[position].flatMap({ link(row: rowIndex, addressColumn: $0) }) {
                    html += "<td\(attributes)><a href=\"\(HTMLText.escape(address))\" rel=\"noreferrer\">\(HTMLText.escape(text))</a></td>"
                } else {
                    html += "<td\(attributes)>\(HTMLText.escape(text))</td>"
                }
            }
            html += "</tr>"
        }
        html += "</tbody></table></div>"
        if !layout.footer.isEmpty {
            html += "<ul class=\"notes\">" + layout.footer.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        }
        return html + "</figure>"
    }

    /// The web address a cell links to: the first one in its row's cell of `addressColumn`
    /// (the column its own column's ``TableColumn/linkKey`` names).
    func link(row: Int, addressColumn: Int) -> String? {
        guard case .text(let address) = table.rows[row][addressColumn] else { return nil }
        return WebAddress.first(in: address)
    }

    /// The raw number behind a cell, for sorting.
    static func sortValue(_ cell: Cell) -> Double? {
        switch cell {
        case .number(let value): value
        case .figure(let figure), .styledFigure(let figure, _): figure.value
        case .text, .bool: nil
        }
    }
}
