import CapexModel

/// Every default the operations share, declared once.
public enum Defaults {
    /// The scenario a projection runs when none is named.
    public static let scenario = ScenarioName.base
    /// The random seed of every Monte Carlo run that is not given one.
    public static let seed: UInt64 = 42
    /// Paths of the headline's outlook (and the overview's): enough for a stable median year.
    public static let outlookPaths = 20_000
    /// Paths of `simulate` when not given.
    public static let simulatePaths = 100_000
    /// Paths of the first-order indices of `sensitivity` when not given.
    public static let sensitivityPaths = 20_000
    /// Paths of the report's Monte Carlo when not given.
    public static let reportPaths = 20_000
    /// The capex split the value chain uses when none is named.
    public static let valueChainScheme = "bernstein"
    /// Whose capex a gap comparison measures when not told.
    public static let capexSource = CapexSource.peerSet
    /// Fiscal or calendar years a request may name.
    public static let years = 1900...2100
    /// Years a projection's horizon or target may name.
    public static let projectionYears = 1901...2200
    /// Longest projection, in years.
    public static let maximumProjectionYears = 100
    /// SEC Central Index Keys.
    public static let ciks = 1...9_999_999_999
}

/// A shipped scenario's name, or a file the CLI names.
public struct ScenarioName: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var value: String
    public init(_ value: String) { self.value = value }
    public init(stringLiteral value: String) { self.value = value }
    public var description: String { value }

    /// The base case: guidance-level capex, AI revenue from today's observations.
    public static let base: ScenarioName = "base"
}

/// Whose capex a model takes from the data: the hyperscaler peer set, or one company.
public enum CapexSource: Sendable, Hashable, CustomStringConvertible {
    /// Every company whose role is hyperscaler.
    case peerSet
    /// One company by ticker.
    case ticker(String)

    /// The word a user types for the peer set.
    public static let peerSetWord = "hyperscalers"

    /// `hyperscalers` or a ticker.
    public init(_ text: String) {
        self = text.lowercased() == Self.peerSetWord ? .peerSet : .ticker(text)
    }

    public var description: String {
        switch self {
        case .peerSet: Self.peerSetWord
        case .ticker(let ticker): ticker
        }
    }
}
