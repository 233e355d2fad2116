import CapexData
import CapexModel
import Foundation

/// `value-chain`: a year's capex split into categories and supplier layers.
public struct ValueChainRequest: Sendable, Hashable {
    /// A split's short name (`mckinsey`, `bernstein`, `epoch`, `sequoia`) or id (`bernstein_2025`).
    public var scheme: String
    /// The fiscal year of the peer set's capex (the latest complete year when `nil`).
    public var year: Int?
    /// Split this amount instead, USD billions.
    public var capexUSDBillions: Double?

    public init(scheme: String = Defaults.valueChainScheme, year: Int? = nil, capexUSDBillions: Double? = nil) {
        self.scheme = scheme
        self.year = year
        self.capexUSDBillions = capexUSDBillions
    }
}

/// `analogs`: the AI build-out against past infrastructure cycles on one metric.
public struct AnalogsResult: TabularResult {
    public var comparison: AnalogComparison

    public var rows: [AnalogPoint] { comparison.points }

    public var fields: [Field<AnalogPoint>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<AnalogPoint>] = [
        .text("cycle", "Cycle", machineOnly: true) { $0.cycle.id },
        .text("cycle_label", "Cycle") { $0.cycle.label },
        .text("metric", "Metric") { $0.metric },
        .text("period", "Years") { $0.periodText },
        .text("year_of_cycle", "Year of cycle") { point in
            guard !point.cycle.id.hasSuffix("_benchmark") else { return "" }
            return point.yearsSinceStart.map { $0.first == $0.last ? String($0.first) : "\($0.first) to \($0.last)" } ?? ""
        },
        Field(key: "value", title: "Value", kind: .figure(.decimal(2))) { point in
            point.value.map { .figure(Figure($0, point.evidence)) } ?? .text(nil)
        },
        .number("low", "Low", .auto, machineOnly: true) { $0.low },
        .number("high", "High", .auto, machineOnly: true) { $0.high },
        .text("range", "Range") { point in
            point.low.flatMap { low in point.high.map { high in
                (low == high ? NumberText.compact(low) : "\(NumberText.compact(low))-\(NumberText.compact(high))") + (point.contested ? " (contested)" : "")
            } }
        },
        .text("unit", "Unit") { $0.unit },
        .text("tier", "Tier") { $0.tier?.rawValue ?? "computed" },
        .citation("source", "Source", linkKey: "source_url") { $0.source },
        .text("source_url", "Source URL", machineOnly: true) { $0.sourceURL },
        .text("note", "Note", machineOnly: true) { $0.note },
]
}

/// `value-chain`: who receives each capex dollar, by category and by supplier layer.
public struct ValueChainResult: TabularResult {
    /// A category of the split, or a supplier layer with one supplier's reported figure.
    public struct Row: Sendable, Hashable {
        public enum Kind: String, Sendable { case category, layer }
        public var kind: Kind
        public var category: String?
        public var layer: String
        public var share: Figure
        public var amount: Figure
        public var supplier: String?
        public var supplierRevenue: Figure?
        public var tier: String?
        public var source: String?
        public var sourceURL: String?
        public var note: String?
    }

    public var chain: ValueChain

    public var rows: [Row] {
        let categories = chain.flows.map { flow in
            let range = flow.category.range.map { "published as \(NumberText.compact($0.lowerBound))-\(NumberText.compact($0.upperBound)), middle used" }
            return Row(kind: .category, category: flow.category.name, layer: ValueChain.label(flow.category.layer), share: flow.category.share,
                       amount: flow.amount, supplier: nil, supplierRevenue: nil, tier: flow.category.tier?.rawValue ?? "computed",
                       source: flow.category.source, sourceURL: flow.category.sourceURL,
                       note: [flow.category.note, range].compactMap { $0 }.joined(separator: "; "))
        }
        let layers = chain.layers.flatMap { layer in
            (layer.suppliers.isEmpty ? [nil] : layer.suppliers.map { Optional($0) }).map { supplier in
                Row(kind: .layer, category: nil, layer: ValueChain.label(layer.name), share: layer.share, amount: layer.amount,
                    supplier: supplier?.supplier, supplierRevenue: supplier?.revenue, tier: nil, source: supplier?.source, sourceURL: nil,
                    note: supplier?.basis)
            }
        }
        return categories + layers
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("kind", "Row") { $0.kind.rawValue },
        .text("category", "Category") { $0.category },
        .text("layer", "Supplier layer") { $0.layer },
        .figure("share", "Share", .percent) { $0.share },
        .figure("usd_b", "$B", .decimal(1)) { $0.amount },
        .text("supplier", "Supplier reports", wrapWidth: 40) { $0.supplier },
        Field(key: "supplier_usd_b", title: "Supplier $B", kind: .figure(.decimal(1))) { row in
            row.supplierRevenue.map(FieldValue.figure) ?? .text(nil)
        },
        .text("tier", "Tier") { $0.tier },
        .citation("source", "Source", linkKey: "source_url") { $0.source },
        .text("source_url", "Source URL", machineOnly: true) { $0.sourceURL },
        .text("note", "Note", machineOnly: true) { $0.note },
]
}

