import CapexData
import CapexModel

/// `gap MODEL`: run a published gap model from a preset, with values the user set and
/// optionally the capex input taken from the data.
public struct GapModelRequest: Sendable, Hashable {
    public var model: String
    /// The preset to start from; the model's first preset when `nil`.
    public var preset: String?
    /// Values the user set, applied last. A value equal to the preset's is not a change.
    public var assignments: [ParameterAssignment]
    /// Take the capex input from the database: the peer set or a company.
    public var fromData: CapexSource?
    /// The fiscal year of the actual capex (the latest complete year when `nil`); only with ``fromData``.
    public var year: Int?

    public init(model: String, preset: String? = nil, assignments: [ParameterAssignment] = [], fromData: CapexSource? = nil,
                year: Int? = nil) {
        self.model = model
        self.preset = preset
        self.assignments = assignments
        self.fromData = fromData
        self.year = year
    }
}

/// Why a gap-model request cannot run; every case names what would be valid.
public enum GapRunError: UserInputError, Equatable {
    case unknownModel(String, valid: [String])
    case unknownPreset(String, model: String, valid: [String])
    case parameter(ParameterError)
    case unknownCapexSource(String, valid: [String])
    case noCapex(year: Int, available: [Int])
    case yearWithoutData

    public var message: String {
        switch self {
        case .unknownModel(let name, let valid):
            "unknown model '\(name)'; valid: \(valid.joined(separator: ", "))"
        case .unknownPreset(let name, let model, let valid):
            "unknown preset '\(name)' for \(model); valid: \(valid.joined(separator: ", "))"
        case .parameter(let error):
            error.description
        case .unknownCapexSource(let name, let valid):
            "from-data \(name): expected hyperscalers (the peer set) or a ticker (\(valid.joined(separator: ", ")))"
        case .noCapex(let year, let available):
            "no complete capex figure for fiscal year \(year); available: \(YearRanges.text(available))"
        case .yearWithoutData:
            "year goes with from-data (the fiscal year of the actual capex)"
        }
    }

    public var field: String {
        switch self {
        case .unknownModel: "model"
        case .unknownPreset: "preset"
        case .parameter(let error): error.field
        case .unknownCapexSource: "from_data"
        case .noCapex, .yearWithoutData: "year"
        }
    }

    public var allowedValues: [String] {
        switch self {
        case .unknownModel(_, let valid), .unknownPreset(_, _, let valid), .unknownCapexSource(_, let valid): valid
        case .parameter(let error): error.allowedValues
        case .noCapex(_, let available): available.map(String.init)
        case .yearWithoutData: []
        }
    }
}

/// A gap model run: the parameters used, the outputs, and the published results the preset
/// is checked against. Its rows are the parameters, then the outputs.
public struct GapModelRun: TabularResult {
    /// A parameter or an output of the run.
    public struct Row: Sendable, Hashable {
        public enum Kind: String, Sendable { case parameter, output }
        public var kind: Kind
        public var name: String
        public var label: String
        public var value: Figure
        public var unit: String
        /// The published value of an output the preset is checked against.
        public var published: Double?
        /// Whether the output rounds to the published value at its published precision.
        public var reproduced: Bool?
        /// `reproduced` (every input is the anchor's own published figure), `calibrated` (an input
        /// was back-solved from the anchor's output, so the match is by construction) or `differs`.
        public var check: String?
        public var source: String
    }

    public var model: any GapModel.Type
    public var preset: Preset
    public var parameters: Parameters
    public var result: GapModelResult
    /// Published results of the preset, when the run is the preset as published (no change, no from-data).
    public var checks: [PresetCheck]
    /// What from-data replaced, in words.
    public var capexNote: String?

    /// Whether every published result is reproduced at the precision it was published.
    public var allReproduced: Bool {
        checks.allSatisfy { check in result[check.output].value.map(check.isReproduced) == true }
    }

