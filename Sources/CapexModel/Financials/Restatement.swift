/// A figure that a later filing changed: the value first filed and the value that replaced it.
public struct Restatement: Sendable, Hashable {
    /// One filing's value of the figure.
    public struct FiledValue: Sendable, Hashable {
        /// Whole US dollars.
        public var valueUSD: Int64
        public var accession: String
        public var form: String
        /// Filing date, ISO 8601.
        public var filed: String

        public init(valueUSD: Int64, accession: String, form: String, filed: String) {
            self.valueUSD = valueUSD
            self.accession = accession
            self.form = form
            self.filed = filed
        }
    }

    public var company: Company
    public var fiscalYear: Int
    public var metric: FinancialMetric
    /// The XBRL concept both values were tagged with.
    public var concept: String
    public var old: FiledValue
    public var new: FiledValue

    public init(company: Company, fiscalYear: Int, metric: FinancialMetric, concept: String, old: FiledValue, new: FiledValue) {
        self.company = company
        self.fiscalYear = fiscalYear
        self.metric = metric
        self.concept = concept
        self.old = old
        self.new = new
    }

    /// new / old - 1, or `nil` when the old value is zero.
    public var change: Double? {
        old.valueUSD == 0 ? nil : Double(new.valueUSD) / Double(old.valueUSD) - 1
    }
}
