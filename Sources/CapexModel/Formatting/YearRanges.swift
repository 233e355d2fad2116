/// Fiscal years written as ranges: `[2015, 2016, 2017, 2020]` -> `FY2015-FY2017, FY2020`.
public enum YearRanges {
    /// `years` must be sorted ascending.
    public static func text(_ years: [Int]) -> String {
        var ranges: [String] = []
        var index = 0
        while index < years.count {
            var end = index
            while end + 1 < years.count, years[end + 1] == years[end] + 1 { end += 1 }
            ranges.append(end == index ? "FY\(years[index])" : "FY\(years[index])-FY\(years[end])")
            index = end + 1
        }
        return ranges.joined(separator: ", ")
    }
}
