import CapexModel
import CapexService

/// `capexgap simulate`: percentile bands per year and the crossover and payback distributions,
/// as a table (the JSON is the result's own encoding: `mc_numpy.py`'s keys plus CapexGap's).
public enum SimulationReport {
    /// One projected year of a simulation.
    public struct Year: Sendable {
        public var year: Int
        public var revenue: PercentileBand
        public var gap: PercentileBand
        public var cash: PercentileBand
        public var crossoverProbability: Double
        public var paybackProbability: Double
    }

    /// The rows of a simulation, year by year.
    struct Rows: TabularResult {
        var rows: [Year]

        var fields: [Field<Year>] { Self.fieldList }
        static var schema: [FieldSchema] { fieldList.map(\.schema) }

        static let fieldList: [Field<Year>] = [
                .integer("year", "Year") { $0.year },
                .number("revenue_p5", "Rev p5", .decimal(0)) { $0.revenue.p5 },
                .number("revenue_p50", "Rev p50", .decimal(0)) { $0.revenue.p50 },
                .number("revenue_p95", "Rev p95", .decimal(0)) { $0.revenue.p95 },
                .number("gap_p5", "Gap p5", .decimal(0)) { $0.gap.p5 },
                .number("gap_p25", "Gap p25", .decimal(0)) { $0.gap.p25 },
                .number("gap_p50", "Gap p50", .decimal(0)) { $0.gap.p50 },
                .number("gap_p75", "Gap p75", .decimal(0)) { $0.gap.p75 },
                .number("gap_p95", "Gap p95", .decimal(0)) { $0.gap.p95 },
                .number("cash_p5", "Cash p5", .decimal(0)) { $0.cash.p5 },
                .number("cash_p50", "Cash p50", .decimal(0)) { $0.cash.p50 },
                .number("cash_p95", "Cash p95", .decimal(0)) { $0.cash.p95 },
                .number("p_crossover_by_year", "P(cross)", .percent) { $0.crossoverProbability },
                .number("p_payback_by_year", "P(payback)", .percent) { $0.paybackProbability },
                .number("revenue_p25", "Rev p25", .decimal(0), machineOnly: true) { $0.revenue.p25 },
                .number("revenue_p75", "Rev p75", .decimal(0), machineOnly: true) { $0.revenue.p75 },
                .number("cash_p25", "Cash p25", .decimal(0), machineOnly: true) { $0.cash.p25 },
                .number("cash_p75", "Cash p75", .decimal(0), machineOnly: true) { $0.cash.p75 },
            ]
    }

    /// The table, with `notes` said after its own (what a parameter was fixed from).
    public static func table(_ summary: MonteCarloSummary, notes extra: [String] = []) -> Table {
        let years = (0..<summary.years).map { index in
            let year = summary.calendarYear(index)
            return Year(year: year, revenue: summary.revenue[index], gap: summary.gap[index], cash: summary.cash[index],
                        crossoverProbability: summary.crossoverProbability(by: year), paybackProbability: summary.paybackProbability(by: year))
        }
        return Table(Rows(rows: years), title: "Monte Carlo of scenario \(summary.scenario): \(summary.paths) paths, seed \(summary.seed) (USD billions)", notes: [
            sentence("Crossover (AI revenue covers the year's cost of the build)", counts: summary.crossoverCounts, summary: summary),
            sentence("Payback (cumulative cash turns positive)", counts: summary.paybackCounts, summary: summary),
            "Percentiles are exact over all paths; the result is the same for this seed on any number of threads (\(summary.threads) used).",
        ] + extra)
    }

    static func sentence(_ label: String, counts: [Int], summary: MonteCarloSummary) -> String {
        let never = Double(counts[0]) / Double(summary.paths)
        guard let median = MonteCarloSummary.medianYearIfReached(counts) else {
            return "\(label): not by \(summary.baseYear + summary.years) on any path."
        }
        let year = summary.baseYear + Int(median.rounded())
        return "\(label): median \(year) among the paths that reach it; \(NumberText.percent(never, digits: 1)) of paths not by \(summary.baseYear + summary.years)."
    }
}
