import CapexData
import Foundation
import CapexModel

/// `unit-economics`: a preset with values the user set.
public struct UnitEconomicsRequest: Sendable, Hashable {
    /// The preset to start from (the first when `nil`).
    public var preset: String?
    public var assignments: [ParameterAssignment]

    public init(preset: String? = nil, assignments: [ParameterAssignment] = []) {
        self.preset = preset
        self.assignments = assignments
    }
}

/// `depreciation`: a capex history depreciated over several server lives.
public struct DepreciationRequest: Sendable, Hashable {
    /// One company (the hyperscaler peer set when `nil`).
    public var ticker: String?
    /// Useful lives to compare, years (``defaultLives`` when empty).
    public var lives: [Double]
    /// Share of capex in short-lived assets (Microsoft's disclosed share when `nil`).
    public var serverShare: Double?
    public var from: Int?
    public var to: Int?

    /// Useful lives compared when none is given, years.
    public static let defaultLives: [Double] = [2, 3, 4, 5, 6]

    public init(ticker: String? = nil, lives: [Double] = [], serverShare: Double? = nil, from: Int? = nil, to: Int? = nil) {
        self.ticker = ticker
        self.lives = lives
        self.serverShare = serverShare
        self.from = from
        self.to = to
    }
}

/// `unit-economics`: from an accelerator-hour to a subscriber's month.
public struct UnitEconomicsResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public enum Kind: String, Sendable { case parameter, output, plan }
        public var kind: Kind
        public var name: String
        public var value: FieldValue
        public var unit: String
        public var note: String
    }

    public var preset: Preset
    public var parameters: Parameters
    public var result: UnitEconomicsModel.Result
    /// Observed H100 rental prices to compare the break-even price with.
    public var marketPrices: [Observation]

    public var rows: [Row] {
        var rows = UnitEconomicsModel.specs.map { spec in
            let note = [parameters.values[spec.name]?.source, preset.notes[spec.name]].compactMap { $0 }.joined(separator: "; ")
            let figure = parameters.figure(spec.name)
            return Row(kind: .parameter, name: spec.name, value: spec.unit == "year" ? .styledFigure(figure, .plain) : .figure(figure),
                       unit: spec.unit, note: note.isEmpty ? "scenario" : note)
        }
        rows += result.outputs.map { Row(kind: .output, name: $0.name, value: .figure($0.figure), unit: $0.unit, note: $0.label) }
        rows += result.plans.map { plan in
            let verdict: String
            if let margin = plan.margin.value, margin >= 0 {
                verdict = "covers its cost now"
            } else if let year = plan.profitableFrom {
                verdict = "subsidised; covers its cost from \(year) at the yearly cost decline"
            } else {
                verdict = "subsidised, and never covers its cost at this cost decline"
            }
            return Row(kind: .plan, name: "\(plan.name)_margin", value: .figure(plan.margin), unit: "ratio",
                       note: "$\(NumberText.compact(plan.price.value ?? .nan)) a month: \(verdict)")
        }
        return rows
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("kind", "Kind") { $0.kind.rawValue },
        .text("name", "Name") { $0.name },
        Field(key: "value", title: "Value", kind: .figure(.auto)) { $0.value },
        .text("unit", "Unit") { $0.unit },
        .text("source", "Source or meaning", wrapWidth: 60) { $0.note },
]
}

/// `depreciation`: depreciation of a capex history under several server lives.
public struct DepreciationResult: TabularResult {
    public var comparison: UsefulLifeComparison
    /// Whose capex: a company's name, or "the hyperscaler peer set".
    public var subject: String
    public var changes: [UsefulLifeChange]

    public var rows: [UsefulLifeComparison.Year] { comparison.years }

    public var fields: [Field<UsefulLifeComparison.Year>] { Self.fields(lives: comparison.lives) }
    /// The fields of the default lives; each life asked for adds `depreciation_<life>y_usd_m`.
    public static var schema: [FieldSchema] { fields(lives: DepreciationRequest.defaultLives).map(\.schema) }

