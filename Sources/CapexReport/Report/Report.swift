/// A document of sections, each with prose, charts and tables, rendered as one self-contained
/// HTML file or as Markdown with the charts as SVG files beside it.
public struct Report: Sendable {
    /// A chart with a file-friendly name (used for the Markdown's SVG files).
    public struct Chart: Sendable {
        public var name: String
        public var svg: String

        public init(name: String, svg: String) {
            self.name = name
            self.svg = svg
        }
    }

    public struct Section: Sendable {
        public var id: String
        public var heading: String
        /// Paragraphs of plain text.
        public var paragraphs: [String]
        public var charts: [Chart]
        public var tables: [Table]

        public init(id: String, heading: String, paragraphs: [String] = [], charts: [Chart] = [], tables: [Table] = []) {
            self.id = id
            self.heading = heading
            self.paragraphs = paragraphs
            self.charts = charts
            self.tables = tables
        }
    }

    public var title: String
    /// A line under the title: when and from which database the report was made.
    public var subtitle: String
    public var sections: [Section]

    public init(title: String, subtitle: String, sections: [Section]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// One HTML file: inline CSS, inline SVG charts, no script and no external request.
    public var html: String {
        var body = "<h1>\(HTMLText.escape(title))</h1><p class=\"lead\">\(HTMLText.escape(subtitle))</p>"
        body += "<nav class=\"toc\"><b>Contents</b><ol>" + sections.map {
            "<li><a href=\"#\(HTMLText.escape($0.id))\">\(HTMLText.escape($0.heading))</a></li>"
        }.joined() + "</ol></nav>" + HTMLDocument.evidenceKey
        for section in sections {
            body += "<section id=\"\(HTMLText.escape(section.id))\"><h2>\(HTMLText.escape(section.heading))</h2>"
            body += section.paragraphs.map { "<p>\(HTMLText.escape($0))</p>" }.joined()
            if !section.charts.isEmpty {
                body += "<div class=\"charts\">" + section.charts.map { HTMLDocument.chart($0.svg) }.joined() + "</div>"
            }
            body += section.tables.map { HTMLTableRenderer(table: $0, sortable: false).render() }.joined()
            body += "</section>"
        }
        return HTMLDocument(title: title, body: body).html
    }

    /// Markdown text whose images point at `chartFolder/NN-name.svg`, and those files' contents.
    public func markdown(chartFolder: String) -> (text: String, charts: [(file: String, svg: String)]) {
        var lines = ["# \(title)", "", subtitle, ""]
        var files: [(file: String, svg: String)] = []
        lines += sections.enumerated().map { "\($0.offset + 1). [\($0.element.heading)](#\($0.element.id))" }
        lines.append("")
        for section in sections {
            lines += ["<a id=\"\(section.id)\"></a>", "", "## \(section.heading)", ""]
            for paragraph in section.paragraphs { lines += [paragraph, ""] }
            for chart in section.charts {
                let file = "\(chartFolder)/\(String(format2: files.count + 1))-\(chart.name).svg"
                files.append((file, chart.svg))
                lines += ["![\(chart.name)](\(file))", ""]
            }
            for table in section.tables { lines += [TableRenderer.render(table, as: .markdown), ""] }
        }
        return (lines.joined(separator: "\n"), files)
    }
}

extension String {
    /// A number with at least two digits: `01`, `12`.
    init(format2 number: Int) {
        self = number < 10 ? "0\(number)" : String(number)
    }
}
