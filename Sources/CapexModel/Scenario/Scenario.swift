/// A scenario parameter: its distribution, unit, and where its value comes from.
public struct ScenarioParameter: Sendable, Hashable {
    public var name: String
    public var distribution: Distribution
    public var unit: String
    /// `estimated` when it cites a source, `scenario` when it is an assumption.
    public var evidence: EvidenceStatus
    /// The citation, when there is one.
    public var source: String?
    /// Line of the scenario file that sets it (for messages).
    public var line: Int?

    public init(name: String, distribution: Distribution, unit: String, evidence: EvidenceStatus, source: String?, line: Int? = nil) {
        self.name = name
        self.distribution = distribution
        self.unit = unit
        self.evidence = evidence
        self.source = source
        self.line = line
    }
}

/// Which projection model a scenario drives.
public enum ProjectionModelKind: String, Sendable, Hashable, CaseIterable {
    /// The build-out: capex vintages by asset category against AI revenue from its drivers.
    case buildout
    /// The reference model of `../shared/bench/mc_numpy.py`, for benchmarks.
    case benchReference = "bench-reference"

    public var specs: [ParameterSpec] {
        switch self {
        case .buildout: BuildoutModel.specs
        case .benchReference: BenchReferenceModel.specs
        }
    }
}

/// A scenario: a model, its parameters (values or distributions) and the actuals it starts from.
public struct Scenario: Sendable, Hashable {
    public var name: String
    public var model: ProjectionModelKind
    public var description: String
    public var parameters: [String: ScenarioParameter]
    /// The last actual year (year 0 of the projection).
    public var baseYear: Int
    /// The last projected year.
    public var horizon: Int
    /// Peer-set capex of past fiscal years, USD billions (the build-out's legacy vintages).
    public var capexHistory: [Int: Double]
    /// Where the capex history comes from.
    public var historySource: String
    /// The capex definition of the history and the guidance year (cash, or with leases).
    public var capexDefinition: CapexDefinition = .cash
    /// Calibration streams the scenario departs from on purpose, with the reason.
    public var calibrationDepartures: [String: String] = [:]

    public init(name: String, model: ProjectionModelKind, description: String, parameters: [String: ScenarioParameter],
                baseYear: Int, horizon: Int, capexHistory: [Int: Double] = [:], historySource: String = "") {
        self.name = name
        self.model = model
        self.description = description
        self.parameters = parameters
        self.baseYear = baseYear
        self.horizon = horizon
        self.capexHistory = capexHistory
        self.historySource = historySource
    }

    /// Number of projected years.
    public var years: Int { horizon - baseYear }

    /// The distributions in the model's parameter order.
    public var distributions: [Distribution] {
        model.specs.map { parameters[$0.name]?.distribution ?? .fixed(.nan) }
    }

    /// The scenario with `name` fixed at `value` (a scenario value set by the user).
    public func setting(_ name: String, to value: Double, source: String = "set by the user") -> Scenario {
        var copy = self
        let unit = parameters[name]?.unit ?? model.specs.first { $0.name == name }?.unit ?? ""
        copy.parameters[name] = ScenarioParameter(name: name, distribution: .fixed(value), unit: unit, evidence: .scenario, source: source)
        return copy
    }

    /// The problems that keep the scenario from running: missing or unknown parameters,
    /// values outside a parameter's range, invalid distributions, a horizon before the base year.
    public func problems() -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        let specs = model.specs
        for spec in specs where parameters[spec.name] == nil {
            problems.append(ScenarioProblem(line: nil, key: "parameters.\(spec.name)",
                                            message: "missing: \(spec.label) (\(spec.unit), \(spec.range))"))
        }
        for parameter in parameters.values.sorted(by: { ($0.line ?? 0, $0.name) < ($1.line ?? 0, $1.name) }) {
            let key = "parameters.\(parameter.name)"
            guard let spec = specs.first(where: { $0.name == parameter.name }) else {
                problems.append(ScenarioProblem(line: parameter.line, key: key,
                                                message: "unknown parameter for model \(model.rawValue); valid: \(specs.map(\.name).joined(separator: ", "))"))
                continue
            }
            if let problem = parameter.distribution.problem {
                problems.append(ScenarioProblem(line: parameter.line, key: key, message: "\(parameter.distribution.family): \(problem)"))
                continue
            }
            // Bounded families must lie within the range; unbounded ones (normal, lognormal) are
            // clamped to it when sampled, so only their median must.
            let distribution = parameter.distribution
            let checked: [Double]
            switch distribution {
            case .normal, .lognormal: checked = [distribution.median]
            default: checked = [distribution.support.lower, distribution.support.upper]
            }
            let outside = checked.filter { !spec.range.contains($0) }
            if let value = outside.first {
                problems.append(ScenarioProblem(line: parameter.line, key: key,
                                                message: "\(NumberText.compact(value)) is out of range: \(spec.label) (\(spec.unit)) must be \(spec.range)"))
            }
            if parameter.unit != spec.unit {
                problems.append(ScenarioProblem(line: parameter.line, key: key + ".unit",
                                                message: "unit \"\(parameter.unit)\" does not match the parameter's unit \"\(spec.unit)\""))
            }
        }
        if horizon <= baseYear {
            problems.append(ScenarioProblem(line: nil, key: "scenario.horizon",
                                            message: "horizon \(horizon) must be after the base year \(baseYear)"))
        } else if horizon - baseYear > 100 {
            problems.append(ScenarioProblem(line: nil, key: "scenario.horizon", message: "at most 100 projected years"))
        }
        return problems
    }
}

/// One problem in a scenario, with the line and key it comes from.
public struct ScenarioProblem: Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var key: String
    public var message: String

    public init(line: Int?, key: String, message: String) {
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        (line.map { "line \($0), " } ?? "") + "\(key): \(message)"
    }
}