    static func fields(lives: [Double]) -> [Field<UsefulLifeComparison.Year>] {
        var fields: [Field<UsefulLifeComparison.Year>] = [
            .integer("fiscal_year", "FY") { $0.fiscalYear },
            .figure("capex_usd_m", "Capex $M", .millions) { $0.capex },
            .figure("server_capex_usd_m", "Server capex $M", .millions) { $0.serverCapex },
        ]
        for (index, life) in lives.enumerated() {
            let name = NumberText.compact(life)
            fields.append(.figure("depreciation_\(name.replacingOccurrences(of: ".", with: "_"))y_usd_m", "Dep \(name)y $M", .millions) {
                $0.depreciation[index]
            })
        }
        return fields + [
            .figure("shortest_minus_longest_usd_m", "Extra cost $M", .millions) { $0.shortestMinusLongest },
            .number("policy_life_years", "Policy life", .auto) { $0.policyLife },
        ]
    }
}

extension CapexService {
    /// Cost per accelerator-hour, per million tokens and per user, from a preset.
    public func unitEconomics(_ request: UnitEconomicsRequest = UnitEconomicsRequest()) throws -> UnitEconomicsResult {
        let presets = try database.presets(model: UnitEconomicsModel.id)
        let name = request.preset ?? presets.first?.name ?? ""
        guard let chosen = presets.first(where: { $0.name == name }) else {
            throw RequestError.unknownPreset(name, model: UnitEconomicsModel.id, valid: presets.map(\.name))
        }
        var parameters: Parameters
        do {
            parameters = try Parameters(specs: UnitEconomicsModel.specs, values: chosen.values)
            try parameters.apply(request.assignments)
        } catch let error as ParameterError {
            throw RequestError.parameter(error)
        }
        let prices = try database.observations(dataset: "unit_costs").filter { $0.subject.hasPrefix("h100_") && $0.unit == "USD_per_GPU_hour" }
        return UnitEconomicsResult(preset: chosen, parameters: parameters, result: UnitEconomicsModel.evaluate(parameters), marketPrices: prices)
    }

    /// One company's (or the peer set's) capex history depreciated over each useful life.
    public func depreciation(_ request: DepreciationRequest = DepreciationRequest()) throws -> DepreciationResult {
        for value in request.lives where !ParameterRange.years.contains(value) {
            throw RequestError.outOfRange(field: "life", value: NumberText.compact(value), valid: ParameterRange.years.description)
        }
        if let share = request.serverShare, !ParameterRange.shareFraction.contains(share) {
            throw RequestError.outOfRange(field: "server_share", value: NumberText.compact(share), valid: ParameterRange.shareFraction.description)
        }
        try CompanyFilter(from: request.from, to: request.to).validate()
        let companies = try database.companies()
        let members: [Company]
        let subject: String
        if let ticker = request.ticker {
            guard let company = companies.first(where: { $0.ticker?.uppercased() == ticker.uppercased() }) else {
                throw RequestError.unknownTicker(ticker, known: companies.compactMap(\.ticker))
            }
            members = [company]
            subject = company.name
        } else {
            members = PeerSet.hyperscalers(among: companies).members
            subject = "the hyperscaler peer set"
        }
        let peerYears = PeerSet(role: PeerSet.chosenRole, members: members)
            .years(from: try database.companyYears(ciks: Set(members.map(\.cik))), definition: .cash)
        let capex = Dictionary(uniqueKeysWithValues: peerYears.map { ($0.fiscalYear, $0.capex) })
        let share: Figure
        if let serverShare = request.serverShare {
            share = Figure(serverShare, .scenario)
        } else {
            share = try database.observations(dataset: "unit_costs", subject: "short_lived_asset_share_of_capex").first?.figure ?? .unresolved
        }
        let changes = members.count == 1 ? try database.usefulLifeChanges().filter { subject.hasPrefix($0.company) } : []
        var comparison = UsefulLifeComparison(capexByYear: capex, lives: request.lives.isEmpty ? DepreciationRequest.defaultLives : request.lives,
                                              serverShare: share, changes: changes)
        comparison.years = comparison.years.filter { (request.from ?? .min) <= $0.fiscalYear && $0.fiscalYear <= (request.to ?? .max) }
        return DepreciationResult(comparison: comparison, subject: subject, changes: changes)
    }
}
