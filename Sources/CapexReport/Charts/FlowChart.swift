import CapexModel

/// A flow (Sankey) chart: nodes in columns, each as tall as its value, joined by bands as wide
/// as the flows between them. A flow of estimated or scenario values is drawn lighter.
public struct FlowChart: Sendable {
    public struct Node: Sendable, Hashable {
        public var id: String
        public var label: String
        public var column: Int
        public var value: Double

        public init(id: String, label: String, column: Int, value: Double) {
            self.id = id
            self.label = label
            self.column = column
            self.value = value
        }
    }

    public struct Link: Sendable, Hashable {
        public var from: String
        public var to: String
        public var value: Double
        public var evidence: EvidenceStatus

        public init(from: String, to: String, value: Double, evidence: EvidenceStatus) {
            self.from = from
            self.to = to
            self.value = value
            self.evidence = evidence
        }
    }

    public var frame: ChartFrame
    public var nodes: [Node]
    public var links: [Link]
    public var columnTitles: [String]

    public init(frame: ChartFrame, nodes: [Node], links: [Link], columnTitles: [String]) {
        self.frame = frame
        self.nodes = nodes
        self.links = links
        self.columnTitles = columnTitles
    }

    /// Where each node is drawn: its column's x, its top and its height.
    func layout() -> [String: (x: Double, top: Double, height: Double)] {
        let plot = frame.plot
        let columns = (nodes.map(\.column).max() ?? 0) + 1
        let gap = 10.0
        let usable = plot.right - plot.left - 150
        var result: [String: (x: Double, top: Double, height: Double)] = [:]
        // One scale (points per unit of value) for every column: the fullest column fills the height.
        var columnScales: [Double] = []
        for column in 0..<columns {
            let members = nodes.filter { $0.column == column }
            let total: Double = members.reduce(0) { $0 + $1.value }
            let gaps: Double = gap * Double(max(0, members.count - 1))
            let space: Double = plot.bottom - plot.top - gaps
            if total > 0 { columnScales.append(space / total) }
        }
        let scale = columnScales.min() ?? 0
        let step: Double = usable / Double(max(1, columns - 1))
        for column in 0..<columns {
            var top = plot.top
            let x: Double = plot.left - 50 + step * Double(column)
            for node in nodes where node.column == column {
                let height = max(1, node.value * scale)
                result[node.id] = (x, top, height)
                top += height + gap
            }
        }
        return result
    }

    public var svg: String {
        let plot = frame.plot
        let positions = layout()
        var svg = SVGWriter()
        frame.begin(&svg, description: "flows from \(nodes.filter { $0.column == 0 }.map(\.label).joined(separator: ", ")) through \(nodes.count) nodes")
        let nodeWidth = 14.0
        var outOffset: [String: Double] = [:]
        var inOffset: [String: Double] = [:]
        let scale: Double = {
            guard let first = nodes.first(where: { $0.value > 0 }), let position = positions[first.id] else { return 0 }
            return position.height / first.value
        }()
        svg.open("g", [("class", "links")])
        for link in links {
            guard let from = positions[link.from], let to = positions[link.to] else { continue }
            let width = link.value * scale
            let y0 = from.top + (outOffset[link.from] ?? 0) + width / 2
            let y1 = to.top + (inOffset[link.to] ?? 0) + width / 2
            outOffset[link.from, default: 0] += width
            inOffset[link.to, default: 0] += width
            let x0 = from.x + nodeWidth, x1 = to.x
            let middle = (x0 + x1) / 2
            let weak = link.evidence >= .estimated
            let colorIndex = nodes.firstIndex { $0.id == link.to } ?? 0
            svg.element("path", [("d", "M\(SVGWriter.number(x0)) \(SVGWriter.number(y0)) C\(SVGWriter.number(middle)) \(SVGWriter.number(y0)) \(SVGWriter.number(middle)) \(SVGWriter.number(y1)) \(SVGWriter.number(x1)) \(SVGWriter.number(y1))"),
                                 ("fill", "none"), ("stroke", ChartFrame.color(colorIndex)), ("stroke-opacity", weak ? "0.28" : "0.5"),
                                 ("stroke-width", SVGWriter.number(max(1, width))), ("class", "link"),
                                 ("data-from", link.from), ("data-to", link.to), ("data-value", SVGWriter.number(link.value))])
        }
        svg.close("g")
        for (index, node) in nodes.enumerated() {
            guard let position = positions[node.id] else { continue }
            svg.rect(x: position.x, y: position.top, width: nodeWidth, height: position.height, fill: ChartFrame.color(index),
                     extra: [("class", "node"), ("data-id", node.id), ("data-value", SVGWriter.number(node.value))])
            svg.label("\(node.label) \(NumberText.grouped(node.value, digits: node.value < 10 ? 1 : 0))",
                      x: position.x + nodeWidth + 5, y: position.top + position.height / 2 + 4, size: 11, fill: "#222",
                      extra: [("class", "node-label")])
        }
        let columns = (nodes.map(\.column).max() ?? 0) + 1
        for column in 0..<min(columns, columnTitles.count) {
            guard let node = nodes.first(where: { $0.column == column }), let position = positions[node.id] else { continue }
            svg.label(columnTitles[column], x: position.x, y: plot.top - 6, size: 11, weight: "600", fill: "#444")
        }
        frame.legend(&svg, [])
        frame.footer(&svg, evidenceNote: "Flows drawn lighter are estimated (published shares) or scenario values; widths are proportional to USD.")
        svg.close("svg")
        return svg.text
    }
}
