import CapexData
import CapexModel

/// `capexgap sources`: every source with its evidence status and what it supports.
public enum SourcesTable {
    public static func make(_ usages: [SourceUsage]) -> Table {
        var table = Table(columns: [
            .text("evidence", "Evidence"),
            .text("title", "Source", wrapWidth: 64, linkKey: "url"),
            .text("form", "Form", machineOnly: true),
            .text("accession", "Accession", machineOnly: true),
            .text("filed", "Filed", machineOnly: true),
            .text("url", "URL", machineOnly: true),
            .text("supports", "Supports", wrapWidth: 56),
            .number("figures", "Figures", style: .plain),
        ])
        for usage in usages {
            table.append([
                .text(usage.source.evidence.rawValue), .text(usage.source.title), .text(usage.source.form),
                .text(usage.source.accession), .text(usage.source.filed), .text(usage.source.url),
                .text(usage.supports.joined(separator: "; ")), .integer(usage.count),
            ])
        }
        return table
    }
}
