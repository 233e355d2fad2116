import CapexModel
import CapexService

/// `capexgap companies`: one row per company fiscal year with its capital-intensity metrics.
public enum CompaniesTable {
    public static func make(_ result: CompaniesResult) -> Table {
        Table(result, notes: [
            "Capex: \(result.definition == .cash ? "gross cash purchases of property and equipment" : "\(result.definition.summary) (see Capex basis)"). "
                + "FCF = operating cash flow - cash capex; FCF-leases also subtracts finance-lease principal repayments.",
            "Capex/D&A: over the cash-flow statement's depreciation and amortisation; Capex/Dep: over depreciation of property and equipment alone, "
                + "where the company states it; Capex/OCF: over operating cash flow (unresolved when that is zero or negative).",
            bandsNote(result.bands),
        ])
    }

    /// The regime bands in one line, with their source.
    static func bandsNote(_ bands: RegimeBands) -> String {
        let list = bands.bands.map { "\($0.label) \($0.rangeText)" }.joined(separator: ", ")
        let source = bands.bands.first?.source.title ?? ""
        return "Bands (capex/revenue): \(list); a–b means between two bands. Source: \(source)."
    }
}
