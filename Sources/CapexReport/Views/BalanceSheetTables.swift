import CapexModel
import CapexService

/// The balance-sheet views: commitments, financing, guidance and deals.
public enum BalanceSheetTables {
    public static func commitments(_ result: CommitmentsResult) -> Table {
        Table(result, title: "Commitments: contracted revenue not yet recognised (USD millions)", notes: [
            "Each company's own measure; they are not directly comparable (Microsoft's commercial RPO leaves out the rest of its total; "
                + "Alphabet's backlog is primarily Google Cloud; Amazon counts contracts over a year; Oracle's RPO includes deferred revenue).",
            "Years of revenue = the commitment / the company's revenue over the four quarters to the same date (`capexgap ttm`).",
        ])
    }

    public static func financing(_ result: FinancingResult) -> Table {
        Table(result, title: "Financing: leases, debt and vehicles (USD millions)", notes: [
            "Leases not yet commenced are signed but not on the balance sheet; a vehicle's debt is off it. Tiers and sources in CSV and JSON.",
        ])
    }

    public static func leverage(_ result: LeverageResult) -> Table {
        Table(result, title: "Leverage: debt against PP&E and interest cover (times)", notes: [
            "Debt / PP&E = debt outstanding / property and equipment, net, at the same date; interest cover = operating income / interest expense "
                + "over the same period (below 1: the operating business does not earn its interest). From the rows of `capexgap financing`; "
                + "where two give a figure, the stronger evidence is used.",
        ])
    }

    public static func guidance(_ result: GuidanceResult) -> Table {
        Table(result, title: "Capex guidance ledger: every revision against what was filed (USD billions)", notes: [
            "Filed = the company's capex over the period's quarters (`capexgap quarters`), when all are filed, on the guidance's own definition: "
                + "cash purchases, or with the company's finance-lease line where the guidance counts leases (Meta: principal payments; `capexgap definitions`).",
        ])
    }

    public static func deals(_ result: DealsResult) -> Table {
        let flows = result.flowsResult
        return Table(flows, title: "Deals: money committed, and the money that comes back (USD billions)", notes: [
            "\(result.graph.deals.count) sourced deals, \(NumberText.grouped(result.graph.total, digits: 1)) USD b counted (a range counts at its middle); "
                + "\(result.graph.undisclosedCount) have no disclosed amount and count nowhere (No amount: how many touch the entity, so a share of 0% may hide them); "
                + "`capexgap deals --format json` gives the graph with every edge's source.",
            "Comes back: of what others committed to an entity, the part it had itself committed to them (e.g. an investment in a customer that buys its chips).",
        ])
    }
}