extension CapexService {
    /// The AI build-out against the historical cycles on `metric`.
    public func analogs(_ metric: AnalogMetric = .investmentPctGDP) throws -> AnalogsResult {
        let (_, _, peerYears) = try peerSetYears()
        return AnalogsResult(comparison: AnalogComparison(
            metric: metric, cycles: try database.analogCycles(), analogs: try database.observations(dataset: "analogs"),
            gdp: try database.observations(dataset: "gdp"), peerYears: peerYears))
    }

    /// The scheme id of a short name (`mckinsey`) or id (`mckinsey_2025`).
    static func schemeID(_ name: String) throws -> String {
        if let match = CapexScheme.names.first(where: { $0.name == name.lowercased() || $0.id == name.lowercased() }) { return match.id }
        throw RequestError.unknownName(field: "scheme", name: name, valid: CapexScheme.names.map(\.name))
    }

    /// A year's peer-set capex (or the amount given) split by the scheme and mapped to
    /// supplier layers, with the supplier figures of that calendar year.
    public func valueChain(_ request: ValueChainRequest = ValueChainRequest()) throws -> ValueChainResult {
        let id = try Self.schemeID(request.scheme)
        try YearCheck.check(request.year, field: "year")
        if let amount = request.capexUSDBillions, !(amount > 0 && amount.isFinite && amount <= 1e6) {
            throw RequestError.outOfRange(field: "capex", value: NumberText.compact(amount), valid: "more than 0 and at most 1,000,000 (USD billions)")
        }
        let scheme: CapexScheme
        do {
            scheme = try CapexScheme(id: id, rows: try database.observations(dataset: "capex_mix"), layers: try database.categoryLayers())
        } catch let error as ValueChainError {
            throw RequestError.unknownName(field: "scheme", name: "\(request.scheme) (\(error))", valid: CapexScheme.names.map(\.name))
        }
        let capex: Figure
        let label: String
        let calendarYear: Int?
        if let amount = request.capexUSDBillions {
            capex = Figure(amount, .scenario)
            label = "\(NumberText.billions(fromMillions: amount * 1_000)) set by the user"
            calendarYear = request.year
        } else {
            let actual: ActualCapex
            do {
                actual = try actualCapex(.peerSet, year: request.year)
            } catch let error as GapRunError {
                throw RequestError.outOfRange(field: "year", value: request.year.map(String.init) ?? "", valid: error.description)
            }
            capex = actual.usdBillions
            label = actual.description
            calendarYear = actual.fiscalYear
        }
        let suppliers = try calendarYear.map { try supplierFigures(year: $0) } ?? []
        return ValueChainResult(chain: ValueChain(scheme: scheme, capex: capex, capexLabel: label, suppliers: suppliers))
    }

    /// The supplier figures standing for `year`, read from the rows their references name.
    func supplierFigures(year: Int) throws -> [ValueChain.SupplierFigure] {
        var result: [ValueChain.SupplierFigure] = []
        for check in try database.supplierChecks() where check.calendarYear == year {
            guard let (revenue, source) = try resolve(check.reference) else { continue }
            result.append(ValueChain.SupplierFigure(layer: check.layer, supplier: check.supplier, revenue: revenue, source: source, basis: check.basis))
        }
        return result
    }

    /// `ai_revenue:NVIDIA/revenue@2026#fiscal year` or `filing:NVDA/revenue@2025`: the figure in
    /// USD billions and its source.
    func resolve(_ reference: String) throws -> (Figure, String)? {
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
