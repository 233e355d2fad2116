/// The AI build-out against the historical cycles on one metric, aligned on years since each
/// cycle began: the published figures (contested ones as ranges), the series CapexGap computes
/// (shares of US GDP from BEA investment and the peer set's capex; the peer set's capex
/// intensity), and a summary in plain words.
public struct AnalogComparison: Sendable {
    public var metric: AnalogMetric
    public var cycles: [AnalogCycle]
    /// Cycle by cycle (in ``cycles``' order, then reference bands), oldest year first.
    public var points: [AnalogPoint]
    public var summary: [String]

    /// - Parameters:
    ///   - analogs: the rows of the analogs data.
    ///   - gdp: nominal GDP rows (US in USD billions).
    ///   - peerYears: the AI peer set's sums per fiscal year (USD millions).
    public init(metric: AnalogMetric, cycles: [AnalogCycle], analogs: [Observation], gdp: [Observation], peerYears: [PeerYear]) {
        self.metric = metric
        self.cycles = cycles
        func cycle(_ id: String) -> AnalogCycle {
            cycles.first { $0.id == id } ?? AnalogCycle(id: id, label: id.underscoresAsSpaces, startYear: 0,
                                                         basis: "a reference band, not a cycle: no alignment")
        }
        var points = analogs.filter { metric.dataMetrics.contains($0.measure) }.map { AnalogPoint.from($0, cycle: cycle($0.subject)) }
        let usGDP = Self.usGDP(gdp)
        switch metric {
        case .investmentPctGDP:
            points += Self.telecomShareOfGDP(analogs, gdp: usGDP, cycle: cycle(AnalogCycle.telecomID))
            points += Self.peerShareOfGDP(peerYears, gdp: usGDP, cycle: cycle(AnalogCycle.aiID))
        case .capexPctRevenue:
            points += peerYears.compactMap { year in
                guard let value = year.weightedIntensity.value else { return nil }
                return AnalogPoint(cycle: cycle(AnalogCycle.aiID), metric: "peer_capex_pct_revenue", firstYear: year.fiscalYear,
                                   lastYear: year.fiscalYear, value: value * 100, low: nil, high: nil, unit: "pct", tier: nil,
                                   evidence: year.weightedIntensity.evidence, contested: false,
                                   source: "CapexGap: the peer set's capex / revenue, from 10-K filings (capexgap peers)", note: nil)
            }
        case .utilisation:
            break
        }
        let order = cycles.map(\.id)
        self.points = points.sorted { lhs, rhs in
            let left = order.firstIndex(of: lhs.cycle.id) ?? order.count, right = order.firstIndex(of: rhs.cycle.id) ?? order.count
            if left != right { return left < right }
            if lhs.cycle.id != rhs.cycle.id { return lhs.cycle.id < rhs.cycle.id }
            return (lhs.firstYear ?? .max, lhs.metric) < (rhs.firstYear ?? .max, rhs.metric)
        }
        summary = AnalogSummary.lines(metric: metric, points: self.points, analogs: analogs)
    }

    /// US nominal GDP by year (USD billions) and the row's source.
    static func usGDP(_ gdp: [Observation]) -> [Int: (value: Double, source: Source)] {
        var result: [Int: (value: Double, source: Source)] = [:]
        for row in gdp where row.subject == "US" && row.unit == "USD_b" {
            if let year = Int(row.period), let value = row.value { result[year] = (value, row.source) }
        }
        return result
    }

    /// BEA gross investment in digital infrastructure as a share of US GDP, per year.
    static func telecomShareOfGDP(_ analogs: [Observation], gdp: [Int: (value: Double, source: Source)], cycle: AnalogCycle) -> [AnalogPoint] {
        analogs.filter { $0.subject == AnalogCycle.telecomID && $0.measure == "digital_infrastructure_investment_usd_m" }.compactMap { row in
            guard let year = Int(row.period), let investment = row.value, let output = gdp[year]?.value, output > 0 else { return nil }
            return AnalogPoint(cycle: cycle, metric: "digital_infrastructure_investment_pct_us_gdp", firstYear: year, lastYear: year,
                               value: investment / 1_000 / output * 100, low: nil, high: nil, unit: "pct_gdp", tier: nil,
                               evidence: .derived(from: [EvidenceStatus.estimated]), contested: false,
                               source: "CapexGap: \(row.source.title) / US GDP (BEA, gdp.csv)", sourceURL: row.source.url,
                               note: "all US information-industry infrastructure investment, not the fibre build-out alone")
        }
    }

    /// The peer set's capex (fiscal years, worldwide) as a share of US GDP (calendar years).
    /// Each point links to its year's GDP source (the capex is the filings', listed by `capexgap peers`).
    static func peerShareOfGDP(_ years: [PeerYear], gdp: [Int: (value: Double, source: Source)], cycle: AnalogCycle) -> [AnalogPoint] {
        years.compactMap { year in
            guard let capex = year.capex.value, let row = gdp[year.fiscalYear], row.value > 0 else { return nil }
            let output = row.value
            let gdpURL = row.source.url
            return AnalogPoint(cycle: cycle, metric: "peer_capex_pct_us_gdp", firstYear: year.fiscalYear, lastYear: year.fiscalYear,
                               value: capex / 1_000 / output * 100, low: nil, high: nil, unit: "pct_gdp", tier: nil,
                               evidence: .derived(from: [year.capex.evidence, .estimated]), contested: false,
                               source: "CapexGap: peer-set capex from 10-K filings (capexgap peers) / US GDP (BEA, gdp.csv)", sourceURL: gdpURL,
                               note: "fiscal-year capex of \(year.members.map(\.displayTicker).joined(separator: ", ")), spent worldwide, against calendar-year US GDP")
        }
    }
}

extension String {
    /// `telecom_benchmark` -> `telecom benchmark`.
    var underscoresAsSpaces: String { String(map { $0 == "_" ? " " : $0 }) }
}
