/// One row of the founding essay's capex table, exactly as printed (USD billions, approximate).
public struct EssayRow: Sendable, Hashable {
    public var company: String
    public var ticker: String
    /// Printed revenue, USD billions (printed as "~$575B").
    public var revenueUSDBillions: Double
    /// Printed capex, USD billions.
    public var capexUSDBillions: Double
    /// Printed capex / revenue, percent (13 means 13%).
    public var capexPercent: Double
    /// The printed texts: revenue, capex, percent.
    public var printed: (revenue: String, capex: String, percent: String)
    public var source: Source

    public init(company: String, ticker: String, revenueUSDBillions: Double, capexUSDBillions: Double,
                capexPercent: Double, printed: (revenue: String, capex: String, percent: String), source: Source) {
        self.company = company
        self.ticker = ticker
        self.revenueUSDBillions = revenueUSDBillions
        self.capexUSDBillions = capexUSDBillions
        self.capexPercent = capexPercent
        self.printed = printed
        self.source = source
    }

    public static func == (lhs: EssayRow, rhs: EssayRow) -> Bool {
        lhs.ticker == rhs.ticker && lhs.revenueUSDBillions == rhs.revenueUSDBillions
            && lhs.capexUSDBillions == rhs.capexUSDBillions && lhs.capexPercent == rhs.capexPercent
            && lhs.printed == rhs.printed && lhs.company == rhs.company && lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ticker)
        hasher.combine(revenueUSDBillions)
        hasher.combine(capexUSDBillions)
    }
}
