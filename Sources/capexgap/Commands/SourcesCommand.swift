import ArgumentParser
import CapexReport

/// `capexgap sources`: every source with its evidence status and what it supports.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "The sources behind the figures, with evidence status and what each supports."
    )

    @OptionGroup var selection: CompanySelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open()
        let table = try RequestFailure.usage { try FilingsTables.sources(selection.filter(), database: db) }
        Terminal.write(output.render(table))
    }
}
