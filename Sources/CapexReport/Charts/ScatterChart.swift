import CapexModel

/// A scatter of labelled points (an estimated point is hollow).
public struct ScatterChart: Sendable {
    public struct Point: Sendable {
        public var label: String
        public var x: Double
        public var y: Double
        public var evidence: EvidenceStatus
        public var group: Int

        public init(label: String, x: Double, y: Double, evidence: EvidenceStatus, group: Int = 0) {
            self.label = label
            self.x = x
            self.y = y
            self.evidence = evidence
            self.group = group
        }
    }

    public var frame: ChartFrame
    public var points: [Point]
    public var groups: [String]
    public var xFormat: @Sendable (Double) -> String
    public var yFormat: @Sendable (Double) -> String

    public init(frame: ChartFrame, points: [Point], groups: [String], xFormat: @escaping @Sendable (Double) -> String = { NumberText.grouped($0) },
                yFormat: @escaping @Sendable (Double) -> String = { NumberText.grouped($0) }) {
        self.frame = frame
        self.points = points
        self.groups = groups
        self.xFormat = xFormat
        self.yFormat = yFormat
    }

    public var svg: String {
        let plot = frame.plot
        let x = ChartScale(values: points.map(\.x), range: (plot.left + 8, plot.right - 8))
        let y = ChartScale(values: points.map(\.y), range: (plot.bottom, plot.top))
        var svg = SVGWriter()
        frame.begin(&svg, description: "\(points.count) points")
        frame.axes(&svg, x: x, y: y, xTicks: x.ticks().map { ($0, xFormat($0)) }, yFormat: yFormat)
        for point in points {
            let color = ChartFrame.color(point.group)
            let weak = point.evidence >= .estimated
            svg.element("circle", [("cx", SVGWriter.number(x.position(point.x))), ("cy", SVGWriter.number(y.position(point.y))),
                                   ("r", "5"), ("fill", weak ? "#ffffff" : color), ("stroke", color), ("stroke-width", "2"),
                                   ("class", "point")])
            svg.label(point.label, x: x.position(point.x) + 7, y: y.position(point.y) - 6, size: 10, fill: "#444")
        }
        frame.legend(&svg, groups.enumerated().map { ($0.element, $0.offset, .block) })
        frame.footer(&svg, evidenceNote: ChartFrame.evidenceKey)
        svg.close("svg")
        return svg.text
    }
}
