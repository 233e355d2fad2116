/// One filer's capital intensity for a year, with how it changed and since when it has been in
/// its band: a row of the universe screen.
///
/// - capex intensity = capex / revenue; growth = capex / previous year's capex - 1;
/// - intensity change over n years = intensity - intensity n fiscal years earlier (in
///   fractions: +0.05 is five points);
/// - band: the highest regime band whose lower bound the intensity reaches (`infrastructure`
///   at 20%+, `early cloud` at 10%+, `software` at 3%+, else `below software`); band since:
///   the first year of the unbroken run of years in that band up to this one.
public struct ScreenRow: Sendable, Hashable {
    public var cik: Int
    public var entity: String
    public var ticker: String?
    /// A member of the hyperscaler peer set.
    public var isPeer: Bool
    /// Curated (bundled or imported) figures rather than the universe archive's.
    public var isCurated: Bool
    public var fiscalYear: Int
    public var periodEnd: String?
    public var revenue: Figure
    public var capex: Figure
    public var intensity: Figure
    public var growth: Figure
    public var change3: Figure
    public var change5: Figure
    public var band: String
    public var bandSince: Int?

    /// A filer's figures for one year (USD millions).
    public struct Year: Sendable, Hashable {
        public var fiscalYear: Int
        public var periodEnd: String?
        public var revenue: Figure
        public var capex: Figure

        public init(fiscalYear: Int, periodEnd: String?, revenue: Figure, capex: Figure) {
            self.fiscalYear = fiscalYear
            self.periodEnd = periodEnd
            self.revenue = revenue
            self.capex = capex
        }

        var intensity: Figure { .ratio(capex, revenue) }
    }

    /// The highest band whose lower bound `intensity` reaches, by id, or `nil` when unresolved.
    public static func band(_ intensity: Figure, bands: RegimeBands) -> RegimeBand?? {
        guard let value = intensity.value else { return nil }
        return .some(bands.bands.last { value >= $0.lower })
    }

    static func label(_ band: RegimeBand??) -> String {
        switch band {
        case .none: ""
        case .some(.none): "below software"
        case .some(.some(let band)): band.label
        }
    }

    /// The row of `years` (one filer's, any order) at `fiscalYear`, or at its latest year with
    /// both figures when `fiscalYear` is `nil`; `nil` when there is no such year.
    public static func row(cik: Int, entity: String, ticker: String?, isPeer: Bool, isCurated: Bool, years: [Year], fiscalYear: Int?,
                           bands: RegimeBands) -> ScreenRow? {
        let byYear = Dictionary(years.map { ($0.fiscalYear, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen: Year?
        if let fiscalYear {
            chosen = byYear[fiscalYear]
        } else {
            chosen = years.filter { $0.revenue.isResolved && $0.capex.isResolved }.max { $0.fiscalYear < $1.fiscalYear }
        }
        guard let year = chosen else { return nil }
        let intensity = year.intensity
        func change(_ back: Int) -> Figure {
            guard let earlier = byYear[year.fiscalYear - back] else { return .unresolved }
            return .derived(intensity, earlier.intensity) { $0[0] - $0[1] }
        }
        let previous = byYear[year.fiscalYear - 1]
        let growth: Figure = previous.map { .derived(year.capex, $0.capex) { $0[1] == 0 ? nil : $0[0] / $0[1] - 1 } } ?? .unresolved
        let current = band(intensity, bands: bands)
        var since: Int?
        if current != nil {
            var cursor = year.fiscalYear
            while let earlier = byYear[cursor], band(earlier.intensity, bands: bands) == current {
                since = cursor
                cursor -= 1
            }
        }
        return ScreenRow(cik: cik, entity: entity, ticker: ticker, isPeer: isPeer, isCurated: isCurated, fiscalYear: year.fiscalYear,
                         periodEnd: year.periodEnd, revenue: year.revenue, capex: year.capex, intensity: intensity, growth: growth,
                         change3: change(3), change5: change(5), band: label(current), bandSince: since)
    }
}
