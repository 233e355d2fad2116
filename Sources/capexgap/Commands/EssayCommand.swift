import ArgumentParser
import CapexModel
import CapexReport

/// `capexgap essay`: the founding essay's table reconciled with the filings.
struct EssayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essay",
        abstract: "Reconcile the founding essay's capex table with the filed figures.",
        discussion: """
            For each printed row: the fiscal year and capex definition each figure matches best, the \
            deviation, and a one-line verdict.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open()
        let companies = try db.companies()
        var reconciliations: [EssayReconciliation] = []
        for row in try db.essayRows() {
            let ciks = Set(companies.filter { $0.ticker == row.ticker }.map(\.cik))
            reconciliations.append(EssayReconciliation(row: row, years: ciks.isEmpty ? [] : try db.companyYears(ciks: ciks)))
        }
        Terminal.write(output.render(EssayTable.make(reconciliations)))
    }
}
