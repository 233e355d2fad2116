import CapexModel
import CapexService

/// How capex guidance moved against what was then filed: one chart per year in which the
/// guided periods end.
public enum GuidanceCharts {
    /// A date as a fractional year (2026-07-01 is about 2026.5).
    static func fractionalYear(_ date: CalendarDate) -> Double {
        guard let january = CalendarDate(year: date.year, month: 1, day: 1) else { return Double(date.year) }
        return Double(date.year) + Double(date.days(since: january)) / 365.25
    }

    /// An announcement date: an ISO day, or a month (`2025-04`, drawn mid-month).
    static func announced(_ text: String) -> CalendarDate? {
        CalendarDate(iso: text) ?? CalendarDate(iso: text + "-15")
    }

    /// For each year in which guided periods end, a chart: each company-period's guidance at
    /// every revision (the midpoint of a range, hollow: what was said, not filed), and the capex
    /// filed for the period on the guidance's own definition at the period's end (filled), when
    /// all its quarters are filed. Each point links to its source.
    public static func revisions(_ result: GuidanceResult) -> [LineChart] {
        let byYear = Dictionary(grouping: result.rows) { $0.entry.end.year }
        return byYear.keys.sorted().compactMap { year -> LineChart? in
            let rows = byYear[year] ?? []
            let periods = Dictionary(grouping: rows) { "\($0.entry.company.displayTicker) \($0.entry.periodLabel)" }
            let series = periods.keys.sorted().compactMap { name -> LineChart.Series? in
                let revisions = (periods[name] ?? []).sorted { $0.entry.announced < $1.entry.announced }
                var points: [(x: Double, y: Double, evidence: EvidenceStatus)] = []
                var sources: [ChartSource?] = []
                for row in revisions {
                    guard let value = row.entry.midpoint, let date = announced(row.entry.announced) else { continue }
                    let range = [row.entry.low, row.entry.high].compactMap { $0 }.map { NumberText.grouped($0, digits: 1) }.joined(separator: "-")
                    points.append((x: fractionalYear(date), y: value, evidence: .estimated))
                    sources.append(ChartSource(text: "\(name) guidance said \(row.entry.announced): \(range.isEmpty ? NumberText.grouped(value, digits: 1) : range) $B "
                                               + "(\(row.entry.definition)). \(row.entry.source.title)", address: row.entry.source.url))
                }
                // Filed on the definition of the latest revision.
                guard let latest = revisions.last else { return nil }
                if let actual = latest.actual.value {
                    points.append((x: fractionalYear(latest.entry.end), y: actual, evidence: latest.actual.evidence))
                    let how = latest.fromAnnualReport ? "the fiscal year as filed in the annual report" : "the sum of its \(latest.quartersFiled) quarters"
                    sources.append(ChartSource(text: "\(name) filed: \(NumberText.grouped(actual, digits: 1)) $B, \(how) (\(latest.entry.capexDefinition.label))",
                                               address: nil))
                }
                guard !points.isEmpty else { return nil }
                return LineChart.Series(name: name, points: points, sources: sources)
            }
            guard !series.isEmpty else { return nil }
            var chart = LineChart(frame: ChartFrame(title: "Capex guidance for periods ending in \(year) vs filed",
                                               xLabel: "Date said (the last point: the period's end, filed)", yLabel: "USD billions",
                                               source: "company earnings calls, releases and filings (bundled guidance.csv); filed = the company's quarters summed, or its fiscal year as filed; hover a point for its source"),
                             series: series, includeZero: false, yFormat: { NumberText.grouped($0) })
            chart.quarterTicks = true
            return chart
        }
    }
}
