/// What a model parameter is: its name, meaning, unit and the values it may take.
public struct ParameterSpec: Sendable, Hashable {
    /// snake_case name used by `--set name=value`, presets and JSON.
    public var name: String
    /// What it means, in a few words.
    public var label: String
    /// Unit, in the dataset's vocabulary: `USD_b_per_year`, `ratio`, `years`, `USD_per_month`, ...
    public var unit: String
    public var range: ParameterRange

    public init(_ name: String, _ label: String, unit: String, range: ParameterRange) {
        self.name = name
        self.label = label
        self.unit = unit
        self.range = range
    }
}

/// The values a parameter may take: a lower and an optional upper bound, each open or closed.
public struct ParameterRange: Sendable, Hashable, CustomStringConvertible {
    public var lower: Double
    public var lowerInclusive: Bool
    public var upper: Double?
    public var upperInclusive: Bool

    public init(lower: Double, lowerInclusive: Bool = true, upper: Double? = nil, upperInclusive: Bool = true) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
    }

    /// Zero or more.
    public static let nonNegative = ParameterRange(lower: 0)
    /// More than zero.
    public static let positive = ParameterRange(lower: 0, lowerInclusive: false)
    /// A share or margin that can be zero but not one: `0 <= x < 1`.
    public static let marginFraction = ParameterRange(lower: 0, upper: 1, upperInclusive: false)
    /// A share that cannot be zero: `0 < x <= 1`.
    public static let shareFraction = ParameterRange(lower: 0, lowerInclusive: false, upper: 1)
    /// A fraction: `0 <= x <= 1`.
    public static let fraction = ParameterRange(lower: 0, upper: 1)
    /// A useful life or other duration: at least a year, at most a century.
    public static let years = ParameterRange(lower: 1, upper: 100)

    public static func between(_ lower: Double, _ upper: Double) -> ParameterRange {
        ParameterRange(lower: lower, upper: upper)
    }

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let aboveLower = lowerInclusive ? value >= lower : value > lower
        guard let upper else { return aboveLower }
        return aboveLower && (upperInclusive ? value <= upper : value < upper)
    }

    /// `0 <= x < 1`, `x > 0`, `1 <= x <= 100`.
    public var description: String {
        let low = NumberText.compact(lower)
        guard let upper else { return lowerInclusive ? "x >= \(low)" : "x > \(low)" }
        return "\(low) \(lowerInclusive ? "<=" : "<") x \(upperInclusive ? "<=" : "<") \(NumberText.compact(upper))"
    }
}
