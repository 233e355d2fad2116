import CapexData
import CapexModel
import Foundation

/// Which scenario to run, which parameters the user fixed, and how far to project. Every
/// scenario operation (show, project, simulate, sensitivity, solve) starts from one.
public struct ScenarioRequest: Sendable, Hashable {
    /// A shipped scenario's name (`base`, `bull`, `bear`, `bench-reference`) or, when
    /// ``allowFiles`` is set, a path to a TOML file.
    public var scenario: ScenarioName
    /// Values the user fixed, each checked against its parameter's range.
    public var assignments: [ParameterAssignment]
    /// Last projected year (the scenario's own when `nil`).
    public var horizon: Int?
    /// Number of projected years, instead of ``horizon``.
    public var years: Int?
    /// Whether ``scenario`` may name a file (the CLI) or only a shipped scenario (the server).
    public var allowFiles: Bool
    /// The longest projection this caller accepts (the server's is shorter than the CLI's).
    public var maximumYears: Int
    /// Take the first projected year's capex (`capex_next_usd_b`) from the guidance ledger
    /// (``GuidanceCapex``) instead of the scenario.
    public var capexFromGuidance = false

    public init(scenario: ScenarioName = Defaults.scenario, assignments: [ParameterAssignment] = [], horizon: Int? = nil,
                years: Int? = nil, allowFiles: Bool = true, maximumYears: Int = Defaults.maximumProjectionYears) {
        self.scenario = scenario
        self.assignments = assignments
        self.horizon = horizon
        self.years = years
        self.allowFiles = allowFiles
        self.maximumYears = maximumYears
    }

    /// Every parameter name a scenario may set: those of every projection model.
    public static let parameterSpecs: [ParameterSpec] = {
        var seen = Set<String>()
        return ProjectionModelKind.allCases.flatMap(\.specs).filter { seen.insert($0.name).inserted }
    }()
}

/// Why a ``ScenarioRequest`` cannot run; ``field`` names the request field at fault.
public enum ScenarioRequestError: UserInputError {
    case unknownScenario(String, valid: [String])
    case scenarioFile(ScenarioError)
    case horizonAndYears
    case years(Int, maximum: Int)
    case horizon(Int, baseYear: Int, maximumYears: Int)
    case parameter(ParameterError)
    /// The guidance ledger cannot give the first projected year's capex.
    case guidance(String)

    public var message: String {
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
        case .parameter(let error):
            error.description
        case .guidance(let reason):
            reason
        }
    }

    public var field: String {
        switch self {
        case .unknownScenario, .scenarioFile: "scenario"
        case .horizonAndYears, .horizon: "horizon"
        case .years: "years"
        case .parameter(let error): error.field
        case .guidance: "capex_from_guidance"
        }
    }

    public var allowedValues: [String] {
        switch self {
        case .unknownScenario(_, let valid): valid
        case .parameter(let error): error.allowedValues
        default: []
        }
    }
}

extension CapexService {
    /// Loads and resolves the scenario, applies the horizon and the assignments.
    ///
    /// - Throws: ``ScenarioRequestError`` naming the field at fault.
    public func scenario(_ request: ScenarioRequest) throws -> Scenario {
        try Self.scenario(request) { database }
    }

