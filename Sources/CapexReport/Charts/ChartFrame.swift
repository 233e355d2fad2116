import CapexModel

/// What every chart shows around its plot: a title a reader understands without the page, axis
/// labels with units, a legend, the data's source and how evidence is marked.
public struct ChartFrame: Sendable, Hashable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// Where the data comes from, printed under the chart.
    public var source: String
    public var width: Double = 760
    public var height: Double = 420
    /// Lines the legend takes (set by a chart from its entries; more lines lower the plot).
    var legendLines = 1

    public init(title: String, xLabel: String, yLabel: String, source: String, width: Double = 760, height: Double = 420) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.source = source
        self.width = width
        self.height = height
    }

    /// The plot area inside the margins.
    var plot: (left: Double, top: Double, right: Double, bottom: Double) {
        (74, 58 + 14 * Double(legendLines - 1), width - 24, height - 96)
    }

    static let palette = ["#1f5fa8", "#d9822b", "#2e8b57", "#b03a48", "#6b4fa0", "#7a7a7a", "#0f8fa0", "#a87f1f"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// Opens the SVG with its title, description, hatch patterns and background.
    func begin(_ svg: inout SVGWriter, description: String) {
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
                         ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)), ("role", "img"),
                         ("font-family", "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"),
                         ("class", "chart")])
        svg.element("title", [], content: title)
        svg.element("desc", [], content: description)
        svg.open("defs")
        for (index, color) in Self.palette.enumerated() {
            svg.raw("<pattern id=\"hatch\(index)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
                    + "<rect width=\"6\" height=\"6\" fill=\"\(color)\" fill-opacity=\"0.25\"/>"
                    + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"2.5\"/></pattern>")
        }
        svg.close("defs")
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        svg.label(title, x: 16, y: 26, size: 16, weight: "600", fill: "#111")
    }

    /// Axes with ticks and labels; `xTicks` gives each tick's value and text.
    func axes(_ svg: inout SVGWriter, x: ChartScale?, y: ChartScale, xTicks: [(Double, String)], yFormat: (Double) -> String) {
        let plot = self.plot
        svg.open("g", [("class", "axes")])
        for tick in y.ticks() {
            let position = y.position(tick)
            svg.line(x1: plot.left, y1: position, x2: plot.right, y2: position, style: "stroke:#e3e3e3;stroke-width:1")
            svg.label(yFormat(tick), x: plot.left - 6, y: position + 4, anchor: "end", size: 11, fill: "#555")
        }
        if let x {
            for (value, text) in xTicks {
                let position = x.position(value)
                svg.line(x1: position, y1: plot.bottom, x2: position, y2: plot.bottom + 4, style: "stroke:#888;stroke-width:1")
                svg.label(text, x: position, y: plot.bottom + 17, anchor: "middle", size: 11, fill: "#555")
            }
        }
        svg.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, style: "stroke:#888;stroke-width:1")
        svg.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, style: "stroke:#888;stroke-width:1")
        if y.domain.lower < 0, y.domain.upper > 0 {
            let zero = y.position(0)
            svg.line(x1: plot.left, y1: zero, x2: plot.right, y2: zero, style: "stroke:#555;stroke-width:1")
        }
        svg.label(xLabel, x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: "middle", size: 12, fill: "#333")
        svg.label(yLabel, x: 16, y: (plot.top + plot.bottom) / 2, anchor: "middle", size: 12, fill: "#333",
                  extra: [("transform", "rotate(-90 16 \(SVGWriter.number((plot.top + plot.bottom) / 2)))")])
        svg.close("g")
    }

    /// A one-line legend under the title: a swatch and a name per entry (`hatched` for
    /// estimated or scenario values).
    func legend(_ svg: inout SVGWriter, _ entries: [(name: String, color: Int, style: LegendStyle)]) {
        var x = 16.0
        var y = 44.0
        svg.open("g", [("class", "legend")])
        for entry in entries {
            let entryWidth = 32 + Double(entry.name.count) * 6.6
            if x > 16, x + entryWidth > width - 8 {
                x = 16
                y += 14
            }
            switch entry.style {
            case .line: svg.line(x1: x, y1: y - 4, x2: x + 18, y2: y - 4, style: "stroke:\(Self.color(entry.color));stroke-width:3")
            case .dashed: svg.line(x1: x, y1: y - 4, x2: x + 18, y2: y - 4, style: "stroke:\(Self.color(entry.color));stroke-width:3;stroke-dasharray:4 3")
            case .block: svg.rect(x: x, y: y - 10, width: 18, height: 10, fill: Self.color(entry.color))
            case .hatched: svg.rect(x: x, y: y - 10, width: 18, height: 10, fill: "url(#hatch\(entry.color % Self.palette.count))")
            case .band: svg.rect(x: x, y: y - 10, width: 18, height: 10, fill: Self.color(entry.color), extra: [("fill-opacity", "0.25")])
            }
            svg.label(entry.name, x: x + 24, y: y, size: 11, fill: "#333")
            x += entryWidth
        }
        svg.close("g")
    }

    /// The source line and the evidence key under the plot.
    func footer(_ svg: inout SVGWriter, evidenceNote: String) {
        let lines = Self.wrap("Source: " + source, width: Int((width - 32) / 5.4), lines: 2)
        for (index, line) in lines.enumerated() {
            svg.label(line, x: 16, y: height - 26 - 13 * Double(lines.count - 1 - index), size: 10.5, fill: "#555", extra: [("class", "source")])
        }
        svg.label(evidenceNote, x: 16, y: height - 11, size: 10.5, fill: "#777", extra: [("class", "evidence-note")])
    }

    /// `text` in at most `lines` lines of about `width` characters, broken at spaces; the last
    /// line ends in an ellipsis when the text is longer.
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                result.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { result.append(current) }
        guard result.count > lines else { return result }
        var kept = Array(result.prefix(lines))
        kept[lines - 1] = String(kept[lines - 1].prefix(max(1, width - 1))) + "…"
        return kept
    }

    /// The lines a legend of `names` takes across the chart's width.
    func legendLineCount(_ names: [String]) -> Int {
        var lines = 1
        var x = 16.0
        for name in names {
            let entryWidth = 32 + Double(name.count) * 6.6
            if x > 16, x + entryWidth > width - 8 {
                lines += 1
                x = 16
            }
            x += entryWidth
        }
        return lines
    }

    public enum LegendStyle: Sendable {
        case line, dashed, block, hatched, band
    }

    /// The evidence key of charts that mark estimates.
    static let evidenceKey = "Evidence: solid = reported or derived from filings; hatched, dashed or hollow = estimated (secondary source) or scenario."
}
