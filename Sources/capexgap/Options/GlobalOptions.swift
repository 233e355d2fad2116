import ArgumentParser
import CapexData
import CapexReport

/// Options every data command takes: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (created and loaded with the bundled dataset if new).",
        discussion: "Default: $XDG_DATA_HOME/capexgap/capexgap.sqlite (~/.local/share/capexgap/capexgap.sqlite).",
        valueName: "path"))
    var db: String?

    func open() throws -> CapexDatabase {
        do {
            return try CapexDatabase.open(path: db)
        } catch let error as StoreError {
            throw CLIError.failure(error.description)
        }
    }
}

/// The output format option of every table command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    /// Renders `table` in the chosen format (colour only for a table on a terminal).
    func render(_ table: Table) -> String {
        TableRenderer.render(table, as: format, color: format == .table && Terminal.stdoutSupportsColor)
    }
}

extension OutputFormat: ExpressibleByArgument {}
