import CapexModel
import CapexService

/// `screen`: the universe of filers by capital intensity.
public enum ScreenTable {
    public static func make(_ result: ScreenResult) -> Table {
        Table(result, title: "Capex intensity screen: \(result.matching) filers match (\(result.universeFilers) loaded from the SEC archive, plus the curated companies)",
              notes: [
                  "Band: the highest regime band the intensity reaches (infrastructure 20%+, early cloud 10%+, software 3%+); Since: the first year of the unbroken run in that band.",
                  "Δ3y, Δ5y: the change of capex intensity over three and five fiscal years, in points. Peer: the hyperscaler peer set.",
                  result.universeFilers == 0 ? "No archive loaded: `capexgap screen --archive companyfacts.zip` (from https://www.sec.gov/Archives/edgar/daily-index/xbrl/companyfacts.zip) loads every filer." : "",
              ].filter { !$0.isEmpty })
    }
}
