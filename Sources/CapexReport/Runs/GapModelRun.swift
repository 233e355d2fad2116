import CapexData
import CapexModel

/// A request to run a gap model: which model, which preset, which values the user set, and
/// whether the capex input comes from the database.
public struct GapModelRequest: Sendable {
    public var model: String
    /// The preset to start from; the model's first preset when `nil`.
    public var preset: String?
    /// `name=value` assignments, applied last.
    public var assignments: [String]
    /// Take the capex input from the database: `hyperscalers` (the peer set) or a ticker.
    public var fromData: String?
    /// The fiscal year of the actual capex (the latest complete year when `nil`).
    public var year: Int?

    public init(model: String, preset: String? = nil, assignments: [String] = [], fromData: String? = nil, year: Int? = nil) {
        self.model = model
        self.preset = preset
        self.assignments = assignments
        self.fromData = fromData
        self.year = year
    }
}

/// Why a gap-model request cannot run; every case names what would be valid.
public enum GapRunError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownModel(String, valid: [String])
    case unknownPreset(String, model: String, valid: [String])
    case parameter(ParameterError)
    case unknownCapexSource(String, valid: [String])
    case noCapex(year: Int, available: [Int])

    public var description: String {
        switch self {
        case .unknownModel(let name, let valid):
            "unknown model '\(name)'; valid: \(valid.joined(separator: ", "))"
        case .unknownPreset(let name, let model, let valid):
            "unknown preset '\(name)' for \(model); valid: \(valid.joined(separator: ", "))"
        case .parameter(let error):
            error.description
        case .unknownCapexSource(let name, let valid):
            "--from-data \(name): expected hyperscalers (the peer set) or a ticker (\(valid.joined(separator: ", ")))"
        case .noCapex(let year, let available):
            "no complete capex figure for fiscal year \(year); available: \(YearRanges.text(available))"
        }
    }
}

/// A gap model run: the parameters used, the outputs, and the published results the preset
/// is checked against.
public struct GapModelRun: Sendable {
    public var model: any GapModel.Type
    public var preset: Preset
    public var parameters: Parameters
    public var result: GapModelResult
    /// Published results of the preset, when the run is the preset as published (no --set, no --from-data).
    public var checks: [PresetCheck]
    /// What --from-data replaced, in words.
    public var capexNote: String?

    /// Runs `request` against the presets and figures in `database`.
    ///
    /// - Throws: ``GapRunError`` naming what is wrong and what would be valid.
    public init(_ request: GapModelRequest, database: CapexDatabase) throws {
        guard let model = GapModels.model(named: request.model) else {
            throw GapRunError.unknownModel(request.model, valid: GapModels.all.map { $0.id })
        }
        let presets = try database.presets(model: model.id)
        let chosen = request.preset ?? presets.first?.name ?? ""
        guard let preset = presets.first(where: { $0.name == chosen }) else {
            throw GapRunError.unknownPreset(chosen, model: model.id, valid: presets.map(\.name))
        }
        do {
            var parameters = try Parameters(specs: model.specs, values: preset.values)
            if let source = request.fromData {
                let capex = try ActualCapex(source: source, year: request.year, database: database)
                let replaced = try model.usingCapex(capex.usdBillions, in: parameters)
                parameters = replaced.0
                capexNote = "\(replaced.1): \(capex.description)"
            } else {
                capexNote = nil
            }
            try parameters.apply(assignments: request.assignments)
            self.parameters = parameters
        } catch let error as ParameterError {
            throw GapRunError.parameter(error)
        }
        self.model = model
        self.preset = preset
        result = model.evaluate(parameters)
        let asPublished = request.assignments.isEmpty && request.fromData == nil
        checks = asPublished ? try database.presetChecks(model: model.id).filter { $0.preset == preset.name } : []
    }
}

/// A year's actual capex of the peer set or of one company, for `--from-data`.
public struct ActualCapex: Sendable {
    public var fiscalYear: Int
    /// USD billions.
    public var usdBillions: Figure
    public var label: String

    public init(source: String, year: Int?, database: CapexDatabase) throws {
        let companies = try database.companies()
        let members: [Company]
        if source.lowercased() == "hyperscalers" {
            members = PeerSet(role: PeerSet.hyperscalerRole, among: companies).members
            label = "hyperscaler peer set"
        } else if let company = companies.first(where: { $0.ticker?.uppercased() == source.uppercased() }) {
            members = [company]
            label = company.displayTicker
        } else {
            throw GapRunError.unknownCapexSource(source, valid: companies.compactMap(\.ticker))
        }
        let peerYears = PeerSet(role: "chosen", members: members)
            .years(from: try database.companyYears(ciks: Set(members.map(\.cik))), definition: .cash)
            .filter { $0.capex.isResolved }
        guard let chosen = year.map({ wanted in peerYears.first { $0.fiscalYear == wanted } }) ?? peerYears.last else {
            throw GapRunError.noCapex(year: year ?? 0, available: peerYears.map(\.fiscalYear))
        }
        fiscalYear = chosen.fiscalYear
        usdBillions = Figure(optional: chosen.capex.value.map { $0 / 1_000 }, chosen.capex.evidence)
    }

    public var description: String {
        "\(label) FY\(fiscalYear), \(NumberText.billions(fromMillions: (usdBillions.value ?? .nan) * 1_000)) (\(usdBillions.evidence.rawValue))"
    }
}
