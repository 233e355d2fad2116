import ArgumentParser
import CapexModel
import CapexReport
import CapexService

/// The companies and the first year a balance-sheet table shows (`--ticker`, `--cik`,
/// `--role`, `--from`).
struct DatedSelection: ParsableArguments {
    @OptionGroup var companies: CompanySelection
    @Option(name: .long, help: ArgumentHelp("First year shown.", valueName: "year"))
    var from: Int?

    var filter: CompanyFilter {
        var filter = companies.filter()
        filter.from = from
        return filter
    }
}

/// `capexgap commitments`: RPO and backlogs.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "Remaining performance obligations and backlogs per company and date, with the years of revenue they represent.",
        discussion: """
            Each company's own measure (Microsoft commercial and total RPO, Alphabet's revenue backlog and \
            Google Cloud backlog, Amazon's performance obligations, Oracle's and CoreWeave's RPO), with \
            definition changes and single-customer shares where the company states them. The measures \
            are not directly comparable (see docs/balance-sheet.md).
            """
    )

    @OptionGroup var selection: DatedSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let filter = selection.filter
        let result = try database.service().commitments(filter)
        output.print(result, BalanceSheetTables.commitments(result))
    }
}

/// `capexgap financing`: leases, debt and vehicles.
struct FinancingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "financing",
        abstract: "Finance-lease liabilities, leases not yet commenced, debt outstanding and issued, off-balance-sheet vehicles.",
        discussion: "For neoclouds, debt, PP&E, interest expense and operating income (`capexgap leverage` gives the ratios). Each row cites its filing or release, with its tier."
    )

    @OptionGroup var selection: DatedSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let filter = selection.filter
        let result = try database.service().financing(filter)
        output.print(result, BalanceSheetTables.financing(result))
    }
}

/// `capexgap leverage`: debt against PP&E and interest cover.
struct LeverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leverage",
        abstract: "Debt against PP&E and interest cover (operating income / interest expense), from the financing figures.",
        discussion: "Computed wherever `capexgap financing` has both figures for a date or period: the neoclouds in the bundled data."
    )

    @OptionGroup var selection: DatedSelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let filter = selection.filter
        let result = try database.service().leverage(filter)
        output.print(result, BalanceSheetTables.leverage(result))
    }
}

/// `capexgap guidance`: the capex guidance ledger.
struct GuidanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidance",
        abstract: "Each company's capex guidance and every revision, dated and sourced, against the capex then filed for the period on the guidance's own definition."
    )

    @OptionGroup var selection: CompanySelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().guidance(selection.filter())
        output.print(result, BalanceSheetTables.guidance(result))
    }
}

/// `capexgap deals`: the circular-deals graph.
struct DealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deals",
        abstract: "Deals among chip makers, clouds and AI labs: who committed what to whom, and the money that comes back.",
        discussion: """
            JSON is the graph: `nodes` (entities, with money in, out and coming back) and `edges` (deals, \
            each with its amount or range, type, status, tier and source). The table is per entity: of the \
            commitments made to it, how much it had itself put into those who made them. Unverified \
            claims (tier U) are left out.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only the deals of this entity (an id such as openai or nvidia).", valueName: "id"))
    var entity: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().deals(entity: entity)
        if output.format == .json {
            Terminal.write(TableRenderer.json(result))
        } else {
            output.print(result.flowsResult, BalanceSheetTables.deals(result))
        }
    }
}
