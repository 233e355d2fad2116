/// A year's capex split by a scheme into categories, and the categories into the supplier
/// layers they pay: who receives each capex dollar.
///
/// Flow conservation: the categories' amounts, and the layers' amounts, each sum to the capex.
public struct ValueChain: Sendable {
    /// Capex flowing from the total into a category, and on into its layer (USD billions).
    public struct Flow: Sendable, Hashable {
        public var category: CapexScheme.Category
        public var amount: Figure
    }

    /// What one supplier reports, to compare with a layer's implied receipts.
    public struct SupplierFigure: Sendable, Hashable {
        public var layer: String
        public var supplier: String
        /// USD billions.
        public var revenue: Figure
        public var source: String
        public var basis: String

        public init(layer: String, supplier: String, revenue: Figure, source: String, basis: String) {
            self.layer = layer
            self.supplier = supplier
            self.revenue = revenue
            self.source = source
            self.basis = basis
        }
    }

    public struct Layer: Sendable, Hashable {
        public var name: String
        /// Share of each capex dollar.
        public var share: Figure
        /// USD billions.
        public var amount: Figure
        public var suppliers: [SupplierFigure]
    }

    public var scheme: CapexScheme
    /// What was split (USD billions) and what it is, in words.
    public var capex: Figure
    public var capexLabel: String
    public var flows: [Flow]
    /// Layers in the order their first category appears.
    public var layers: [Layer]

    public init(scheme: CapexScheme, capex: Figure, capexLabel: String, suppliers: [SupplierFigure] = []) {
        self.scheme = scheme
        self.capex = capex
        self.capexLabel = capexLabel
        flows = scheme.categories.map { category in
            Flow(category: category, amount: .derived(capex, category.share) { $0[0] * $0[1] })
        }
        var names: [String] = []
        for flow in flows where !names.contains(flow.category.layer) { names.append(flow.category.layer) }
        layers = names.map { name in
            let members = scheme.categories.filter { $0.layer == name }
            let share = Figure.sum(members.map(\.share))
            return Layer(name: name, share: share, amount: .derived(capex, share) { $0[0] * $0[1] },
                         suppliers: suppliers.filter { $0.layer == name })
        }
    }

    /// `semiconductors_and_servers` -> `semiconductors and servers`.
    public static func label(_ name: String) -> String { name.underscoresAsSpaces }
}
