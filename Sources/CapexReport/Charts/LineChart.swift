import CapexModel

/// A line chart over years: series of points (an estimated or scenario point is drawn hollow,
/// and the segment into it dashed), optional shaded bands (percentile ranges) and horizontal
/// reference bands (e.g. the capital-intensity regimes).
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double, evidence: EvidenceStatus)]
        /// Palette index of the series' colour (its position when `nil`).
        public var color: Int?
        /// Each point's source, parallel to `points` (empty: none): a tooltip, and a link when it has an address.
        public var sources: [ChartSource?]

        public init(name: String, points: [(x: Double, y: Double, evidence: EvidenceStatus)], color: Int? = nil, sources: [ChartSource?] = []) {
            self.name = name
            self.points = points
            self.color = color
            self.sources = sources
        }
    }

    /// A shaded range between two curves.
    public struct Band: Sendable {
        public var name: String
        public var x: [Double]
        public var lower: [Double]
        public var upper: [Double]
        /// Index of the series whose colour the band takes.
        public var color: Int
        public var opacity: Double
        /// The band's source: a tooltip, and a link when it has an address.
        public var source: ChartSource?

        public init(name: String, x: [Double], lower: [Double], upper: [Double], color: Int, opacity: Double = 0.18, source: ChartSource? = nil) {
            self.name = name
            self.x = x
            self.lower = lower
            self.upper = upper
            self.color = color
            self.opacity = opacity
            self.source = source
        }
    }

    /// A labelled horizontal range across the plot.
    public struct ReferenceBand: Sendable {
        public var label: String
        public var lower: Double
        public var upper: Double

        public init(label: String, lower: Double, upper: Double) {
            self.label = label
            self.lower = lower
            self.upper = upper
        }
    }

    public var frame: ChartFrame
    public var series: [Series]
    public var bands: [Band] = []
    public var references: [ReferenceBand] = []
    /// Formats a y value for tick labels.
    public var yFormat: @Sendable (Double) -> String
    public var includeZero = true
    /// Label the x axis by quarter (`Jan 2026`, `Apr 2026`, ...) rather than by whole year, for
    /// x values that are dates as fractional years spanning a year or two.
    public var quarterTicks = false

    public init(frame: ChartFrame, series: [Series], bands: [Band] = [], references: [ReferenceBand] = [],
                includeZero: Bool = true, yFormat: @escaping @Sendable (Double) -> String = { NumberText.grouped($0) }) {
        self.frame = frame
        self.series = series
        self.bands = bands
        self.references = references
        self.includeZero = includeZero
        self.yFormat = yFormat
    }

    public var svg: String {
        var frame = self.frame
        frame.legendLines = frame.legendLineCount(series.map(\.name) + bands.map(\.name))
        let plot = frame.plot
        let xs: [Double] = series.flatMap { $0.points.map(\.x) } + bands.flatMap(\.x)
        var ys: [Double] = series.flatMap { $0.points.map(\.y) }
        ys += bands.flatMap { $0.lower + $0.upper }
        ys += references.flatMap { [$0.lower, $0.upper] }.filter { $0.isFinite }
        let x = ChartScale(exact: xs.min() ?? 0, xs.max() ?? 1, range: (plot.left + 8, plot.right - 8))
        let y = ChartScale(values: ys, range: (plot.bottom, plot.top), includeZero: includeZero)
        var svg = SVGWriter()
        frame.begin(&svg, description: "\(series.count) series over \(frame.xLabel.lowercased()): " + series.map(\.name).joined(separator: ", "))
        for reference in references {
            let top = y.position(min(reference.upper, y.domain.upper))
            let bottom = y.position(max(reference.lower, y.domain.lower))
            svg.rect(x: plot.left, y: top, width: plot.right - plot.left, height: bottom - top, fill: "#8a8a8a",
                     extra: [("fill-opacity", "0.08"), ("class", "reference")])
            svg.label(reference.label, x: plot.right - 4, y: top + 12, anchor: "end", size: 10, fill: "#777")
        }
        let xTicks = quarterTicks ? Self.quarterTicks(lower: x.domain.lower, upper: x.domain.upper)
            : Self.yearTicks(lower: x.domain.lower, upper: x.domain.upper).map { ($0, String(Int($0))) }
        frame.axes(&svg, x: x, y: y, xTicks: xTicks, yFormat: yFormat)
        for band in bands {
            let upper = zip(band.x, band.upper).map { (x.position($0), y.position($1)) }
            let lower = zip(band.x, band.lower).map { (x.position($0), y.position($1)) }.reversed()
            band.source?.open(&svg)
            svg.element("path", [("d", SVGWriter.path(upper + lower) + " Z"), ("fill", ChartFrame.color(band.color)),
                                 ("fill-opacity", SVGWriter.number(band.opacity)), ("class", "band")])
            band.source?.close(&svg)
        }
        for (index, item) in series.enumerated() {
            let color = ChartFrame.color(item.color ?? index)
            svg.open("g", [("class", "series"), ("data-name", item.name)])
            for (from, to) in zip(item.points, item.points.dropFirst()) {
                let weak = to.evidence >= .estimated || from.evidence >= .estimated
                svg.line(x1: x.position(from.x), y1: y.position(from.y), x2: x.position(to.x), y2: y.position(to.y),
                         style: "stroke:\(color);stroke-width:2.5" + (weak ? ";stroke-dasharray:5 4" : ""))
            }
            for (position, point) in item.points.enumerated() {
                let weak = point.evidence >= .estimated
                let source = position < item.sources.count ? item.sources[position] : nil
                source?.open(&svg)
                svg.element("circle", [("cx", SVGWriter.number(x.position(point.x))), ("cy", SVGWriter.number(y.position(point.y))),
                                       ("r", "3.5"), ("fill", weak ? "#ffffff" : color), ("stroke", color), ("stroke-width", "1.5")],
                            content: nil)
                source?.close(&svg)
            }
            svg.close("g")
        }
        frame.legend(&svg, series.enumerated().map { ($0.element.name, $0.element.color ?? $0.offset, .line) } + bands.map { ($0.name, $0.color, .band) })
        frame.footer(&svg, evidenceNote: ChartFrame.evidenceKey)
        svg.close("svg")
        return svg.text
    }

    /// Quarter starts between `lower` and `upper` (fractional years), labelled by month; every
    /// second quarter when there would be more than ten.
    static func quarterTicks(lower: Double, upper: Double) -> [(Double, String)] {
        let months = ["Jan", "Apr", "Jul", "Oct"]
        let first = Int((lower * 4).rounded(.up)), last = Int((upper * 4).rounded(.down))
        guard first <= last else { return [] }
        let step = last - first >= 10 ? 2 : 1
        return stride(from: first, through: last, by: step).map { quarter in
            let year = quarter >= 0 ? quarter / 4 : (quarter - 3) / 4
            return (Double(quarter) / 4, "\(months[quarter - year * 4]) \(year)")
        }
    }

    /// Whole years, at most about twelve labels.
    static func yearTicks(lower: Double, upper: Double) -> [Double] {
        let span = max(1, Int((upper - lower).rounded()))
        let step = max(1, Int((Double(span) / 12).rounded(.up)))
        return stride(from: Int(lower.rounded(.up)), through: Int(upper.rounded(.down)), by: step).map(Double.init)
    }
}
