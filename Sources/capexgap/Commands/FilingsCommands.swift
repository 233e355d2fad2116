import ArgumentParser
import CapexReport
import CapexService

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
        let result = try database.service().essay()
        output.print(result, EssayTable.make(result))
    }
}

/// `capexgap sources`: every source with its evidence status and what it supports.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "The sources behind the figures, with evidence status and what each supports.",
        discussion: "With --changes: what each bundled dataset added, corrected or removed in this database, and when."
    )

    @OptionGroup var selection: CompanySelection
    @Flag(name: .long, help: "List the bundled dataset's changes to this database instead.")
    var changes = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let service = try database.service()
        if changes {
            let result = try service.datasetChanges()
            output.print(result, DatasetChangesTable.make(result))
            return
        }
        let result = try service.sources(selection.filter())
        output.print(result, SourcesTable.make(result))
    }
}

/// `capexgap restatements`: figures a later filing changed.
struct RestatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restatements",
        abstract: "Figures that later filings restated: old value, new value and both filings.",
        discussion: "Recorded by `capexgap import sec` from every filing in a companyfacts file."
    )

    @OptionGroup var selection: CompanySelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().restatements(selection.filter())
        output.print(result, RestatementsTable.make(result))
    }
}

/// `capexgap conflicts`: figures that sources disagree on.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Figures that different sources give different values for, and which one the metrics use."
    )

    @OptionGroup var selection: CompanySelection
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().conflicts(selection.filter())
        output.print(result, ConflictsTable.make(result))
    }
}

/// `capexgap definitions`: each company's own capex definition, reconciled.
struct DefinitionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "definitions",
        abstract: "What each company calls capex, and CapexGap's comparable figure against the one it states.",
        discussion: """
            CapexGap's --capex with-leases adds one finance-lease line per company in every period (the \
            one the company's own definition uses); this table says which, and how far the result is from \
            the figure the company states.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().definitions()
        output.print(result, DefinitionsTable.make(result))
    }
}
