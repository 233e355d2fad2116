import CapexData
import CapexModel
import Foundation

/// The analogs and value-chain requests, shared by the CLI, the API and the report.
public enum HistoryTables {
    /// The AI build-out against the historical cycles on `metric`.
    public static func analogs(_ metric: AnalogMetric, database: CapexDatabase) throws -> AnalogComparison {
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies())
        let peerYears = peerSet.years(from: try database.companyYears(ciks: Set(peerSet.members.map(\.cik))), definition: .cash)
        return AnalogComparison(metric: metric, cycles: try database.analogCycles(), analogs: try database.observations(dataset: "analogs"),
                                gdp: try database.observations(dataset: "gdp"), peerYears: peerYears)
    }

    /// The scheme ids the value chain takes, by short name (`mckinsey`) or id (`mckinsey_2025`).
    public static func schemeID(_ name: String) throws -> String {
        if let match = CapexScheme.names.first(where: { $0.name == name.lowercased() || $0.id == name.lowercased() }) { return match.id }
        throw RequestError.unknownName(field: "scheme", name: name, valid: CapexScheme.names.map(\.name))
    }

    /// A year's peer-set capex (or `capexUSDBillions` when given) split by `scheme` and mapped to
    /// supplier layers, with the supplier figures of that calendar year.
    public static func valueChain(scheme: String, year: Int?, capexUSDBillions: Double?, database: CapexDatabase) throws -> ValueChain {
        let id = try schemeID(scheme)
        if let year, !CompanyFilter.plausibleYears.contains(year) {
            throw RequestError.yearOutOfRange(field: "year", year: year, valid: CompanyFilter.plausibleYears)
        }
        if let capexUSDBillions, !(capexUSDBillions > 0 && capexUSDBillions.isFinite) {
            throw RequestError.outOfRange(field: "capex", value: NumberText.compact(capexUSDBillions), valid: "more than 0 (USD billions)")
        }
        let schemeValue: CapexScheme
        do {
            schemeValue = try CapexScheme(id: id, rows: try database.observations(dataset: "capex_mix"), layers: try database.categoryLayers())
        } catch let error as ValueChainError {
            throw RequestError.unknownName(field: "scheme", name: "\(scheme) (\(error))", valid: CapexScheme.names.map(\.name))
        }
        let capex: Figure
        let label: String
        let calendarYear: Int?
        if let capexUSDBillions {
            capex = Figure(capexUSDBillions, .scenario)
            label = "\(NumberText.billions(fromMillions: capexUSDBillions * 1_000)) set by the user"
            calendarYear = year
        } else {
            let actual: ActualCapex
            do {
                actual = try ActualCapex(source: "hyperscalers", year: year, database: database)
            } catch let error as GapRunError {
                throw RequestError.outOfRange(field: "year", value: year.map(String.init) ?? "", valid: error.description)
            }
            capex = actual.usdBillions
            label = actual.description
            calendarYear = actual.fiscalYear
        }
        let suppliers = try calendarYear.map { try supplierFigures(year: $0, database: database) } ?? []
        return ValueChain(scheme: schemeValue, capex: capex, capexLabel: label, suppliers: suppliers)
    }

    /// The supplier figures standing for `year`, read from the rows their references name.
    static func supplierFigures(year: Int, database: CapexDatabase) throws -> [ValueChain.SupplierFigure] {
        var result: [ValueChain.SupplierFigure] = []
        for check in try database.supplierChecks() where check.calendarYear == year {
            guard let (revenue, source) = try resolve(check.reference, database: database) else { continue }
            result.append(ValueChain.SupplierFigure(layer: check.layer, supplier: check.supplier, revenue: revenue, source: source, basis: check.basis))
        }
        return result
    }

    /// `ai_revenue:NVIDIA/revenue@2026#fiscal year` or `filing:NVDA/revenue@2025`: the figure in
    /// USD billions and its source.
    static func resolve(_ reference: String, database: CapexDatabase) throws -> (Figure, String)? {
        let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let at = parts[1].firstIndex(of: "@") else { return nil }
        let names = parts[1][..<at].split(separator: "/").map(String.init)
        var period = String(parts[1][parts[1].index(after: at)...])
        var definition: String?
        if let hash = period.firstIndex(of: "#") {
            definition = String(period[period.index(after: hash)...])
            period = String(period[..<hash])
        }
        guard names.count == 2 else { return nil }
        if parts[0] == "filing" {
            guard let fiscalYear = Int(period), let metric = FinancialMetric(rawValue: names[1]),
                  let company = try database.companies().first(where: { $0.ticker == names[0] }),
                  let year = try database.companyYears(ciks: [company.cik], from: fiscalYear, to: fiscalYear).first else { return nil }
            let figure = year[metric]
            return (Figure(optional: figure.value.map { $0 / 1_000 }, figure.evidence), year.figures[metric]?.source?.title ?? "10-K")
        }
        let row = try database.observations(dataset: parts[0], subject: names[0]).first { row in
            row.measure == names[1] && row.period == period && (definition.map { (row.extra["definition"] ?? "").contains($0) } ?? true)
        }
        guard let row, let value = row.value, row.unit == "USD_b" else { return nil }
        return (Figure(value, .estimated), row.source.title)
    }
}
