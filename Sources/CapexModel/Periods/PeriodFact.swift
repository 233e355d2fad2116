/// One reported value of a line for a period of a company's year, from one filing: what a 10-Q
/// or 10-K states for three months, six, nine or twelve (USD).
///
/// Quarterly cash-flow statements are year-to-date, so most quarters of cash-flow lines are not
/// reported as such: ``QuarterDerivation`` works them out from these facts.
public struct PeriodFact: Sendable, Hashable {
    public var metric: FinancialMetric
    public var start: CalendarDate
    public var end: CalendarDate
    /// Whole US dollars.
    public var valueUSD: Int64
    /// The XBRL concept (`us-gaap:...`) or printed line (`line:...`) it was read from.
    public var concept: String
    public var form: String
    public var accession: String
    /// The filing date; `nil` for a curated figure whose filing date was not recorded (ordered
    /// by its period end).
    public var filed: CalendarDate?
    public var evidence: EvidenceStatus
    public var source: Source

    public init(metric: FinancialMetric, start: CalendarDate, end: CalendarDate, valueUSD: Int64, concept: String, form: String,
                accession: String, filed: CalendarDate?, evidence: EvidenceStatus, source: Source) {
        self.metric = metric
        self.start = start
        self.end = end
        self.valueUSD = valueUSD
        self.concept = concept
        self.form = form
        self.accession = accession
        self.filed = filed
        self.evidence = evidence
        self.source = source
    }

    /// Days in the period, both ends included.
    public var days: Int { end.days(since: start) + 1 }

    /// How many quarters the period spans, or `nil` when it is not 1-4 quarters long.
    public var quarters: Int? { PeriodLength.quarters(days: days) }

    /// The value in USD millions.
    public var valueUSDMillions: Double { Double(valueUSD) / 1_000_000 }
}

/// Period lengths in whole quarters, allowing for 13- and 14-week quarters and 52/53-week
/// years: a quarter is 84-98 days, six months 175-189, nine months 266-280, a year 350-380.
public enum PeriodLength {
    public static let ranges: [ClosedRange<Int>] = [84...98, 175...189, 266...280, 350...380]

    /// 1...4, or `nil` when `days` is no whole number of quarters.
    public static func quarters(days: Int) -> Int? {
        ranges.firstIndex { $0.contains(days) }.map { $0 + 1 }
    }
}

/// A calendar quarter: `2025Q3` is July to September 2025.
public struct CalendarQuarter: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    /// 1-4.
    public var quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    /// Parses `2025Q3` (or `2025q3`).
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "Q")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let quarter = Int(parts[1]), (1...4).contains(quarter) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    /// The calendar quarter holding most of the days from `start` to `end` (the later on a tie).
    public init(holdingMostOf start: CalendarDate, _ end: CalendarDate) {
        var best = CalendarQuarter(of: end)
        var bestDays = -1
        var quarter = CalendarQuarter(of: start)
        while quarter <= CalendarQuarter(of: end) {
            let first = max(start, quarter.firstDay), last = min(end, quarter.lastDay)
            let days = last.days(since: first) + 1
            if days >= bestDays {
                best = quarter
                bestDays = days
            }
            quarter = quarter.next
        }
        self = best
    }

    /// The quarter `date` falls in.
    public init(of date: CalendarDate) {
        self.init(year: date.year, quarter: (date.month - 1) / 3 + 1)
    }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: quarter * 3 - 2, day: 1)! }
    public var lastDay: CalendarDate { next.firstDay.adding(days: -1) }
    public var next: CalendarQuarter { quarter == 4 ? CalendarQuarter(year: year + 1, quarter: 1) : CalendarQuarter(year: year, quarter: quarter + 1) }
    public var previous: CalendarQuarter { quarter == 1 ? CalendarQuarter(year: year - 1, quarter: 4) : CalendarQuarter(year: year, quarter: quarter - 1) }

    public var description: String { "\(year)Q\(quarter)" }

    public static func < (lhs: CalendarQuarter, rhs: CalendarQuarter) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = CalendarQuarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a calendar quarter: \(text)"))
        }
        self = quarter
    }
}
