import CapexModel
import CapexService

/// `capexgap value-chain`: a year's capex by category and by supplier layer, against what
/// suppliers report.
public enum ValueChainTable {
    public static func make(_ result: ValueChainResult) -> Table {
        let chain = result.chain
        let total = Figure.sum(chain.flows.map(\.amount))
        var notes = [
            "Capex split: \(chain.capexLabel); the categories add up to \(NumberText.grouped(total.value ?? .nan, digits: 1))B (every dollar goes to one layer).",
            "Shares are the scheme's (estimated); a layer receives the sum of its categories. Supplier figures are what they report in the matching calendar year, to all customers.",
        ]
        if ["epoch_1gw_2026", "sequoia_2024"].contains(chain.scheme.id) {
            notes.append("This scheme splits total cost of ownership, not up-front capex: read it as a rough guide to where the money goes.")
        }
        return Table(result, title: "Who receives each capex dollar: \(chain.capexLabel), split by \(chain.scheme.id)", notes: notes)
    }
}
