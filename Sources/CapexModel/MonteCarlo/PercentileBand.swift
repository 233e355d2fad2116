/// The 5th, 25th, 50th, 75th and 95th percentiles of one quantity (one year's revenue, gap or
/// cash across the Monte Carlo's paths), by name rather than by position.
public struct PercentileBand: Sendable, Hashable, Codable {
    public var p5: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double

    /// The percent levels, in the order of ``values``.
    public static let percents: [Double] = [5, 25, 50, 75, 95]

    public init(p5: Double, p25: Double, p50: Double, p75: Double, p95: Double) {
        self.p5 = p5
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
    }

    /// A band from values at ``percents`` (five of them).
    init(_ values: [Double]) {
        precondition(values.count == Self.percents.count, "a percentile band needs \(Self.percents.count) values")
        self.init(p5: values[0], p25: values[1], p50: values[2], p75: values[3], p95: values[4])
    }

    /// The values in the order of ``percents``.
    public var values: [Double] { [p5, p25, p50, p75, p95] }
}

/// How long a Monte Carlo run took, kept apart from its results (which do not depend on it).
public struct MonteCarloTiming: Sendable, Hashable {
    /// Seconds spent simulating paths.
    public var simulateSeconds: Double
    /// Seconds spent computing percentiles.
    public var percentileSeconds: Double
    /// Path-years simulated (paths x years), for the cost per path-year.
    public var pathYears: Int

    public var totalSeconds: Double { simulateSeconds + percentileSeconds }
    /// Nanoseconds per simulated path-year.
    public var nanosecondsPerPathYear: Double { totalSeconds / Double(max(1, pathYears)) * 1e9 }
}
