import CapexModel
import Foundation

/// `capexgap simulate`: percentile bands per year and the crossover and payback distributions,
/// as a table or as the JSON object of `../shared/bench/mc_numpy.py` (plus CapexGap's keys).
public enum SimulationReport {
    public static func table(_ summary: MonteCarloSummary) -> Table {
        var table = Table(title: "Monte Carlo of scenario \(summary.scenario): \(summary.paths) paths, seed \(summary.seed) (USD billions)", columns: [
            .number("year", "Year", style: .plain),
            .number("revenue_p5", "Rev p5", style: .decimal(0)),
            .number("revenue_p50", "Rev p50", style: .decimal(0)),
            .number("revenue_p95", "Rev p95", style: .decimal(0)),
            .number("gap_p5", "Gap p5", style: .decimal(0)),
            .number("gap_p25", "Gap p25", style: .decimal(0)),
            .number("gap_p50", "Gap p50", style: .decimal(0)),
            .number("gap_p75", "Gap p75", style: .decimal(0)),
            .number("gap_p95", "Gap p95", style: .decimal(0)),
            .number("cash_p5", "Cash p5", style: .decimal(0)),
            .number("cash_p50", "Cash p50", style: .decimal(0)),
            .number("cash_p95", "Cash p95", style: .decimal(0)),
            .number("p_crossover_by_year", "P(cross)", style: .percent),
            .number("p_payback_by_year", "P(payback)", style: .percent),
            .number("revenue_p25", "Rev p25", style: .decimal(0), machineOnly: true),
            .number("revenue_p75", "Rev p75", style: .decimal(0), machineOnly: true),
            .number("cash_p25", "Cash p25", style: .decimal(0), machineOnly: true),
            .number("cash_p75", "Cash p75", style: .decimal(0), machineOnly: true),
        ])
        for index in 0..<summary.years {
            let year = summary.baseYear + index + 1
            let revenue = summary.revenue[index], gap = summary.gap[index], cash = summary.cash[index]
            table.append([
                .integer(year), .number(revenue[0]), .number(revenue[2]), .number(revenue[4]),
                .number(gap[0]), .number(gap[1]), .number(gap[2]), .number(gap[3]), .number(gap[4]),
                .number(cash[0]), .number(cash[2]), .number(cash[4]),
                .number(summary.crossoverProbability(by: year)), .number(summary.paybackProbability(by: year)),
                .number(revenue[1]), .number(revenue[3]), .number(cash[1]), .number(cash[3]),
            ])
        }
        table.notes = [
            sentence("Crossover (AI revenue covers the year's cost of the build)", counts: summary.crossoverCounts, summary: summary),
            sentence("Payback (cumulative cash turns positive)", counts: summary.paybackCounts, summary: summary),
            "Percentiles are exact over all paths; the result is the same for this seed on any number of threads (\(summary.threads) used).",
        ]
        return table
    }

    static func sentence(_ label: String, counts: [Int], summary: MonteCarloSummary) -> String {
        let never = Double(counts[0]) / Double(summary.paths)
        guard let median = medianYearIfReached(counts) else {
            return "\(label): not by \(summary.baseYear + summary.years) on any path."
        }
        let year = summary.baseYear + Int(median.rounded())
        return "\(label): median \(year) among the paths that reach it; \(NumberText.percent(never, digits: 1)) of paths not by \(summary.baseYear + summary.years)."
    }

    /// The median year index (1...years) over the paths that reached the event, NumPy's way
    /// (the mean of the two middle values for an even count).
    static func medianYearIfReached(_ counts: [Int]) -> Double? {
        let total = counts.dropFirst().reduce(0, +)
        guard total > 0 else { return nil }
        func value(at rank: Int) -> Int {
            var seen = 0
            for index in 1..<counts.count {
                seen += counts[index]
                if rank < seen { return index }
            }
            return counts.count - 1
        }
        return total % 2 == 1 ? Double(value(at: total / 2)) : Double(value(at: total / 2 - 1) + value(at: total / 2)) / 2
    }

    /// The JSON object of `mc_numpy.py` (`final_year_gap`, `final_year_cash`, `crossover.share_never`,
    /// `crossover.by_year`, ...) plus CapexGap's own keys.
    public static func json(_ summary: MonteCarloSummary) -> String {
        let years = summary.years
        func percentiles(_ row: [Double]) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: zip(summary.percents, row).map { ("p\(Int($0.0))", $0.1 as Any) })
        }
        func bands(_ table: [[Double]]) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: summary.percents.enumerated().map { index, percent in
                ("p\(Int(percent))", table.map { $0[index] } as Any)
            })
        }
        func events(_ counts: [Int], probability: (Int) -> Double) -> [String: Any] {
            var object: [String: Any] = [
                "never_within_horizon": counts[0],
                "share_never": Double(counts[0]) / Double(summary.paths),
                "by_year": Dictionary(uniqueKeysWithValues: (1...years).map { (String($0), counts[$0] as Any) }),
                "by_calendar_year": Dictionary(uniqueKeysWithValues: (1...years).map { (String(summary.baseYear + $0), counts[$0] as Any) }),
                "probability_by_year": Dictionary(uniqueKeysWithValues: (1...years).map {
                    (String(summary.baseYear + $0), probability(summary.baseYear + $0) as Any)
                }),
            ]
            object["median_year_if_crossed"] = medianYearIfReached(counts) ?? NSNull()
            return object
        }
        let total = summary.simulateSeconds + summary.percentileSeconds
        let object: [String: Any] = [
            "impl": "capexgap",
            "scenario": summary.scenario,
            "paths": summary.paths, "years": years, "seed": summary.seed, "threads": summary.threads, "base_year": summary.baseYear,
            "timing_s": ["simulate": summary.simulateSeconds, "percentiles": summary.percentileSeconds, "total": total],
            "ns_per_path_year": total / Double(summary.paths * years) * 1e9,
            "final_year_gap": percentiles(summary.gap[years - 1]),
            "final_year_cash": percentiles(summary.cash[years - 1]),
            "final_year_revenue": percentiles(summary.revenue[years - 1]),
            "crossover": events(summary.crossoverCounts, probability: summary.crossoverProbability),
            "payback": events(summary.paybackCounts, probability: summary.paybackProbability),
            "gap_by_year": bands(summary.gap),
            "cash_by_year": bands(summary.cash),
            "revenue_by_year": bands(summary.revenue),
            "calendar_years": (1...years).map { summary.baseYear + $0 },
        ]
        return TableRenderer.jsonText(object)
    }
}
