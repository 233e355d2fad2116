import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import CapexService

/// Options every data command takes: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (created and loaded with the bundled dataset if new).",
        discussion: "Default: $XDG_DATA_HOME/capexgap/capexgap.sqlite (~/.local/share/capexgap/capexgap.sqlite).",
        valueName: "path"))
    var db: String?

    /// The service over the database opened for reading: nothing is written to it.
    func service() throws -> CapexService {
        CapexService(database: try CapexDatabase.open(path: db, access: .read))
    }

    /// The service over the database opened for writing (imports, updates).
    func writingService() throws -> CapexService {
        CapexService(database: try CapexDatabase.open(path: db, access: .write))
    }
}

/// The output format option of every table command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    /// Prints `result`: JSON from the result itself, the other formats from its table (colour
    /// only for a table on a terminal).
    func print(_ result: some Encodable, _ table: @autoclosure () -> Table) {
        if format == .json {
            Terminal.write(TableRenderer.json(result))
        } else {
            Terminal.write(TableRenderer.render(table(), as: format, color: format == .table && Terminal.stdoutSupportsColor))
        }
    }
}

/// `--set name=value` options, parsed with the one number parser.
enum Assignments {
    /// - Throws: ``ParameterError`` (a usage error) for a malformed assignment, an unknown name
    ///   or a value that is not a plain number.
    static func parse(_ texts: [String], specs: [ParameterSpec]) throws -> [ParameterAssignment] {
        try texts.map { try ParameterAssignment(parsing: $0, specs: specs) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
