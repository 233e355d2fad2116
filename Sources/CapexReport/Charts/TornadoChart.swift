import CapexModel

/// A tornado: for each parameter, a horizontal bar from the output at its low value to the
/// output at its high value, around the output with every parameter at its median.
public struct TornadoChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var atLow: Double
        public var atHigh: Double

        public init(label: String, atLow: Double, atHigh: Double) {
            self.label = label
            self.atLow = atLow
            self.atHigh = atHigh
        }
    }

    public var frame: ChartFrame
    public var base: Double
    public var bars: [Bar]
    public var format: @Sendable (Double) -> String

    public init(frame: ChartFrame, base: Double, bars: [Bar], format: @escaping @Sendable (Double) -> String = { NumberText.grouped($0) }) {
        self.frame = frame
        self.base = base
        self.bars = bars
        self.format = format
    }

    public var svg: String {
        var plot = frame.plot
        plot.left = 190
        let x = ChartScale(values: bars.flatMap { [$0.atLow, $0.atHigh] } + [base], range: (plot.left, plot.right), includeZero: false)
        var svg = SVGWriter()
        frame.begin(&svg, description: "\(bars.count) parameters, widest effect first")
        let rowHeight = (plot.bottom - plot.top) / Double(max(1, bars.count))
        for tick in x.ticks() {
            let position = x.position(tick)
            svg.line(x1: position, y1: plot.top, x2: position, y2: plot.bottom, style: "stroke:#e3e3e3;stroke-width:1")
            svg.label(format(tick), x: position, y: plot.bottom + 16, anchor: "middle", size: 11, fill: "#555")
        }
        for (index, bar) in bars.enumerated() {
            let top = plot.top + rowHeight * Double(index) + rowHeight * 0.18
            let height = rowHeight * 0.64
            let low = x.position(bar.atLow)
            let high = x.position(bar.atHigh)
            let center = x.position(base)
            svg.rect(x: min(low, center), y: top, width: abs(center - low), height: height, fill: ChartFrame.color(0),
                     extra: [("class", "bar-low")])
            svg.rect(x: min(high, center), y: top, width: abs(high - center), height: height, fill: ChartFrame.color(1),
                     extra: [("class", "bar-high")])
            svg.label(bar.label, x: plot.left - 8, y: top + height / 2 + 4, anchor: "end", size: 11, fill: "#333")
        }
        let center = x.position(base)
        svg.line(x1: center, y1: plot.top, x2: center, y2: plot.bottom, style: "stroke:#222;stroke-width:1.5")
        svg.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, style: "stroke:#888;stroke-width:1")
        svg.label(frame.xLabel, x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: "middle", size: 12, fill: "#333")
        frame.legend(&svg, [("parameter at its 5th percentile", 0, .block), ("at its 95th percentile", 1, .block)])
        frame.footer(&svg, evidenceNote: "Line: every parameter at its median. Values are scenario results.")
        svg.close("svg")
        return svg.text
    }
}