    public var rows: [Row] {
        let parameterRows = model.specs.map { spec in
            let value = parameters.values[spec.name]
            let source = [value?.source, preset.notes[spec.name]].compactMap { $0 }.joined(separator: "; ")
            return Row(kind: .parameter, name: spec.name, label: spec.label, value: parameters.figure(spec.name), unit: spec.unit,
                       published: nil, reproduced: nil, source: source.isEmpty ? "scenario" : source)
        }
        let backSolved = preset.backSolved
        let outputRows = result.outputs.map { output in
            let check = checks.first { $0.output == output.name }
            let matches = check.map { check in output.figure.value.map(check.isReproduced) == true }
            let status = matches.map { matches in !matches ? "differs" : backSolved.isEmpty ? "reproduced" : "calibrated" }
            let note = status == "calibrated"
                ? "calibrated, not reproduced: " + backSolved.map { "\($0.key) back-solved (\($0.value))" }.joined(separator: "; ")
                : output.label
            return Row(kind: .output, name: output.name, label: output.label, value: output.figure, unit: output.unit,
                       published: check?.published, reproduced: matches, check: status, source: note)
        }
        return parameterRows + outputRows
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("kind", "Kind") { $0.kind.rawValue },
        .text("name", "Name") { $0.name },
        .text("label", "Meaning", machineOnly: true) { $0.label },
        .figure("value", "Value", .auto) { $0.value },
        .text("unit", "Unit") { $0.unit },
        .number("published", "Published", .auto) { $0.published },
        .bool("reproduced", "Match", machineOnly: true) { $0.reproduced },
        .text("check", "Check") { $0.check },
        .text("source", "Source or note", wrapWidth: 60) { $0.source },
]
}

extension CapexService {
    /// Runs a gap model from its preset.
    ///
    /// - Throws: ``GapRunError`` naming what is wrong and what would be valid.
    public func gapRun(_ request: GapModelRequest) throws -> GapModelRun {
        guard let model = GapModels.model(named: request.model) else {
            throw GapRunError.unknownModel(request.model, valid: GapModels.all.map { $0.id })
        }
        if request.year != nil, request.fromData == nil { throw GapRunError.yearWithoutData }
        try YearCheck.check(request.year, field: "year")
        let presets = try self.presets(model: model.id)
        let chosen = request.preset ?? presets.first?.name ?? ""
        guard let preset = presets.first(where: { $0.name == chosen }) else {
            throw GapRunError.unknownPreset(chosen, model: model.id, valid: presets.map(\.name))
        }
        // A value still equal to the preset's is not a change (the run stays as published).
        let changes = request.assignments.filter { assignment in
            guard let published = preset.values[assignment.name]?.value else { return true }
            return abs(assignment.value - published) > 1e-12 * max(1, abs(published))
        }
        var parameters: Parameters
        var capexNote: String?
        do {
            parameters = try Parameters(specs: model.specs, values: preset.values)
            if let source = request.fromData {
                let capex = try actualCapex(source, year: request.year)
                let replaced = try model.usingCapex(capex.usdBillions, in: parameters)
                parameters = replaced.0
                capexNote = "\(replaced.1): \(capex.description)"
            }
            try parameters.apply(changes)
        } catch let error as ParameterError {
            throw GapRunError.parameter(error)
        }
        let asPublished = changes.isEmpty && request.fromData == nil
        return GapModelRun(model: model, preset: preset, parameters: parameters, result: model.evaluate(parameters),
                           checks: asPublished ? try database.presetChecks(model: model.id).filter { $0.preset == preset.name } : [],
                           capexNote: capexNote)
    }

    /// A year's actual capex of the peer set or of one company (the latest complete year when `year` is `nil`).
    public func actualCapex(_ source: CapexSource, year: Int?) throws -> ActualCapex {
        let companies = try database.companies()
        let members: [Company]
        let label: String
        switch source {
        case .peerSet:
            members = PeerSet.hyperscalers(among: companies).members
            label = "hyperscaler peer set"
        case .ticker(let ticker):
            guard let company = companies.first(where: { $0.ticker?.uppercased() == ticker.uppercased() }) else {
                throw GapRunError.unknownCapexSource(ticker, valid: companies.compactMap(\.ticker))
            }
            members = [company]
            label = company.displayTicker
        }
        let peerYears = PeerSet(role: PeerSet.chosenRole, members: members)
            .years(from: try database.companyYears(ciks: Set(members.map(\.cik))), definition: .cash)
            .filter { $0.capex.isResolved }
        guard let chosen = year.map({ wanted in peerYears.first { $0.fiscalYear == wanted } }) ?? peerYears.last else {
            throw GapRunError.noCapex(year: year ?? 0, available: peerYears.map(\.fiscalYear))
        }
        return ActualCapex(fiscalYear: chosen.fiscalYear, usdBillions: Figure(optional: chosen.capex.value.map { $0 / 1_000 }, chosen.capex.evidence),
                           label: label)
    }
}

/// A year's actual capex of the peer set or of one company.
public struct ActualCapex: Sendable, Hashable {
    public var fiscalYear: Int
    /// USD billions.
    public var usdBillions: Figure
    public var label: String

    public var description: String {
        "\(label) FY\(fiscalYear), \(NumberText.billions(fromMillions: (usdBillions.value ?? .nan) * 1_000)) (\(usdBillions.evidence.rawValue))"
    }
}
