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
        let presets = try db.presets(model: "unit-economics")
        let name = preset ?? presets.first?.name ?? ""
        guard let chosen = presets.first(where: { $0.name == name }) else {
            throw CLIError.usage("unknown preset '\(name)' for unit-economics; valid: \(presets.map(\.name).joined(separator: ", "))")
        }
        var parameters: Parameters
        do {
            parameters = try Parameters(specs: UnitEconomicsModel.specs, values: chosen.values)
            try parameters.apply(assignments: assignments)
        } catch let error as ParameterError {
            throw CLIError.usage(error.description)
        }
        let prices = try db.observations(dataset: "unit_costs").filter { $0.subject.hasPrefix("h100_") && $0.unit == "USD_per_GPU_hour" }
        let result = UnitEconomicsModel.evaluate(parameters)
        Terminal.write(output.render(UnitEconomicsTable.make(preset: chosen, parameters: parameters, result: result, marketPrices: prices)))
    }
}
