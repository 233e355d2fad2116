/// Which supplier layer a category of a capex split pays, and why.
public struct CategoryLayer: Sendable, Hashable {
    public var scheme: String
    public var category: String
    public var layer: String
    public var basis: String

    public init(scheme: String, category: String, layer: String, basis: String) {
        self.scheme = scheme
        self.category = category
        self.layer = layer
        self.basis = basis
    }
}

/// A published split of capex (or of cost) into categories, each mapped to the supplier layer
/// it pays. The shares sum to one: what the source does not itemise is a category of its own.
public struct CapexScheme: Sendable, Hashable {
    public struct Category: Sendable, Hashable {
        public var name: String
        /// Fraction of each capex dollar; a published range is used at its middle.
        public var share: Figure
        /// The published range, when the source gives one.
        public var range: ClosedRange<Double>?
        public var layer: String
        public var tier: SourceTier?
        public var source: String
        /// Where the source can be read, when it has a web address.
        public var sourceURL: String?
        public var note: String?
    }

    /// The scheme's id in the data: `mckinsey_2025`, `bernstein_2025`, `epoch_1gw_2026`, `sequoia_2024`.
    public var id: String
    public var categories: [Category]

    /// The category of what a scheme does not itemise, and its layer.
    public static let notItemised = "not_itemised"

    /// The short names the CLI takes, and the scheme each stands for.
    public static let names: [(name: String, id: String)] = [
        ("mckinsey", "mckinsey_2025"), ("bernstein", "bernstein_2025"), ("epoch", "epoch_1gw_2026"), ("sequoia", "sequoia_2024"),
    ]

    /// The scheme `id` from the capex-mix rows (top-level categories only: sub-items overlap
    /// their parents) and the category-to-layer map.
    ///
    /// - Throws: ``ValueChainError`` when the scheme has no rows, a category has no layer, or
    ///   the shares add up to more than one.
    public init(id: String, rows: [Observation], layers: [CategoryLayer]) throws {
        self.id = id
        let topLevel = rows.filter { $0.subject == id && ($0.extra["parent_category"] ?? "").isEmpty }
        guard !topLevel.isEmpty else { throw ValueChainError.unknownScheme(id) }
        var categories: [Category] = []
        for row in topLevel {
            guard let layer = layers.first(where: { $0.scheme == id && $0.category == row.measure })?.layer else {
                throw ValueChainError.noLayer(scheme: id, category: row.measure)
            }
            let range = row.low.flatMap { low in row.high.map { low...$0 } }
            guard let share = row.value ?? range.map({ ($0.lowerBound + $0.upperBound) / 2 }) else { continue }
            categories.append(Category(name: row.measure, share: Figure(share, .estimated), range: range, layer: layer, tier: row.tier,
                                       source: row.source.title, sourceURL: row.source.url, note: row.note))
        }
        let total = categories.compactMap(\.share.value).reduce(0, +)
        guard total <= 1 + 1e-9 else { throw ValueChainError.sharesAboveOne(scheme: id, total: total) }
        if 1 - total > 1e-9 {
            categories.append(Category(name: Self.notItemised, share: Figure(1 - total, .derived), range: nil, layer: Self.notItemised,
                                       tier: nil, source: "CapexGap: one minus the itemised shares", sourceURL: nil,
                                       note: "what the source does not itemise"))
        }
        self.categories = categories
    }
}

/// Why a value chain cannot be built.
public enum ValueChainError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownScheme(String)
    case noLayer(scheme: String, category: String)
    case sharesAboveOne(scheme: String, total: Double)

    public var description: String {
        switch self {
        case .unknownScheme(let id): "no capex split named \(id) in the data"
        case .noLayer(let scheme, let category): "\(scheme): category \(category) has no supplier layer in value_chain_layers.csv"
        case .sharesAboveOne(let scheme, let total): "\(scheme): the top-level shares add up to \(total), more than one"
        }
    }
}

/// A supplier figure to compare with a layer: which layer, whose figure, where in the data
/// (`ai_revenue:NVIDIA/revenue@2026#fiscal year`: dataset, subject/measure, period, and a word
/// the row's definition contains; or `filing:NVDA/revenue@2025` for a filed figure) and the
/// calendar year it stands for.
public struct SupplierCheck: Sendable, Hashable {
    public var layer: String
    public var supplier: String
    public var reference: String
    public var calendarYear: Int
    public var basis: String

    public init(layer: String, supplier: String, reference: String, calendarYear: Int, basis: String) {
        self.layer = layer
        self.supplier = supplier
        self.reference = reference
        self.calendarYear = calendarYear
        self.basis = basis
    }
}
