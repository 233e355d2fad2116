import CapexModel

/// What `capexgap` prints with no arguments: each hyperscaler's latest fiscal year, the peer
/// set's total, and how combined capex changed since a base year.
public struct Headline: Sendable {
    public var latest: [CapitalIntensityRow]
    public var total: Figure
    public var totalRevenue: Figure
    public var baseYear: PeerYear?
    public var lastFullYear: PeerYear?
    public var bands: RegimeBands
    /// Lines on the gap and the projected crossover, when the caller computed them.
    public var outlook: [String] = []

    /// - Parameters:
    ///   - companyYears: all fiscal years of the peer set's members.
    ///   - baseYear: the fiscal year to compare combined capex with (FY2015 by default).
    public init(peerSet: PeerSet, companyYears: [CompanyYear], bands: RegimeBands, baseYear: Int = 2015) {
        let rows = CapitalIntensityRow.rows(for: companyYears, definition: .cash, bands: bands)
        latest = peerSet.members.compactMap { member in
            rows.last { $0.year.company.cik == member.cik && $0.capex.isResolved && $0.year[.revenue].isResolved }
        }
        total = .sum(latest.map(\.capex))
        totalRevenue = .sum(latest.map { $0.year[.revenue] })
        let peerYears = peerSet.years(from: companyYears, definition: .cash)
        self.baseYear = peerYears.first { $0.fiscalYear == baseYear && $0.capex.isResolved }
        lastFullYear = peerYears.last { $0.capex.isResolved }
        self.bands = bands
    }

    public var table: Table {
        var table = Table(title: "AI capex vs revenue: the hyperscalers' latest fiscal years", columns: [
            .text("ticker", "Ticker"),
            .text("company", "Company"),
            .number("fiscal_year", "FY", style: .plain),
            .text("period_end", "Period end", machineOnly: true),
            .figure("revenue_usd_m", "Revenue $M", style: .millions),
            .figure("capex_usd_m", "Capex $M", style: .millions),
            .figure("capex_intensity", "Capex/Rev", style: .percent),
            .text("regime_band", "Band"),
        ])
        for row in latest {
            table.append([
                .text(row.year.company.displayTicker), .text(row.year.company.name), .integer(row.year.fiscalYear),
                .text(row.year.periodEnd), .figure(row.year[.revenue]), .figure(row.capex), .figure(row.capexIntensity),
                .text(row.regime.label),
            ])
        }
        let intensity = Figure.ratio(total, totalRevenue)
        table.append([
            .text("Total"), .text("peer set, latest fiscal years"), .integer(nil), .text(nil),
            .figure(totalRevenue), .figure(total), .figure(intensity), .text(bands.place(intensity).label),
        ])
        table.notes = [CompaniesTable.bandsNote(bands)] + changeLines + outlook + [
            "Figures: company 10-K filings and earnings releases (E rows: cited secondary sources); `capexgap sources` lists them.",
            "Deeper: capexgap companies | peers | essay | sources | gap compare | project | simulate (each --format table|csv|json|markdown) | solve; --help",
        ]
        return table
    }

    /// How combined capex changed between the base year and the last complete year.
    var changeLines: [String] {
        guard let base = baseYear, let last = lastFullYear, let from = base.capex.value, let to = last.capex.value, from > 0 else {
            return []
        }
        let evidence = EvidenceStatus.weakest([base.capex.evidence, last.capex.evidence])
        return ["Combined capex: FY\(base.fiscalYear) \(NumberText.billions(fromMillions: from)) -> FY\(last.fiscalYear) "
            + "\(NumberText.billions(fromMillions: to)), \(NumberText.fixed(to / from, digits: 1))x "
            + "(\(NumberText.percent(base.weightedIntensity.value ?? .nan, digits: 1)) -> "
            + "\(NumberText.percent(last.weightedIntensity.value ?? .nan, digits: 1)) of revenue) \(evidence.mark)."]
    }
}

extension Headline {
    /// The gap by Sequoia's formula on the latest actual capex, and the crossover year of a
    /// Monte Carlo run, in two lines.
    public static func outlook(comparison: GapComparison, simulation: MonteCarloSummary) -> [String] {
        var lines: [String] = []
        if let sequoia = comparison.rows.first(where: { $0.model.id == SequoiaModel.id }), let required = sequoia.required.value {
            lines.append("Gap: FY\(comparison.capex.fiscalYear) capex of \(NumberText.billions(fromMillions: (comparison.capex.usdBillions.value ?? .nan) * 1_000)) "
                + "needs \(NumberText.billions(fromMillions: required * 1_000)) of revenue a year by Sequoia's formula, against "
                + "~\(NumberText.billions(fromMillions: comparison.aiRevenue.value * 1_000, digits: 0)) of AI revenue (`capexgap gap compare`: other models).")
        }
        let counts = simulation.crossoverCounts
        let horizon = simulation.baseYear + simulation.years
        func year(atShare share: Double) -> String {
            let rank = Int((share * Double(simulation.paths - 1)).rounded(.down))
            var seen = 0
            for index in 1..<counts.count {
                seen += counts[index]
                if rank < seen { return String(simulation.baseYear + index) }
            }
            return "not by \(horizon)"
        }
        lines.append("Projected crossover (scenario \(simulation.scenario), \(simulation.paths) paths): median \(year(atShare: 0.5)), "
            + "90% range \(year(atShare: 0.05)) to \(year(atShare: 0.95)) (`capexgap simulate`).")
        return lines
    }
}
