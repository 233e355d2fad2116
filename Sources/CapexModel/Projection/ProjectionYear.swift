/// One projected year (money in USD billions).
public struct ProjectionYear: Sendable, Hashable {
    public var year: Int
    /// Total capex of the peer set.
    public var capex: Double
    /// The part of it spent on the AI build-out (replacements included).
    public var aiCapex: Double
    /// IT bought to replace the capacity retiring this year.
    public var replacementCapex: Double
    public var depreciation: Double
    /// Energy and other operating cost.
    public var opex: Double
    /// The return the capital employed must earn: cost of capital x capital employed.
    public var capitalCharge: Double
    /// AI revenue (the demand, at most the capacity bound) and its streams.
    public var revenue: Double
    /// Revenue the drivers would bring without the capacity bound.
    public var demand: Double
    /// Capacity in service x revenue per IT dollar x utilisation.
    public var capacityRevenue: Double
    public var consumerRevenue: Double
    public var enterpriseRevenue: Double
    public var apiRevenue: Double
    /// AI-attributed uplift of ads, search and recommendation.
    public var internalRevenue: Double
    /// Revenue needed to cover the year's cost of the build:
    /// (depreciation + opex + capital charge) / gross margin.
    public var requiredRevenue: Double
    /// required - revenue (negative: revenue covers the cost).
    public var gap: Double
    public var cumulativeCapex: Double
    /// Cumulative gross margin x revenue - opex.
    public var cumulativeGrossProfit: Double
    /// Cumulative discounted cash since the base year, starting from minus the actual AI
    /// vintages' capex: cash_t = cash_{t-1} + (gross profit_t - AI capex_t) / (1 + r)^t.
    public var cash: Double

    public init(year: Int, capex: Double, aiCapex: Double, replacementCapex: Double = 0, depreciation: Double, opex: Double,
                capitalCharge: Double = 0, revenue: Double, demand: Double? = nil, capacityRevenue: Double = .infinity,
                consumerRevenue: Double, enterpriseRevenue: Double, apiRevenue: Double, internalRevenue: Double = 0, requiredRevenue: Double,
                gap: Double, cumulativeCapex: Double, cumulativeGrossProfit: Double, cash: Double) {
        self.year = year
        self.capex = capex
        self.aiCapex = aiCapex
        self.replacementCapex = replacementCapex
        self.depreciation = depreciation
        self.opex = opex
        self.capitalCharge = capitalCharge
        self.revenue = revenue
        self.demand = demand ?? revenue
        self.capacityRevenue = capacityRevenue
        self.consumerRevenue = consumerRevenue
        self.enterpriseRevenue = enterpriseRevenue
        self.apiRevenue = apiRevenue
        self.internalRevenue = internalRevenue
        self.requiredRevenue = requiredRevenue
        self.gap = gap
        self.cumulativeCapex = cumulativeCapex
        self.cumulativeGrossProfit = cumulativeGrossProfit
        self.cash = cash
    }
}

/// A deterministic projection: every year, and when revenue catches up.
public struct Projection: Sendable, Hashable {
    public var scenario: String
    public var years: [ProjectionYear]
    /// First year AI revenue covers the annual cost of the build (gap <= 0), or `nil`: not by the horizon.
    public var crossoverYear: Int?
    /// First year cumulative cash turns non-negative, or `nil`: not by the horizon.
    public var paybackYear: Int?
    public var horizon: Int
}

/// Receives each simulated year of a path.
protocol PathRecorder {
    mutating func record(_ index: Int, _ year: ProjectionYear)
}

/// A recorder the Monte Carlo engine hands paths to in chunks: `begin(row:)` before each path
/// (its index in the run), `endChunk(rows:)` after each chunk of paths.
protocol ChunkedPathRecorder: PathRecorder {
    mutating func begin(row: Int)
    mutating func endChunk(rows: Int)
}

/// A source of standard normal noise for a path: random, or zero for the deterministic projection.
protocol NormalNoise {
    mutating func normal() -> Double
}

struct ZeroNoise: NormalNoise {
    @inline(__always) mutating func normal() -> Double { 0 }
}
