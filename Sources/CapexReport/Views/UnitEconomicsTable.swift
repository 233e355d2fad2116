import CapexData
import CapexModel
import CapexService

/// `capexgap unit-economics`: from an accelerator-hour to a subscriber's month.
public enum UnitEconomicsTable {
    public static func make(_ result: UnitEconomicsResult) -> Table {
        var notes = [
            "cost per user per month = queries per day x tokens per query x 365/12 x cost per token; margin = (price - cost) / price, negative = subsidy.",
        ]
        if let breakeven = result.result["breakeven_rental_usd_per_hour"].value, !result.marketPrices.isEmpty {
            notes.append("Break-even rental price \(NumberText.fixed(breakeven, digits: 2)) $/GPU-hour; observed H100 rental prices:")
            notes += result.marketPrices.map { observation in
                "  \(observation.valueText) $/hour (\(observation.period), tier \(observation.tier.rawValue)\(observation.tier.isContested ? ", contested" : "")): \(observation.note ?? "") [\(observation.source.title)]"
            }
        }
        return Table(result, title: "Unit economics of inference (preset \(result.preset.name))", notes: notes)
    }
}
