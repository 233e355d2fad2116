/// A published result a preset must reproduce: the output, the published number and the
/// precision it was published to.
public struct PresetCheck: Sendable, Hashable {
    public var model: String
    public var preset: String
    /// The model output's name, e.g. `required_revenue_usd_b`.
    public var output: String
    public var published: Double
    /// Decimals the number was published with (600 -> 0, 8.5 -> 1, 34.72 -> 2).
    public var decimals: Int
    public var unit: String
    public var source: Source

    public init(model: String, preset: String, output: String, published: Double, decimals: Int, unit: String, source: Source) {
        self.model = model
        self.preset = preset
        self.output = output
        self.published = published
        self.decimals = decimals
        self.unit = unit
        self.source = source
    }

    /// True when `value` rounds to the published number at the published precision.
    public func isReproduced(by value: Double) -> Bool {
        NumberText.fixed(value, digits: decimals) == NumberText.fixed(published, digits: decimals)
    }
}
