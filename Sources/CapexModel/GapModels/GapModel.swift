import RealModule

/// A published way of computing the revenue the AI build-out needs.
///
/// Each model states its formula, declares its parameters (values come from presets or the
/// user) and evaluates to named outputs, among them the revenue required per year.
public protocol GapModel: Sendable {
    /// Command-line name, e.g. `sequoia`.
    static var id: String { get }
    static var title: String { get }
    /// The formula in words, with units.
    static var formula: String { get }
    static var specs: [ParameterSpec] { get }
    /// What its required revenue means, in a few words.
    static var requiredMeaning: String { get }
    /// The parameter that `--from-data` replaces with the peer set's actual capex (USD billions).
    static var capexParameter: String { get }

    /// The outputs for `parameters`.
    static func evaluate(_ parameters: Parameters) -> GapModelResult

    /// `parameters` with the capex input replaced by `capexUSDBillions` (an actual figure),
    /// adjusting whatever scales with it; returns a sentence saying what was replaced.
    static func usingCapex(_ capex: Figure, in parameters: Parameters) throws -> (Parameters, String)
}

extension GapModel {
    public static func usingCapex(_ capex: Figure, in parameters: Parameters) throws -> (Parameters, String) {
        var adjusted = parameters
        try adjusted.set(capexParameter, to: capex.value ?? .nan, evidence: capex.evidence, source: "peer-set actual capex")
        return (adjusted, "\(capexParameter) = the peer set's actual capex")
    }
}

/// One named output of a model.
public struct ModelOutput: Sendable, Hashable {
    public var name: String
    public var label: String
    public var unit: String
    public var figure: Figure

    public init(_ name: String, _ label: String, unit: String, _ figure: Figure) {
        self.name = name
        self.label = label
        self.unit = unit
        self.figure = figure
    }
}

/// What a model gives for a set of parameters.
public struct GapModelResult: Sendable, Hashable {
    public var model: String
    public var outputs: [ModelOutput]
    /// Revenue needed per year (USD billions), the number the models are compared on.
    public var requiredRevenuePerYear: Figure
    /// Required revenue minus AI revenue, where the model has an AI revenue input.
    public var gap: Figure?

    public init(model: String, outputs: [ModelOutput], requiredRevenuePerYear: Figure, gap: Figure? = nil) {
        self.model = model
        self.outputs = outputs
        self.requiredRevenuePerYear = requiredRevenuePerYear
        self.gap = gap
    }

    public subscript(name: String) -> Figure {
        outputs.first { $0.name == name }?.figure ?? .unresolved
    }
}

/// The capital recovery factor: the constant yearly payment that repays 1 of capital over
/// `years` at rate `rate` (annuity), `rate / (1 - (1 + rate)^-years)`; `1 / years` at rate 0.
public func capitalRecoveryFactor(rate: Double, years: Double) -> Double {
    guard rate != 0 else { return 1 / years }
    return rate / (1 - Double.pow(1 + rate, -years))
}
