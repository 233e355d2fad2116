import CapexModel
import CapexService

/// `screen`: the universe of filers by capital intensity.
public enum ScreenTable {
    public static func make(_ result: ScreenResult) -> Table {
        let period = result.trailingTwelveMonths ? ", trailing twelve months at each filer's latest quarter" : ""
        return Table(result, title: "Capex intensity screen\(period): \(result.matching) filers match (\(result.universeFilers) loaded from the SEC archive, plus the curated companies)",
              notes: [
                  result.trailingTwelveMonths
                      ? "Band: the highest regime band the intensity reaches (infrastructure 20%+, early cloud 10%+, software 3%+). TTM to: the end of the filer's latest quarter; the sum of its four quarters (a filer missing one is left out)."
                      : "Band: the highest regime band the intensity reaches (infrastructure 20%+, early cloud 10%+, software 3%+); Since: the first year of the unbroken run in that band.",
                  result.trailingTwelveMonths ? "Peer: the hyperscaler peer set." : "Δ3y, Δ5y: the change of capex intensity over three and five fiscal years, in points. Peer: the hyperscaler peer set.",
                  result.universeFilers == 0 ? "No archive loaded: `capexgap screen --archive companyfacts.zip` (from https://www.sec.gov/Archives/edgar/daily-index/xbrl/companyfacts.zip) loads every filer." : "",
              ].filter { !$0.isEmpty })
    }
}
