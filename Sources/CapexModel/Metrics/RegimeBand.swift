/// A reference band of capital intensity (capex / revenue) that characterises a kind of
/// business, e.g. traditional software at 3-6% of revenue.
///
/// Bands are data: the bundled dataset states them with their source.
public struct RegimeBand: Sendable, Hashable, Codable {
    /// A stable identifier, e.g. `early_cloud`.
    public var id: String
    /// The name shown to a reader, e.g. `early cloud`.
    public var label: String
    /// Lower bound of capex / revenue, a fraction (0.10 for 10%).
    public var lower: Double
    /// Upper bound, a fraction, or `nil` for an open-ended band ("30%+").
    public var upper: Double?
    public var source: Source

    public init(id: String, label: String, lower: Double, upper: Double?, source: Source) {
        self.id = id
        self.label = label
        self.lower = lower
        self.upper = upper
        self.source = source
    }

    /// The band as a reader would write it, e.g. `10-15%` or `20%+`.
    public var rangeText: String {
        let low = Self.percentText(lower)
        guard let upper else { return "\(low)%+" }
        return "\(low)-\(Self.percentText(upper))%"
    }

    private static func percentText(_ fraction: Double) -> String {
        let percent = (fraction * 1000).rounded() / 10
        return percent == percent.rounded() ? String(Int(percent)) : String(percent)
    }
}

/// Where a capital intensity falls among the regime bands.
public enum RegimePlacement: Sendable, Hashable {
    case within(RegimeBand)
    case between(RegimeBand, RegimeBand)
    case below(RegimeBand)
    case unresolved

    /// A short description for tables: `infrastructure`, `software–early cloud` (between the
    /// two bands), `<software` (below the lowest band); empty when unresolved.
    public var label: String {
        switch self {
        case .within(let band): band.label
        case .between(let low, let high): "\(low.label)–\(high.label)"
        case .below(let band): "<\(band.label)"
        case .unresolved: ""
        }
    }

    /// The same in a sentence: `between software and early cloud`, `below software`.
    public var description: String {
        switch self {
        case .within(let band): "\(band.label) (\(band.rangeText))"
        case .between(let low, let high): "between \(low.label) (\(low.rangeText)) and \(high.label) (\(high.rangeText))"
        case .below(let band): "below \(band.label) (\(band.rangeText))"
        case .unresolved: "unresolved"
        }
    }
}

/// An ordered set of regime bands that places a capital intensity.
public struct RegimeBands: Sendable, Hashable {
    /// Bands sorted by lower bound.
    public let bands: [RegimeBand]

    public init(_ bands: [RegimeBand]) {
        self.bands = bands.sorted { $0.lower < $1.lower }
    }

    /// Places `intensity` (a fraction): within the band containing it (bounds inclusive),
    /// between the two bands around it, or below the lowest. Values above a bounded top band
    /// are placed within it only if it is open-ended.
    public func place(_ intensity: Figure) -> RegimePlacement {
        guard let value = intensity.value, let first = bands.first else { return .unresolved }
        if value < first.lower { return .below(first) }
        for (index, band) in bands.enumerated() {
            if value >= band.lower, value <= (band.upper ?? .infinity) { return .within(band) }
            if index + 1 < bands.count, value < bands[index + 1].lower {
                return .between(band, bands[index + 1])
            }
        }
        return .within(bands[bands.count - 1])
    }
}
