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
        Terminal.write(output.render(try FilingsTables.essay(database: database.open())))
    }
}
