import CapexModel

/// `capexgap value-chain`: a year's capex by category and by supplier layer, against what
/// suppliers report.
public enum ValueChainTable {
    public static func make(_ chain: ValueChain) -> Table {
        var table = Table(title: "Who receives each capex dollar: \(chain.capexLabel), split by \(chain.scheme.id)", columns: [
            .text("kind", "Row"),
            .text("category", "Category"),
            .text("layer", "Supplier layer"),
            .figure("share", "Share", style: .percent),
            .figure("usd_b", "$B", style: .decimal(1)),
            .text("supplier", "Supplier reports", wrapWidth: 40),
            .figure("supplier_usd_b", "Supplier $B", style: .decimal(1)),
            .text("tier", "Tier"),
            .citation("source", "Source", linkKey: "source_url"),
            .text("source_url", "Source URL", machineOnly: true),
            .text("note", "Note", machineOnly: true),
        ])
        for flow in chain.flows {
            let range = flow.category.range.map { "published as \(NumberText.compact($0.lowerBound))-\(NumberText.compact($0.upperBound)), middle used" }
            table.append([.text("category"), .text(flow.category.name), .text(ValueChain.label(flow.category.layer)), .figure(flow.category.share),
                          .figure(flow.amount), .text(nil), .text(nil), .text(flow.category.tier?.rawValue ?? "computed"),
                          .text(flow.category.source), .text(flow.category.sourceURL), .text([flow.category.note, range].compactMap { $0 }.joined(separator: "; "))])
        }
        for layer in chain.layers {
            let suppliers = layer.suppliers.isEmpty ? [nil] : layer.suppliers.map { Optional($0) }
            for supplier in suppliers {
                table.append([.text("layer"), .text(nil), .text(ValueChain.label(layer.name)), .figure(layer.share), .figure(layer.amount),
                              .text(supplier?.supplier), supplier.map { .figure($0.revenue) } ?? .text(nil), .text(nil),
                              .text(supplier?.source), .text(nil), .text(supplier?.basis)])
            }
        }
        let total = Figure.sum(chain.flows.map(\.amount))
        table.notes = [
            "Capex split: \(chain.capexLabel); the categories add up to \(NumberText.grouped(total.value ?? .nan, digits: 1))B (every dollar goes to one layer).",
            "Shares are the scheme's (estimated); a layer receives the sum of its categories. Supplier figures are what they report in the matching calendar year, to all customers.",
        ]
        if ["epoch_1gw_2026", "sequoia_2024"].contains(chain.scheme.id) {
            table.notes.append("This scheme splits total cost of ownership, not up-front capex: read it as a rough guide to where the money goes.")
        }
        return table
    }
}
