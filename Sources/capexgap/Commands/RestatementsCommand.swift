import ArgumentParser
import CapexReport

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
        let db = try database.open()
        Terminal.write(output.render(RestatementsTable.make(try db.restatements(ciks: try selection.ciks(in: db)))))
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
        let db = try database.open()
        Terminal.write(output.render(ConflictsTable.make(try db.conflicts(ciks: try selection.ciks(in: db)))))
    }
}
