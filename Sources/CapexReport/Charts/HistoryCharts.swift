import Foundation
import CapexModel

/// The charts of the analogs and the value chain.
public enum HistoryCharts {
    /// The cycles on one metric against years since each began: yearly series as lines, a
    /// figure over a span of years as a flat segment, a range as a band (contested ranges say so).
    public static func analogs(_ comparison: AnalogComparison) -> LineChart {
        let cycleIDs = comparison.cycles.map(\.id)
        func color(_ cycle: AnalogCycle) -> Int { cycleIDs.firstIndex(of: cycle.id) ?? cycleIDs.count }
        var series: [LineChart.Series] = []
        var bands: [LineChart.Band] = []
        // Cycles are compared over their first quarter-century; later figures stay in the table.
        let placed = comparison.points.filter {
            guard let span = $0.yearsSinceStart else { return false }
            return !$0.cycle.id.hasSuffix("_benchmark") && span.last <= maximumYearOfCycle
        }
        let yearly = Dictionary(grouping: placed.filter { $0.value != nil && $0.firstYear == $0.lastYear }) { "\($0.cycle.id)|\($0.metric)|\($0.tier?.rawValue ?? "")" }
        for key in yearly.keys.sorted() {
            let points = (yearly[key] ?? []).sorted { ($0.firstYear ?? 0) < ($1.firstYear ?? 0) }
            guard let first = points.first else { continue }
            series.append(LineChart.Series(name: "\(first.cycle.label): \(seriesName(first))",
                                           points: points.map { (Double($0.yearsSinceStart!.first), $0.value!, $0.evidence) }, color: color(first.cycle),
                                           sources: points.map(chartSource)))
        }
        for point in placed where point.firstYear != point.lastYear || point.value == nil {
            let span = point.yearsSinceStart!
            let xs = span.first == span.last ? [Double(span.first) - 0.4, Double(span.last) + 0.4] : [Double(span.first), Double(span.last)]
            if let value = point.value {
                series.append(LineChart.Series(name: "\(point.cycle.label) \(point.periodText)", points: xs.map { ($0, value, point.evidence) },
                                               color: color(point.cycle), sources: xs.map { _ in chartSource(point) }))
            } else if let low = point.low, let high = point.high {
                // A contested single figure is a range of one value: give it a visible height.
                let pad = low == high ? 0.03 : 0
                bands.append(LineChart.Band(name: "\(point.cycle.label) \(point.periodText)\(point.contested ? " (contested)" : "")", x: xs,
                                            lower: [low - pad, low - pad], upper: [high + pad, high + pad], color: color(point.cycle),
                                            opacity: point.contested ? 0.12 : 0.25, source: chartSource(point)))
            }
        }
        let unplaced = comparison.points.count - placed.count
        let sources = Set(comparison.points.map(\.source)).count
        return LineChart(
            frame: ChartFrame(title: "Infrastructure cycles aligned: \(comparison.metric.label)", xLabel: "Years since the cycle began",
                              yLabel: comparison.metric == .investmentPctGDP ? "% of GDP" : "%",
                              source: "analogs.csv and gdp.csv (\(sources) sources; `capexgap analogs` lists each), peer-set capex from 10-K filings"
                                  + (unplaced > 0 ? "; \(unplaced) figures without a year, beyond year \(maximumYearOfCycle) or benchmarks are in the table only" : ""),
                              height: 460),
            series: series, bands: bands, yFormat: { NumberText.compact(($0 * 100).rounded() / 100) })
    }

    /// A point's tooltip (cycle, years, value or range, tier, source) and link.
    static func chartSource(_ point: AnalogPoint) -> ChartSource {
        let amount: String
        if let value = point.value {
            amount = NumberText.compact((value * 100).rounded() / 100)
        } else if let low = point.low, let high = point.high {
            amount = low == high ? NumberText.compact(low) : "\(NumberText.compact(low))-\(NumberText.compact(high))"
        } else {
            amount = "no value"
        }
        let tier = point.tier.map { "tier \($0.rawValue)" } ?? "computed"
        let text = "\(point.cycle.label) \(point.periodText): \(amount) \(point.unit)\(point.contested ? " (contested)" : "") (\(tier)). Source: \(point.source)"
        return ChartSource(text: text, address: point.sourceURL)
    }

    /// The last year of a cycle the chart shows.
    static let maximumYearOfCycle = 25

    static func seriesName(_ point: AnalogPoint) -> String {
        switch point.metric {
        case "peer_capex_pct_us_gdp": "peer-set capex / US GDP (computed)"
        case "digital_infrastructure_investment_pct_us_gdp": "BEA digital infrastructure / US GDP (computed)"
        case "peer_capex_pct_revenue": "peer-set capex / revenue (computed)"
        default: point.metric.replacingOccurrences(of: "_", with: " ") + " (tier \(point.tier?.rawValue ?? ""))"
        }
    }

    /// The value chain as a flow chart: capex into categories, categories into supplier layers.
    public static func valueChain(_ chain: ValueChain) -> FlowChart {
        let total = chain.capex.value ?? 0
        var nodes: [FlowChart.Node] = [FlowChart.Node(id: "capex", label: "Capex", column: 0, value: total)]
        var links: [FlowChart.Link] = []
        for flow in chain.flows {
            let id = "category:" + flow.category.name
            nodes.append(FlowChart.Node(id: id, label: ValueChain.label(flow.category.name), column: 1, value: flow.amount.value ?? 0))
            links.append(FlowChart.Link(from: "capex", to: id, value: flow.amount.value ?? 0, evidence: flow.amount.evidence))
            links.append(FlowChart.Link(from: id, to: "layer:" + flow.category.layer, value: flow.amount.value ?? 0, evidence: flow.amount.evidence))
        }
        for layer in chain.layers {
            nodes.append(FlowChart.Node(id: "layer:" + layer.name, label: ValueChain.label(layer.name), column: 2, value: layer.amount.value ?? 0))
        }
        return FlowChart(
            frame: ChartFrame(title: "Where each capex dollar goes: \(chain.scheme.id) split, supplier layers", xLabel: "",
                              yLabel: "", source: "capex: \(chain.capexLabel); split: capex_mix.csv \(chain.scheme.id); layers: value_chain_layers.csv",
                              height: 460),
            nodes: nodes, links: links, columnTitles: ["Capex (USD billions)", "Category", "Supplier layer"])
    }
}
