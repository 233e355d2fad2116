import CapexData
import CapexModel
import Foundation

/// A request to project or simulate a scenario: which scenario, which parameters the user fixed,
/// and how far to project. The CLI and the HTTP API both resolve requests through this type.
public struct ScenarioRequest: Sendable {
    /// A shipped scenario's name (`base`, `bull`, `bear`, `bench-reference`) or, when
    /// ``allowFiles`` is set, a path to a TOML file.
    public var scenario: String
    /// `name=value` assignments, each fixing a parameter at a value within its range.
    public var assignments: [String]
    /// Last projected year (the scenario's own when `nil`).
    public var horizon: Int?
    /// Number of projected years, instead of ``horizon``.
    public var years: Int?
    /// Whether ``scenario`` may name a file (the CLI) or only a shipped scenario (the server).
    public var allowFiles: Bool

    /// Longest projection accepted, in years.
    public static let maximumYears = 100

    public init(scenario: String = "base", assignments: [String] = [], horizon: Int? = nil, years: Int? = nil, allowFiles: Bool = true) {
        self.scenario = scenario
        self.assignments = assignments
        self.horizon = horizon
        self.years = years
        self.allowFiles = allowFiles
    }

    /// Loads and resolves the scenario, applies the horizon and the assignments.
    ///
    /// - Parameter database: opened only when the scenario needs the actual capex.
    /// - Throws: ``ScenarioRequestError`` naming the field at fault.
    public func load(database: () throws -> CapexDatabase) throws -> Scenario {
        if !allowFiles, !ScenarioLoader.shippedNames.contains(scenario) {
            throw ScenarioRequestError.unknownScenario(scenario, valid: ScenarioLoader.shippedNames)
        }
        if horizon != nil, years != nil { throw ScenarioRequestError.horizonAndYears }
        if let years, !(1...Self.maximumYears).contains(years) {
            throw ScenarioRequestError.years(years, maximum: Self.maximumYears)
        }
        var resolved: Scenario
        do {
            let file = try ScenarioLoader.file(scenario)
            let needsDatabase = file.model == .buildout && file.capexHistory == nil
            resolved = try ScenarioLoader.resolve(file, database: needsDatabase ? try database() : nil)
        } catch let error as ScenarioError {
            throw ScenarioRequestError.scenarioFile(error)
        }
        if let years { resolved.horizon = resolved.baseYear + years }
        if let horizon {
            guard horizon > resolved.baseYear, horizon - resolved.baseYear <= Self.maximumYears else {
                throw ScenarioRequestError.horizon(horizon, baseYear: resolved.baseYear, maximumYears: Self.maximumYears)
            }
            resolved.horizon = horizon
        }
        for assignment in assignments {
            resolved = try Self.apply(assignment, to: resolved)
        }
        return resolved
    }

    /// The scenario with one `name=value` fixed, checked against the parameter's range.
    static func apply(_ assignment: String, to scenario: Scenario) throws -> Scenario {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { throw ScenarioRequestError.notAnAssignment(assignment) }
        let specs = scenario.model.specs
        guard let spec = specs.first(where: { $0.name == parts[0] }) else {
            throw ScenarioRequestError.parameter(.unknown(name: parts[0], valid: specs.map(\.name)))
        }
        guard let value = Double(parts[1].filter { $0 != "_" }), value.isFinite else {
            throw ScenarioRequestError.parameter(.notANumber(name: parts[0], text: parts[1], spec: spec))
        }
        guard spec.range.contains(value) else {
            throw ScenarioRequestError.parameter(.outOfRange(name: parts[0], value: value, spec: spec))
        }
        return scenario.setting(parts[0], to: value)
    }
}

/// Why a ``ScenarioRequest`` cannot run; ``field`` names the request field at fault.
public enum ScenarioRequestError: Error, CustomStringConvertible, Sendable {
    case unknownScenario(String, valid: [String])
    case scenarioFile(ScenarioError)
    case horizonAndYears
    case years(Int, maximum: Int)
    case horizon(Int, baseYear: Int, maximumYears: Int)
    case notAnAssignment(String)
    case parameter(ParameterError)

    public var description: String {
        switch self {
        case .unknownScenario(let name, let valid):
            "unknown scenario '\(name)'; valid: \(valid.joined(separator: ", "))"
        case .scenarioFile(let error):
            error.description
        case .horizonAndYears:
            "give horizon or years, not both"
        case .years(let years, let maximum):
            "years \(years) is out of range; give 1 to \(maximum) years"
        case .horizon(let horizon, let baseYear, let maximumYears):
            "horizon \(horizon) must be after the base year \(baseYear) and at most \(maximumYears) years later"
        case .notAnAssignment(let text):
            "'\(text)' is not an assignment; write name=value"
        case .parameter(let error):
            error.description
        }
    }

    /// The request field at fault: `scenario`, `horizon`, `years`, `set`, or a parameter's name.
    public var field: String {
        switch self {
        case .unknownScenario, .scenarioFile: "scenario"
        case .horizonAndYears, .horizon: "horizon"
        case .years: "years"
        case .notAnAssignment: "set"
        case .parameter(let error): error.parameterName ?? "set"
        }
    }
}

extension ParameterError {
    /// The parameter the error is about, when it names one.
    public var parameterName: String? {
        switch self {
        case .unknown(let name, _), .missing(let name), .outOfRange(let name, _, _), .notANumber(let name, _, _): name
        case .malformed: nil
        }
    }
}
