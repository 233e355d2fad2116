/// An observed range for one revenue stream in one year, and what it is built from.
public struct CalibrationTarget: Sendable, Hashable {
    /// `consumer`, `enterprise`, `api`, `internal` or `total`.
    public var stream: String
    public var year: Int
    /// USD billions a year.
    public var low: Double
    public var high: Double
    /// The observations, with their tiers.
    public var observations: String
    /// How the range follows from them.
    public var derivation: String

    public init(stream: String, year: Int, low: Double, high: Double, observations: String, derivation: String) {
        self.stream = stream
        self.year = year
        self.low = low
        self.high = high
        self.observations = observations
        self.derivation = derivation
    }

    /// The streams a projection year holds, by name.
    public static let streams = ["consumer", "enterprise", "api", "internal", "total"]

    /// The projection's value of the stream (USD billions).
    public static func value(of stream: String, in year: ProjectionYear) -> Double? {
        switch stream {
        case "consumer": year.consumerRevenue
        case "enterprise": year.enterpriseRevenue
        case "api": year.apiRevenue
        case "internal": year.internalRevenue
        case "total": year.revenue
        default: nil
        }
    }
}

/// A scenario's first projected year set against the observations.
public struct CalibrationCheck: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// Within the observed range.
        case inside
        /// Outside it, and the scenario says why (`[calibration]`).
        case departs
        /// Outside it without a reason.
        case outside
        /// The scenario does not project that year.
        case notProjected = "not projected"
    }

    public var target: CalibrationTarget
    /// The deterministic projection's value (parameters at their medians), USD billions.
    public var model: Double?
    public var status: Status
    /// The scenario's reason for departing, when it gives one.
    public var reason: String?

    /// Checks `projection` (of a scenario with `departures`) against each target.
    public static func checks(_ projection: Projection, targets: [CalibrationTarget], departures: [String: String]) -> [CalibrationCheck] {
        targets.map { target in
            guard let year = projection.years.first(where: { $0.year == target.year }),
                  let value = CalibrationTarget.value(of: target.stream, in: year) else {
                return CalibrationCheck(target: target, model: nil, status: .notProjected, reason: nil)
            }
            let inside = value >= target.low && value <= target.high
            let reason = departures[target.stream]
            return CalibrationCheck(target: target, model: value, status: inside ? .inside : (reason == nil ? .outside : .departs),
                                    reason: reason)
        }
    }
}
