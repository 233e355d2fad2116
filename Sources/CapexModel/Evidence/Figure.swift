/// A number together with its evidence status.
///
/// A figure with no value is always ``EvidenceStatus/unresolved``: CapexGap never turns a
/// missing input into zero. Combining figures combines their evidence (the weakest wins).
///
/// ```swift
/// let capex = Figure(91_447, .reported)
/// let revenue = Figure(402_836, .reported)
/// let intensity = Figure.derived(capex, revenue) { $0[0] / $0[1] }   // 0.2270..., .derived
/// ```
public struct Figure: Sendable, Hashable {
    /// The value, or `nil` when unresolved. Units are those of the quantity it stands for.
    public let value: Double?
    public let evidence: EvidenceStatus

    public init(_ value: Double, _ evidence: EvidenceStatus) {
        if value.isFinite {
            self.value = value
            self.evidence = evidence
        } else {
            self.value = nil
            self.evidence = .unresolved
        }
    }

    /// A figure whose value may be absent; an absent value makes it unresolved.
    public init(optional value: Double?, _ evidence: EvidenceStatus) {
        if let value {
            self.init(value, evidence)
        } else {
            self = .unresolved
        }
    }

    private init(unresolved: Void) {
        value = nil
        evidence = .unresolved
    }

    /// A figure with no value.
    public static let unresolved = Figure(unresolved: ())

    public var isResolved: Bool { value != nil }

    /// A value computed from `inputs`: unresolved if any input is unresolved or `compute` gives
    /// `nil` or a non-finite number (a division by zero); otherwise at best ``EvidenceStatus/derived``.
    public static func derived(_ inputs: Figure..., compute: ([Double]) -> Double?) -> Figure {
        derived(inputs, compute: compute)
    }

    /// A value computed from `inputs`; see ``derived(_:compute:)-(Figure...,_)``.
    public static func derived(_ inputs: [Figure], compute: ([Double]) -> Double?) -> Figure {
        let values = inputs.compactMap(\.value)
        guard values.count == inputs.count, let result = compute(values) else { return .unresolved }
        return Figure(result, .derived(from: inputs.map(\.evidence)))
    }

    /// `numerator / denominator`, unresolved when the denominator is zero.
    public static func ratio(_ numerator: Figure, _ denominator: Figure) -> Figure {
        derived(numerator, denominator) { $0[1] == 0 ? nil : $0[0] / $0[1] }
    }

    /// `numerator / denominator` as a share of a positive amount: unresolved when the
    /// denominator is zero or negative (capex / operating cash flow means nothing when the
    /// operations burn cash).
    public static func ratioOfPositive(_ numerator: Figure, _ denominator: Figure) -> Figure {
        derived(numerator, denominator) { $0[1] <= 0 ? nil : $0[0] / $0[1] }
    }

    /// The sum of `figures`, unresolved when any is unresolved or the list is empty. A single
    /// figure is returned as it is (summing one value derives nothing).
    public static func sum(_ figures: [Figure]) -> Figure {
        guard figures.count > 1 else { return figures.first ?? .unresolved }
        return derived(figures) { $0.reduce(0, +) }
    }
}