    /// Loads a scenario; `database` is opened only when the scenario needs the actual capex.
    public static func scenario(_ request: ScenarioRequest, database: () throws -> CapexDatabase) throws -> Scenario {
        let name = request.scenario.value
        if !request.allowFiles, !ScenarioLoader.shippedNames.contains(name) {
            throw ScenarioRequestError.unknownScenario(name, valid: ScenarioLoader.shippedNames)
        }
        if request.horizon != nil, request.years != nil { throw ScenarioRequestError.horizonAndYears }
        if let years = request.years, !(1...request.maximumYears).contains(years) {
            throw ScenarioRequestError.years(years, maximum: request.maximumYears)
        }
        var resolved: Scenario
        do {
            let file = try ScenarioLoader.file(name)
            let needsDatabase = file.model == .buildout && file.capexHistory == nil
            resolved = try ScenarioLoader.resolve(file, database: needsDatabase ? try database() : nil)
        } catch let error as ScenarioError {
            throw ScenarioRequestError.scenarioFile(error)
        }
        if let years = request.years { resolved.horizon = resolved.baseYear + years }
        if let horizon = request.horizon {
            guard horizon > resolved.baseYear, horizon - resolved.baseYear <= request.maximumYears else {
                throw ScenarioRequestError.horizon(horizon, baseYear: resolved.baseYear, maximumYears: request.maximumYears)
            }
            resolved.horizon = horizon
        }
        if resolved.years > request.maximumYears {
            throw ScenarioRequestError.horizon(resolved.horizon, baseYear: resolved.baseYear, maximumYears: request.maximumYears)
        }
        let specs = resolved.model.specs
        if request.capexFromGuidance {
            resolved = try Self.capexFromGuidance(resolved, request: request, database: try database())
        }
        for assignment in request.assignments {
            guard let spec = specs.first(where: { $0.name == assignment.name }) else {
                throw ScenarioRequestError.parameter(.unknown(name: assignment.name, valid: specs.map(\.name)))
            }
            guard spec.range.contains(assignment.value) else {
                throw ScenarioRequestError.parameter(.outOfRange(name: assignment.name, value: assignment.value, spec: spec))
            }
            resolved = resolved.setting(assignment.name, to: assignment.value)
        }
        return resolved
    }

    /// `scenario` with `capex_next_usd_b` fixed at the peer set's guided capex for the first
    /// projected year, its source saying what each company's part is made of.
    static func capexFromGuidance(_ scenario: Scenario, request: ScenarioRequest, database: CapexDatabase) throws -> Scenario {
        let name = "capex_next_usd_b"
        guard scenario.model.specs.contains(where: { $0.name == name }) else {
            throw ScenarioRequestError.guidance("scenario \(scenario.name) (model \(scenario.model.rawValue)) has no \(name): the guidance ledger gives the buildout model's first-year capex")
        }
        if request.assignments.contains(where: { $0.name == name }) {
            throw ScenarioRequestError.guidance("--capex-from-guidance sets \(name); do not also --set it")
        }
        let year = scenario.baseYear + 1
        let members = PeerSet.hyperscalers(among: try database.companies()).members
        let parts: [GuidanceCapex.Part]
        switch GuidanceCapex.total(year: year, members: members, guidance: try BalanceSheetData.bundled().guidance,
                                   companyYears: try database.companyYears(), definition: scenario.capexDefinition) {
        case .success(let found): parts = found
        case .failure(.noGuidance(let ticker, _)):
            throw ScenarioRequestError.guidance("the guidance ledger has no capex guidance with a number for \(ticker) covering \(year) (capexgap guidance --ticker \(ticker))")
        case .failure(.noConversion(let ticker, let from, let to)):
            throw ScenarioRequestError.guidance("\(ticker)'s guidance is \(from.rawValue) capex and no fiscal year of it has both \(from.rawValue) and \(to.rawValue) capex to convert with")
        }
        // USD billions to one decimal, as the guides are given.
        let total = (parts.map(\.value).reduce(0, +) * 10).rounded() / 10
        let source = "guidance ledger, calendar \(year) on the scenario's \(scenario.capexDefinition.rawValue) definition: "
            + parts.map { "\($0.company.displayTicker) \(NumberText.grouped($0.value, digits: 1)) (\($0.basis))" }.joined(separator: "; ")
            + " = \(NumberText.grouped(total, digits: 1))"
        var copy = scenario
        copy.parameters[name] = ScenarioParameter(name: name, distribution: .fixed(total), unit: "USD_b", evidence: .estimated, source: source)
        return copy
    }
}
