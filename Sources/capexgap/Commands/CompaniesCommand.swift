import ArgumentParser
import CapexModel
import CapexReport
import CapexService

/// `capexgap companies`: one row per company fiscal year.
struct CompaniesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "companies",
        abstract: "Capex, revenue and capital-intensity metrics per company fiscal year.",
        discussion: """
            Columns: revenue, capex, capex/revenue, capex/D&A, capex/operating cash flow, free cash \
            flow (reported, and after finance-lease principal), capex growth, regime band, evidence \
            and source. With --capex with-leases, capex adds property obtained under finance leases \
            (or, where only that is disclosed, finance-lease principal) and the Capex basis column says which.
            """
    )

    @OptionGroup var selection: CompanySelection
    @OptionGroup var years: YearRange
    @Option(name: .long, help: "Capex definition: cash, with-leases, with-committed-leases, net or net-of-customer-hardware (capexgap definitions says what each adds up).")
    var capex: CapexDefinition = .cash
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().companies(CompaniesRequest(companies: selection.filter(years), capex: capex))
        output.print(result, CompaniesTable.make(result))
    }
}
