import CapexModel

/// A bar chart of categories: grouped (one bar per series) or stacked. A bar whose value is
/// estimated or a scenario is hatched.
public struct BarChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var values: [(value: Double?, evidence: EvidenceStatus)]

        public init(name: String, values: [(value: Double?, evidence: EvidenceStatus)]) {
            self.name = name
            self.values = values
        }
    }

    public var frame: ChartFrame
    public var categories: [String]
    public var series: [Series]
    public var stacked: Bool
    public var yFormat: @Sendable (Double) -> String

    public init(frame: ChartFrame, categories: [String], series: [Series], stacked: Bool = false,
                yFormat: @escaping @Sendable (Double) -> String = { NumberText.grouped($0) }) {
        self.frame = frame
        self.categories = categories
        self.series = series
        self.stacked = stacked
        self.yFormat = yFormat
    }

    public var svg: String {
        let plot = frame.plot
        var values: [Double] = []
        for index in categories.indices {
            let column = series.compactMap { $0.values.indices.contains(index) ? $0.values[index].value : nil }
            if stacked {
                values.append(column.filter { $0 > 0 }.reduce(0, +))
                values.append(column.filter { $0 < 0 }.reduce(0, +))
            } else {
                values += column
            }
        }
        let y = ChartScale(values: values, range: (plot.bottom, plot.top))
        var svg = SVGWriter()
        frame.begin(&svg, description: "\(categories.count) categories, \(series.count) series: " + series.map(\.name).joined(separator: ", "))
        frame.axes(&svg, x: nil, y: y, xTicks: [], yFormat: yFormat)
        let slot = (plot.right - plot.left) / Double(max(1, categories.count))
        let groupWidth = slot * 0.72
        let barWidth = stacked ? groupWidth : groupWidth / Double(max(1, series.count))
        for (index, category) in categories.enumerated() {
            let start = plot.left + slot * Double(index) + (slot - groupWidth) / 2
            var positive = 0.0
            var negative = 0.0
            for (seriesIndex, item) in series.enumerated() {
                guard item.values.indices.contains(index), let value = item.values[index].value else { continue }
                let weak = item.values[index].evidence >= .estimated
                let fill = weak ? "url(#hatch\(seriesIndex % ChartFrame.palette.count))" : ChartFrame.color(seriesIndex)
                let x = stacked ? start : start + barWidth * Double(seriesIndex)
                let base = stacked ? (value >= 0 ? positive : negative) : 0
                let top = y.position(max(base, base + value))
                let bottom = y.position(min(base, base + value))
                svg.rect(x: x + 1, y: top, width: barWidth - 2, height: bottom - top, fill: fill,
                         extra: [("class", "bar"), ("data-series", item.name), ("data-value", SVGWriter.number(value))])
                if stacked { if value >= 0 { positive += value } else { negative += value } }
            }
            svg.label(category, x: start + groupWidth / 2, y: plot.bottom + 16, anchor: "middle", size: 11, fill: "#555")
        }
        frame.legend(&svg, series.enumerated().map { ($0.element.name, $0.offset, .block) })
        svg.label(frame.xLabel, x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: "middle", size: 12, fill: "#333")
        frame.footer(&svg, evidenceNote: ChartFrame.evidenceKey)
        svg.close("svg")
        return svg.text
    }
}
