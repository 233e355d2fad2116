import CapexModel

/// The JSON of `simulate`: the keys of `../shared/bench/mc_numpy.py` (`final_year_gap`,
/// `final_year_cash`, `crossover.share_never`, `crossover.by_year`, ...) plus CapexGap's own,
/// with how long the run took apart, under `timing_s`.
extension SimulationResult: Encodable {
    public func encode(to encoder: any Encoder) throws {
        let summary = self.summary
        let years = summary.years
        var root = encoder.container(keyedBy: ResultKey.self)
        try root.encode("capexgap", forKey: ResultKey("impl"))
        try root.encode(summary.scenario, forKey: ResultKey("scenario"))
        try root.encode(summary.paths, forKey: ResultKey("paths"))
        try root.encode(years, forKey: ResultKey("years"))
        try root.encode(summary.seed, forKey: ResultKey("seed"))
        try root.encode(summary.threads, forKey: ResultKey("threads"))
        try root.encode(summary.baseYear, forKey: ResultKey("base_year"))
        try root.encode(summary.gap[years - 1], forKey: ResultKey("final_year_gap"))
        try root.encode(summary.cash[years - 1], forKey: ResultKey("final_year_cash"))
        try root.encode(summary.revenue[years - 1], forKey: ResultKey("final_year_revenue"))
        try root.encode(EventDistribution(summary: summary, counts: summary.crossoverCounts, probability: summary.crossoverProbability),
                        forKey: ResultKey("crossover"))
        try root.encode(EventDistribution(summary: summary, counts: summary.paybackCounts, probability: summary.paybackProbability),
                        forKey: ResultKey("payback"))
        try root.encode(BandColumns(bands: summary.gap), forKey: ResultKey("gap_by_year"))
        try root.encode(BandColumns(bands: summary.cash), forKey: ResultKey("cash_by_year"))
        try root.encode(BandColumns(bands: summary.revenue), forKey: ResultKey("revenue_by_year"))
        try root.encode((0..<years).map(summary.calendarYear), forKey: ResultKey("calendar_years"))
        var timing = root.nestedContainer(keyedBy: ResultKey.self, forKey: ResultKey("timing_s"))
        try timing.encode(self.timing.simulateSeconds, forKey: ResultKey("simulate"))
        try timing.encode(self.timing.percentileSeconds, forKey: ResultKey("percentiles"))
        try timing.encode(self.timing.totalSeconds, forKey: ResultKey("total"))
        try timing.encode(self.timing.nanosecondsPerPathYear, forKey: ResultKey("ns_per_path_year"))
    }

    /// `{"p5": [...], "p25": [...], ...}`: each percentile's values year by year.
    struct BandColumns: Encodable {
        var bands: [PercentileBand]

        func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ResultKey.self)
            try object.encode(bands.map(\.p5), forKey: ResultKey("p5"))
            try object.encode(bands.map(\.p25), forKey: ResultKey("p25"))
            try object.encode(bands.map(\.p50), forKey: ResultKey("p50"))
            try object.encode(bands.map(\.p75), forKey: ResultKey("p75"))
            try object.encode(bands.map(\.p95), forKey: ResultKey("p95"))
        }
    }

    /// When an event (crossover, payback) happened across the paths.
    struct EventDistribution: Encodable {
        var summary: MonteCarloSummary
        var counts: [Int]
        var probability: (Int) -> Double

        func encode(to encoder: any Encoder) throws {
            let years = 1...summary.years
            var object = encoder.container(keyedBy: ResultKey.self)
            try object.encode(counts[0], forKey: ResultKey("never_within_horizon"))
            try object.encode(Double(counts[0]) / Double(summary.paths), forKey: ResultKey("share_never"))
            try object.encode(Dictionary(uniqueKeysWithValues: years.map { (String($0), counts[$0]) }), forKey: ResultKey("by_year"))
            try object.encode(Dictionary(uniqueKeysWithValues: years.map { (String(summary.baseYear + $0), counts[$0]) }),
                              forKey: ResultKey("by_calendar_year"))
            try object.encode(Dictionary(uniqueKeysWithValues: years.map { (String(summary.baseYear + $0), probability(summary.baseYear + $0)) }),
                              forKey: ResultKey("probability_by_year"))
            try object.encode(MonteCarloSummary.medianYearIfReached(counts), forKey: ResultKey("median_year_if_crossed"))
        }
    }
}

/// The JSON of `solve`: the sentence and its numbers.
extension SolveResult: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ResultKey.self)
        try object.encode(result.parameter, forKey: ResultKey("parameter"))
        try object.encode(target.text, forKey: ResultKey("target"))
        try object.encode(result.sentence, forKey: ResultKey("sentence"))
        // The threshold when solved; otherwise the value that comes closest, if any.
        switch result.outcome {
        case .solved(let value, let atLeast):
            try object.encode(value, forKey: ResultKey("value"))
            try object.encode(atLeast, forKey: ResultKey("at_least"))
        default:
            try object.encode(result.bestValue, forKey: ResultKey("value"))
            try object.encodeNil(forKey: ResultKey("at_least"))
        }
        try object.encode(result.eventYear, forKey: ResultKey("event_year"))
        try object.encode(result.median, forKey: ResultKey("median"))
        try object.encode(result.lower, forKey: ResultKey("lower"))
        try object.encode(result.upper, forKey: ResultKey("upper"))
        try object.encode(result.horizon, forKey: ResultKey("horizon"))
        try object.encode(result.outcomeName, forKey: ResultKey("outcome"))
    }
}
