/// One row of the founding essay's capex table, exactly as printed (USD billions, approximate).
public struct EssayRow: Sendable, Hashable {
    /// The texts of a row as printed, e.g. `~$575B`, `~$75B`, `~13%`.
    public struct Printed: Sendable, Hashable {
        public var revenue: String
        public var capex: String
        public var percent: String

        public init(revenue: String, capex: String, percent: String) {
            self.revenue = revenue
            self.capex = capex
            self.percent = percent
        }
    }

    public var company: String
    public var ticker: String
    /// Printed revenue, USD billions (printed as "~$575B").
    public var revenueUSDBillions: Double
    /// Printed capex, USD billions.
    public var capexUSDBillions: Double
    /// Printed capex / revenue, percent (13 means 13%).
    public var capexPercent: Double
    public var printed: Printed
    public var source: Source

    public init(company: String, ticker: String, revenueUSDBillions: Double, capexUSDBillions: Double,
                capexPercent: Double, printed: Printed, source: Source) {
        self.company = company
        self.ticker = ticker
        self.revenueUSDBillions = revenueUSDBillions
        self.capexUSDBillions = capexUSDBillions
        self.capexPercent = capexPercent
        self.printed = printed
        self.source = source
    }
}
