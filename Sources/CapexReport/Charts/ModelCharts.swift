import CapexModel
import CapexService

/// The charts of model results (gap models, projection, Monte Carlo, sensitivity) that the
/// dashboard and the report both show. Model outputs are scenario values: they are drawn
/// hatched, dashed or hollow.
public enum ModelCharts {
    /// Each gap model's revenue needed a year on the same actual capex, against the AI revenue
    /// observed, USD billions.
    public static func gapByModel(_ comparison: GapComparison) -> BarChart {
        let revenue = comparison.aiRevenue.figure
        return BarChart(
            frame: ChartFrame(title: "Revenue needed a year on FY\(comparison.capex.fiscalYear) capex, by model, vs AI revenue",
                              xLabel: "Gap model (first preset, capex from filings)", yLabel: "USD billions a year",
                              source: "capex: \(comparison.capex.description); AI revenue: \(comparison.aiRevenue.source ?? "unresolved"); models: `capexgap gap compare`"),
            categories: comparison.rows.map { shortName($0.model.id) },
            series: [
                BarChart.Series(name: "Revenue needed a year", values: comparison.rows.map { ($0.required.value, $0.required.evidence) }),
                BarChart.Series(name: "AI revenue (estimate)", values: comparison.rows.map { _ in (revenue.value, revenue.evidence) }),
            ])
    }

    /// AI revenue (median and percentile bands of the Monte Carlo) against the revenue the
    /// build-out needs (the deterministic projection), USD billions.
    public static func revenueBands(_ summary: MonteCarloSummary, projection: Projection) -> LineChart {
        let years = (1...summary.years).map { Double(summary.baseYear + $0) }
        let median = LineChart.Series(name: "AI revenue, median", points: zip(years, summary.revenue).map { ($0, $1.p50, .scenario) })
        let needed = LineChart.Series(name: "Revenue needed (medians)", points: projection.years.map {
            (Double($0.year), $0.requiredRevenue, .scenario)
        })
        return LineChart(
            frame: ChartFrame(title: "AI revenue vs revenue needed, scenario \(summary.scenario)", xLabel: "Year",
                              yLabel: "USD billions a year", source: sourceLine(summary)),
            series: [median, needed],
            bands: [LineChart.Band(name: "AI revenue p5-p95", x: years, lower: summary.revenue.map { $0.p5 }, upper: summary.revenue.map { $0.p95 }, color: 0, opacity: 0.15),
                    LineChart.Band(name: "p25-p75", x: years, lower: summary.revenue.map { $0.p25 }, upper: summary.revenue.map { $0.p75 }, color: 0, opacity: 0.25)])
    }

    /// The gap (revenue needed minus AI revenue) per year: median and percentile bands; below
    /// zero, revenue covers the cost.
    public static func gapBands(_ summary: MonteCarloSummary) -> LineChart {
        let years = (1...summary.years).map { Double(summary.baseYear + $0) }
        return LineChart(
            frame: ChartFrame(title: "The gap per year, scenario \(summary.scenario) (below zero: revenue covers the cost)", xLabel: "Year",
                              yLabel: "USD billions a year", source: sourceLine(summary)),
            series: [LineChart.Series(name: "Gap, median", points: zip(years, summary.gap).map { ($0, $1.p50, .scenario) })],
            bands: [LineChart.Band(name: "p5-p95", x: years, lower: summary.gap.map { $0.p5 }, upper: summary.gap.map { $0.p95 }, color: 0, opacity: 0.15),
                    LineChart.Band(name: "p25-p75", x: years, lower: summary.gap.map { $0.p25 }, upper: summary.gap.map { $0.p75 }, color: 0, opacity: 0.25)])
    }

    /// Share of paths whose crossover (and payback) falls in each year, and the share that
    /// never reaches it within the horizon.
    public static func crossoverDistribution(_ summary: MonteCarloSummary) -> BarChart {
        let total = Double(max(1, summary.paths))
        func shares(_ counts: [Int]) -> [(value: Double?, evidence: EvidenceStatus)] {
            (1...summary.years).map { (Double(counts[$0]) / total, .scenario) } + [(Double(counts[0]) / total, .scenario)]
        }
        return BarChart(
            frame: ChartFrame(title: "When revenue catches up: crossover and payback years, scenario \(summary.scenario)",
                              xLabel: "Year of crossover or payback (last bar: not within the horizon)", yLabel: "Share of paths (%)",
                              source: sourceLine(summary)),
            categories: (1...summary.years).map { String((summary.baseYear + $0) % 100 < 10 ? "'0" : "'") + String((summary.baseYear + $0) % 100) } + ["never"],
            series: [BarChart.Series(name: "Crossover (revenue covers the year's cost)", values: shares(summary.crossoverCounts)),
                     BarChart.Series(name: "Payback (cumulative cash positive)", values: shares(summary.paybackCounts))],
            yFormat: { NumberText.percent($0, digits: 0) })
    }

    /// The gap in `year` with each parameter at its 5th and 95th percentile, widest first.
    public static func tornado(_ bars: [TornadoBar], base: Projection, year: Int) -> TornadoChart {
        let baseGap = base.years.first { $0.year == year }?.gap ?? .nan
        return TornadoChart(
            frame: ChartFrame(title: "Which assumption matters most: the gap in \(year), scenario \(base.scenario)", xLabel: "Gap in \(year), USD billions",
                              yLabel: "", source: "scenario \(base.scenario) parameters and their cited ranges; `capexgap sensitivity`"),
            base: baseGap,
            bars: bars.map { TornadoChart.Bar(label: $0.parameter, atLow: $0.gapAtLow, atHigh: $0.gapAtHigh) })
    }

    static func sourceLine(_ summary: MonteCarloSummary) -> String {
        "Monte Carlo of scenario \(summary.scenario), \(NumberText.grouped(Double(summary.paths))) paths, seed \(summary.seed); parameters cited in scenarios/\(summary.scenario).toml"
    }

    public static func shortName(_ id: String) -> String {
        switch id {
        case "tco": "TCO"
        default: id.prefix(1).uppercased() + id.dropFirst()
        }
    }
}
