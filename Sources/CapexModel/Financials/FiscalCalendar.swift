/// How a company's fiscal years are labelled, from the end dates of its annual periods.
///
/// Many filers use 52/53-week years that end on a weekday near a month end: Apple's FY2022
/// ended on 2022-09-24 and FY2023 on 2023-09-30; a December filer's year may end on January 1
/// or 2. So a period that ends in the first ``spillDays`` days of the month after the
/// fiscal-year-end month belongs to the fiscal-year-end month. The fiscal year is labelled by
/// the calendar year in which it ends, after that adjustment: NVIDIA's year ending 2025-01-26
/// is FY2025, a December filer's year ending 2022-01-02 is FY2021. The `fy` and `fp` fields of
/// SEC data describe the filing, not the period, and are never used.
public struct FiscalCalendar: Sendable, Hashable {
    /// The month (1-12) in which the company's fiscal year ends.
    public let yearEndMonth: Int

    /// Days at the start of a month that still count as the previous month's end.
    public static let spillDays = 7

    /// An annual period lasts 52 or 53 weeks or a calendar year: 350 to 380 days.
    public static let annualDays = 350...380

    public init(yearEndMonth: Int) {
        self.yearEndMonth = yearEndMonth
    }

    /// The calendar the period ends of `annualEnds` imply: the most common end month, counting
    /// an end in the first ``spillDays`` days of a month as the previous month's; the later
    /// month on a tie. `nil` when there are no ends.
    public init?(annualEnds: [CalendarDate]) {
        var counts: [Int: Int] = [:]
        for end in annualEnds {
            let month = end.day <= Self.spillDays ? end.adding(days: -end.day).month : end.month
            counts[month, default: 0] += 1
        }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        self.init(yearEndMonth: best.key)
    }

    /// True when `start...end` is a full fiscal year (350-380 days inclusive of both ends).
    public static func isAnnual(start: CalendarDate, end: CalendarDate) -> Bool {
        annualDays.contains(end.days(since: start) + 1)
    }

    /// True when `end` falls in the fiscal-year-end month (or spills a few days past it).
    public func isYearEnd(_ end: CalendarDate) -> Bool {
        end.month == yearEndMonth || (end.day <= Self.spillDays && end.adding(days: -end.day).month == yearEndMonth)
    }

    /// The fiscal year label of a period ending on `end`: the calendar year of `end`, or of the
    /// fiscal-year-end month when `end` spills a few days past it.
    public func fiscalYear(endingOn end: CalendarDate) -> Int {
        let previousMonth = end.adding(days: -end.day)
        if end.day <= Self.spillDays, previousMonth.month == yearEndMonth { return previousMonth.year }
        return end.year
    }
}
