import CapexModel
import CapexScenarios
import Foundation

/// Why a scenario cannot be used: every problem, each with its line and key.
public struct ScenarioError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var problems: [ScenarioProblem]

    /// The problems in the file's order: by line (problems without a line last), stable otherwise.
    public var description: String {
        let ordered = problems.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? .max, lhs.offset) < (rhs.element.line ?? .max, rhs.offset)
        }.map(\.element)
        return "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s")\n" + ordered.map { "  \(file), \($0)" }.joined(separator: "\n")
    }
}

/// Finds a scenario by name or path, parses it and resolves it against the actuals in the
/// database: the base year (the latest fiscal year with the whole peer set's capex) and the
/// peer set's capex history, unless the file sets them.
public enum ScenarioLoader {
    /// The names of the shipped scenarios: `base`, `bull`, `bear`, `bench-reference`.
    public static var shippedNames: [String] { ShippedScenarios.names }

    /// `base`, `bull`, `bear`, `bench-reference`, or a path to a TOML file.
    public static func locate(_ nameOrPath: String) -> (url: URL, displayName: String)? {
        if let url = ShippedScenarios.url(nameOrPath) { return (url, "scenarios/\(nameOrPath).toml") }
        guard FileManager.default.fileExists(atPath: nameOrPath) else { return nil }
        return (URL(fileURLWithPath: nameOrPath), nameOrPath)
    }

    /// The parsed file, or a ``ScenarioError`` listing every problem.
    public static func file(_ nameOrPath: String) throws -> ScenarioFile {
        guard let (url, name) = locate(nameOrPath) else {
            throw ScenarioError(file: nameOrPath, problems: [ScenarioProblem(
                line: nil, key: "(file)", message: "no such file, and not a shipped scenario (\(ShippedScenarios.names.joined(separator: ", ")))")])
        }
        let (file, problems) = ScenarioFile.load(url, displayName: name)
        guard let file, problems.isEmpty else { throw ScenarioError(file: name, problems: problems) }
        return file
    }

    /// The scenario `nameOrPath`, resolved and checked; `database` supplies the actuals of a
    /// build-out scenario (it may be `nil` for a scenario that needs none).
    public static func load(_ nameOrPath: String, database: CapexDatabase?) throws -> Scenario {
        try resolve(file(nameOrPath), database: database)
    }

    /// Resolves a parsed file against the actuals.
    public static func resolve(_ file: ScenarioFile, database: CapexDatabase?) throws -> Scenario {
        var history = file.capexHistory ?? [:]
        var historySource = file.capexHistory == nil ? "" : "\(file.file) [actuals]"
        if file.model == .buildout, file.capexHistory == nil {
            guard let database else {
                throw ScenarioError(file: file.file, problems: [ScenarioProblem(line: nil, key: "actuals", message: "needs the database's actual capex")])
            }
            let members = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies()).members
            let calendar = CalendarCapexHistory(members: members, years: try database.companyYears(ciks: Set(members.map(\.cik))),
                                                quarters: try database.companyQuarters(), definition: file.capexDefinition)
            history = calendar.capex
            historySource = "peer-set \(file.capexDefinition == .cash ? "cash" : "with-leases") capex on calendar years "
                + "(\(members.map(\.displayTicker).joined(separator: ", "))) from the database's quarters"
                + (calendar.prorated.isEmpty ? "" : "; fiscal years prorated by months where quarters are missing: \(calendar.prorated.joined(separator: ", "))")
        }
        let baseYear = file.baseYear ?? (file.model == .buildout ? history.keys.max() ?? 0 : 0)
        let horizon = file.horizon ?? baseYear + (file.years ?? 15)
        var scenario = Scenario(name: file.name, model: file.model, description: file.description, parameters: file.parameters,
                                baseYear: baseYear, horizon: horizon, capexHistory: history, historySource: historySource)
        scenario.capexDefinition = file.capexDefinition
        scenario.calibrationDepartures = file.calibrationDepartures
        let problems = scenario.problems()
        guard problems.isEmpty else { throw ScenarioError(file: file.file, problems: problems) }
        return scenario
    }
}
