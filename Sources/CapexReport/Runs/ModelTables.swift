import CapexData
import CapexModel

/// The tables of model results that need more than one call to build, shared by the CLI, the
/// API and the report.
public enum ModelTables {
    /// `capexgap unit-economics`: a preset (the first when `nil`) with `assignments` applied.
    public static func unitEconomics(preset: String?, assignments: [String], database: CapexDatabase) throws -> Table {
        let presets = try database.presets(model: "unit-economics")
        let name = preset ?? presets.first?.name ?? ""
        guard let chosen = presets.first(where: { $0.name == name }) else {
            throw RequestError.unknownPreset(name, model: "unit-economics", valid: presets.map(\.name))
        }
        var parameters: Parameters
        do {
            parameters = try Parameters(specs: UnitEconomicsModel.specs, values: chosen.values)
            try parameters.apply(assignments: assignments)
        } catch let error as ParameterError {
            throw RequestError.parameter(error)
        }
        let prices = try database.observations(dataset: "unit_costs").filter { $0.subject.hasPrefix("h100_") && $0.unit == "USD_per_GPU_hour" }
        let result = UnitEconomicsModel.evaluate(parameters)
        return UnitEconomicsTable.make(preset: chosen, parameters: parameters, result: result, marketPrices: prices)
    }

    /// Useful lives `capexgap depreciation` compares when none is given, years.
    public static let defaultLives: [Double] = [2, 3, 4, 5, 6]

    /// `capexgap depreciation`: one company's (or the peer set's) capex history depreciated
    /// over each of `lives`, with `serverShare` of capex short-lived (Microsoft's disclosed
    /// share when `nil`).
    public static func depreciation(ticker: String?, lives: [Double], serverShare: Double?, from: Int? = nil, to: Int? = nil,
                                    database: CapexDatabase) throws -> Table {
        for value in lives where !ParameterRange.years.contains(value) {
            throw RequestError.outOfRange(field: "life", value: NumberText.compact(value), valid: ParameterRange.years.description)
        }
        if let serverShare, !ParameterRange.shareFraction.contains(serverShare) {
            throw RequestError.outOfRange(field: "server_share", value: NumberText.compact(serverShare), valid: ParameterRange.shareFraction.description)
        }
        try CompanyFilter(from: from, to: to).validate()
        let companies = try database.companies()
        let members: [Company]
        let subject: String
        if let ticker {
            guard let company = companies.first(where: { $0.ticker?.uppercased() == ticker.uppercased() }) else {
                throw RequestError.unknownTicker(ticker, known: companies.compactMap(\.ticker))
            }
            members = [company]
            subject = company.name
        } else {
            members = PeerSet(role: PeerSet.hyperscalerRole, among: companies).members
            subject = "the hyperscaler peer set"
        }
        let peerYears = PeerSet(role: "chosen", members: members)
            .years(from: try database.companyYears(ciks: Set(members.map(\.cik))), definition: .cash)
        let capex = Dictionary(uniqueKeysWithValues: peerYears.map { ($0.fiscalYear, $0.capex) })
        let share: Figure
        if let serverShare {
            share = Figure(serverShare, .scenario)
        } else {
            share = try database.observations(dataset: "unit_costs", subject: "short_lived_asset_share_of_capex").first?.figure ?? .unresolved
        }
        let changes = members.count == 1 ? try database.usefulLifeChanges().filter { subject.hasPrefix($0.company) } : []
        var comparison = UsefulLifeComparison(capexByYear: capex, lives: lives.isEmpty ? defaultLives : lives,
                                              serverShare: share, changes: changes)
        comparison.years = comparison.years.filter { (from ?? .min) <= $0.fiscalYear && $0.fiscalYear <= (to ?? .max) }
        return DepreciationTable.make(comparison, subject: subject, changes: changes)
    }
}
