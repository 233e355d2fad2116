/// The filed figure that a printed number matches best.
public struct FilingMatch: Sendable, Hashable {
    /// What the figure is, e.g. `revenue`, `cash capex`, `cash capex + finance-lease assets obtained`.
    public var definition: String
    public var fiscalYear: Int
    /// The filed value, USD millions.
    public var filed: Figure
    /// The printed value, USD millions.
    public var printedUSDMillions: Double
    /// (printed - filed) / filed.
    public var deviation: Double
    public var quality: Quality

    /// How well a printed, rounded number matches a filed one.
    public enum Quality: String, Sendable, Hashable {
        /// Within the printing precision (half a unit of the last printed digit).
        case withinRounding = "within rounding"
        /// Within ``FilingMatch/closeTolerance`` of the filed value.
        case close
        /// Further than that: the nearest figure, not a match.
        case none = "no match"
    }

    /// A deviation up to 5% counts as close for a number printed with "~".
    public static let closeTolerance = 0.05

    init?(definition: String, fiscalYear: Int, filed: Figure, printedUSDMillions: Double, precisionUSDMillions: Double) {
        guard let value = filed.value, value != 0 else { return nil }
        self.definition = definition
        self.fiscalYear = fiscalYear
        self.filed = filed
        self.printedUSDMillions = printedUSDMillions
        deviation = (printedUSDMillions - value) / value
        if abs(printedUSDMillions - value) <= precisionUSDMillions / 2 {
            quality = .withinRounding
        } else if abs(deviation) <= Self.closeTolerance {
            quality = .close
        } else {
            quality = .none
        }
    }
}
