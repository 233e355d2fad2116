import ArgumentParser
import CapexData
import CapexModel
import CapexReport

/// `capexgap unit-economics`: what inference costs per hour, per token and per user.
struct UnitEconomicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-economics",
        abstract: "Cost per accelerator-hour, per million tokens and per user, against subscription prices.",
        discussion: "Parameters:\n" + UnitEconomicsModel.specs.map { "  \($0.name) (\($0.unit), \($0.range)): \($0.label)" }.joined(separator: "\n")
    )

    @Option(name: .long, help: ArgumentHelp("Start from this preset (gb200-typical-user, gb200-heavy-user).", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("Set a parameter (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open()
        let table = try RequestFailure.usage { try ModelTables.unitEconomics(preset: preset, assignments: assignments, database: db) }
        Terminal.write(output.render(table))
    }
}
