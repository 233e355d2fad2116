import CapexData
import CapexModel

/// `capexgap unit-economics`: from an accelerator-hour to a subscriber's month.
public enum UnitEconomicsTable {
    public static func make(preset: Preset, parameters: Parameters, result: UnitEconomicsModel.Result,
                            marketPrices: [Observation]) -> Table {
        var table = Table(title: "Unit economics of inference (preset \(preset.name))", columns: [
            .text("kind", "Kind"),
            .text("name", "Name"),
            .figure("value", "Value", style: .auto),
            .text("unit", "Unit"),
            .text("source", "Source or meaning", wrapWidth: 60),
        ])
        for spec in UnitEconomicsModel.specs {
            let value = parameters.values[spec.name]
            let note = [value?.source, preset.notes[spec.name]].compactMap { $0 }.joined(separator: "; ")
            let figure = parameters.figure(spec.name)
            table.append([.text("parameter"), .text(spec.name), spec.unit == "year" ? .styledFigure(figure, .plain) : .figure(figure), .text(spec.unit),
                          .text(note.isEmpty ? "scenario" : note)])
        }
        for output in result.outputs {
            table.append([.text("output"), .text(output.name), .figure(output.figure), .text(output.unit), .text(output.label)])
        }
        for plan in result.plans {
            let verdict: String
            if let margin = plan.margin.value, margin >= 0 {
                verdict = "covers its cost now"
            } else if let year = plan.profitableFrom {
                verdict = "subsidised; covers its cost from \(year) at the yearly cost decline"
            } else {
                verdict = "subsidised, and never covers its cost at this cost decline"
            }
            table.append([.text("plan"), .text("\(plan.name)_margin"), .figure(plan.margin), .text("ratio"),
                          .text("$\(NumberText.compact(plan.price.value ?? .nan)) a month: \(verdict)")])
        }
        table.notes = [
            "cost per user per month = queries per day x tokens per query x 365/12 x cost per token; margin = (price - cost) / price, negative = subsidy.",
        ]
        if let breakeven = result["breakeven_rental_usd_per_hour"].value, !marketPrices.isEmpty {
            table.notes.append("Break-even rental price \(NumberText.fixed(breakeven, digits: 2)) $/GPU-hour; observed H100 rental prices:")
            table.notes += marketPrices.map { observation in
                "  \(observation.valueText) $/hour (\(observation.period), tier \(observation.tier.rawValue)\(observation.tier.isContested ? ", contested" : "")): \(observation.note ?? "") [\(observation.source.title)]"
            }
        }
        return table
    }
}
