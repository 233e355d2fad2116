import CapexModel
import Foundation

/// The charts of reported figures that the dashboard and the report both show.
public enum FilingsCharts {
    /// Where the filings charts' data comes from.
    static let filingsSource = "company 10-K filings (SEC EDGAR) and earnings releases, bundled dataset; `capexgap sources` lists each"

    /// The peer set's combined capex and revenue per fiscal year, USD billions.
    public static func capexVersusRevenue(_ years: [PeerYear], peerSet: PeerSet) -> LineChart {
        let complete = years.filter { $0.capex.isResolved && $0.revenue.isResolved }
        func series(_ name: String, _ figure: (PeerYear) -> Figure) -> LineChart.Series {
            LineChart.Series(name: name, points: complete.compactMap { year in
                figure(year).value.map { (x: Double(year.fiscalYear), y: $0 / 1_000, evidence: figure(year).evidence) }
            })
        }
        let members = peerSet.members.map(\.displayTicker).joined(separator: ", ")
        return LineChart(
            frame: ChartFrame(title: "Hyperscaler capex vs revenue, combined (\(members))", xLabel: "Fiscal year",
                              yLabel: "USD billions", source: filingsSource),
            series: [series("Revenue", \.revenue), series("Capex (purchases of property and equipment)", \.capex)],
            yFormat: { NumberText.grouped($0) })
    }

    /// Each company's capex as a share of revenue per fiscal year, over the regime bands.
    public static func intensityByCompany(_ rows: [CapitalIntensityRow], bands: RegimeBands) -> LineChart {
        let byCompany = Dictionary(grouping: rows.filter { $0.capexIntensity.isResolved }, by: \.year.company.displayTicker)
        let series = byCompany.keys.sorted().map { ticker in
            LineChart.Series(name: ticker, points: (byCompany[ticker] ?? []).map {
                (x: Double($0.year.fiscalYear), y: $0.capexIntensity.value ?? 0, evidence: $0.capexIntensity.evidence)
            })
        }
        return LineChart(
            frame: ChartFrame(title: "Capex intensity by company against the regime bands", xLabel: "Fiscal year",
                              yLabel: "Capex / revenue (%)", source: filingsSource + "; bands: " + bandSources(bands)),
            series: series, references: references(bands), yFormat: { NumberText.percent($0, digits: 0) })
    }

    /// One company's revenue and capex per fiscal year, USD billions (grouped bars).
    public static func companyHistory(_ rows: [CapitalIntensityRow]) -> BarChart {
        let name = rows.first.map { "\($0.year.company.name) (\($0.year.company.displayTicker))" } ?? "Company"
        func values(_ figure: (CapitalIntensityRow) -> Figure) -> [(value: Double?, evidence: EvidenceStatus)] {
            rows.map { (figure($0).value.map { $0 / 1_000 }, figure($0).evidence) }
        }
        return BarChart(
            frame: ChartFrame(title: "\(name): revenue and capex by fiscal year", xLabel: "Fiscal year",
                              yLabel: "USD billions", source: filingsSource),
            categories: rows.map { "FY\($0.year.fiscalYear % 100 < 10 ? "0" : "")\($0.year.fiscalYear % 100)" },
            series: [BarChart.Series(name: "Revenue", values: values { $0.year[.revenue] }),
                     BarChart.Series(name: "Capex", values: values(\.capex))])
    }

    /// One company's capex intensity per fiscal year over the regime bands.
    public static func companyIntensity(_ rows: [CapitalIntensityRow], bands: RegimeBands) -> LineChart {
        var chart = intensityByCompany(rows, bands: bands)
        let ticker = rows.first?.year.company.displayTicker ?? "Company"
        chart.frame.title = "\(ticker): capex intensity against the regime bands"
        return chart
    }

    /// Latest fiscal year per company: capex intensity against capex / D&A.
    public static func intensityScatter(_ latest: [CapitalIntensityRow]) -> ScatterChart {
        let missing = latest.filter { !$0.capexIntensity.isResolved || !$0.capexToDepreciation.isResolved }
            .map { "\($0.year.company.displayTicker) FY\($0.year.fiscalYear)" }
        let points = latest.compactMap { row -> ScatterChart.Point? in
            guard let x = row.capexIntensity.value, let y = row.capexToDepreciation.value else { return nil }
            return ScatterChart.Point(label: "\(row.year.company.displayTicker) FY\(row.year.fiscalYear)", x: x, y: y,
                                      evidence: EvidenceStatus.weakest([row.capexIntensity.evidence, row.capexToDepreciation.evidence]))
        }
        return ScatterChart(
            frame: ChartFrame(title: "Latest fiscal year: capex intensity vs capex over depreciation", xLabel: "Capex / revenue (%)",
                              yLabel: "Capex / D&A (x)",
                              source: filingsSource + (missing.isEmpty ? "" : "; not shown, no D&A figure: " + missing.joined(separator: ", "))),
            points: points, groups: ["Company, latest fiscal year"],
            xFormat: { NumberText.percent($0, digits: 0) }, yFormat: { NumberText.fixed($0, digits: 1) + "x" })
    }

    /// The screen: capex intensity against revenue on a log scale (x = log10 of revenue in USD
    /// millions, labelled in dollars), the hyperscaler peer set highlighted.
    public static func screenScatter(_ rows: [ScreenRow]) -> ScatterChart {
        let points = rows.compactMap { row -> ScatterChart.Point? in
            guard let revenue = row.revenue.value, revenue > 0, let intensity = row.intensity.value else { return nil }
            return ScatterChart.Point(label: row.ticker ?? row.entity, x: log10(revenue), y: intensity * 100,
                                      evidence: EvidenceStatus.weakest([row.revenue.evidence, row.capex.evidence]), group: row.isPeer ? 1 : 0)
        }
        return ScatterChart(
            frame: ChartFrame(title: "Capex intensity against revenue (log scale), the hyperscalers highlighted", xLabel: "Revenue (log scale)",
                              yLabel: "Capex / revenue (%)", source: "SEC companyfacts (the bulk archive loaded with `capexgap screen`) and the curated filings"),
            points: points, groups: ["Filer", "Hyperscaler peer set"],
            xFormat: { logMillions in
                // Ticks at powers of ten: $1M, $10M, ... $0.1B, $1B, $10B, ...
                let millions = pow(10, logMillions)
                return millions < 100 ? "$" + NumberText.grouped(millions, digits: 0) + "M" : NumberText.billions(fromMillions: millions, digits: millions < 1_000 ? 1 : 0)
            }, yFormat: { NumberText.fixed($0, digits: 0) + "%" })
    }

    static func references(_ bands: RegimeBands) -> [LineChart.ReferenceBand] {
        bands.bands.map { LineChart.ReferenceBand(label: "\($0.label) \($0.rangeText)", lower: $0.lower, upper: $0.upper ?? .infinity) }
    }

    static func bandSources(_ bands: RegimeBands) -> String {
        Array(Set(bands.bands.map(\.source.title))).sorted().joined(separator: "; ")
    }
}
