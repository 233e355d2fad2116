/// One-at-a-time sensitivity: each uncertain parameter at a low and a high value (its 5th and
/// 95th percentiles), every other parameter at its median, and the effect on the crossover
/// year and on the gap in a chosen year.
public struct TornadoBar: Sendable, Hashable {
    public var parameter: String
    public var low: Double
    public var high: Double
    /// Gap (USD billions) in the chosen year with the parameter at its low and high value.
    public var gapAtLow: Double
    public var gapAtHigh: Double
    /// Crossover year at the low and high value, `nil` when not by the horizon.
    public var crossoverAtLow: Int?
    public var crossoverAtHigh: Int?

    /// The width of the bar: how far the gap moves between the two values.
    public var gapSwing: Double { abs(gapAtHigh - gapAtLow) }
}

public enum Tornado {
    /// Bars for every parameter with a distribution, widest gap swing first.
    public static func bars(_ scenario: Scenario, year: Int) -> (base: Projection, bars: [TornadoBar]) {
        let base = Projector.project(scenario)
        func gap(_ projection: Projection) -> Double {
            projection.years.first { $0.year == year }?.gap ?? .nan
        }
        let bars = scenario.model.specs.compactMap { spec -> TornadoBar? in
            guard let parameter = scenario.parameters[spec.name], !parameter.distribution.isFixed else { return nil }
            let low = clamp(parameter.distribution.quantile(0.05), spec.range)
            let high = clamp(parameter.distribution.quantile(0.95), spec.range)
            let atLow = Projector.project(scenario.setting(spec.name, to: low))
            let atHigh = Projector.project(scenario.setting(spec.name, to: high))
            return TornadoBar(parameter: spec.name, low: low, high: high, gapAtLow: gap(atLow), gapAtHigh: gap(atHigh),
                              crossoverAtLow: atLow.crossoverYear, crossoverAtHigh: atHigh.crossoverYear)
        }
        return (base, bars.sorted { $0.gapSwing > $1.gapSwing })
    }

    static func clamp(_ value: Double, _ range: ParameterRange) -> Double {
        min(max(value, range.lower), range.upper ?? .infinity)
    }
}
