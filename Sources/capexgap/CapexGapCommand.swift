import ArgumentParser
import Foundation

/// The `capexgap` command-line tool.
@main
struct CapexGapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capexgap",
        abstract: "Measure and model the gap between AI infrastructure capex and AI revenue.",
        discussion: """
            With no subcommand, prints the headline: each hyperscaler's latest fiscal year, capex \
            against revenue, and the peer set's total. Every figure carries its evidence status \
            (R reported, D derived, E estimated, S scenario) and its source.
            Exit codes: 0 success, 1 failure (database, file or download), 2 usage (unknown flag, ticker, value).
            """,
        subcommands: [
            HeadlineCommand.self, CompaniesCommand.self, QuartersCommand.self, TTMCommand.self, PeersCommand.self, DefinitionsCommand.self, CommitmentsCommand.self, FinancingCommand.self, LeverageCommand.self, GuidanceCommand.self, DealsCommand.self, EssayCommand.self, SourcesCommand.self,
            ImportCommand.self, UpdateCommand.self, ScreenCommand.self, RestatementsCommand.self, ConflictsCommand.self, GapCommand.self, UnitEconomicsCommand.self, DepreciationCommand.self,
            ScenarioCommand.self, ProjectCommand.self, SimulateCommand.self, SensitivityCommand.self, SolveCommand.self,
            AnalogsCommand.self, ValueChainCommand.self, ReportCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: HeadlineCommand.self
    )

    /// Parses and runs the command, mapping every error to a message and an exit code in one
    /// place (``CLIError/init(_:)``): 2 for usage errors, 1 for failures.
    static func main() async {
        if let unknown = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            Terminal.writeError("capexgap: unknown command '\(unknown)'; commands: \(commandNames.joined(separator: ", ")) (capexgap --help)\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let failure = CLIError(error) {
                Terminal.writeError("capexgap: \(Terminal.printable(failure.description))\n")
                Foundation.exit(failure.exitCode)
            }
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Terminal.write(message + "\n") }
                Foundation.exit(0)
            }
            if !message.isEmpty { Terminal.writeError(message + "\n") }
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }

    /// The subcommands' names, as a user types them.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// A first argument that is a word but names no command (the headline takes no words, so
    /// ArgumentParser would only say "unexpected argument"), or `nil`.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !commandNames.contains(first) else { return nil }
        return first
    }
}
