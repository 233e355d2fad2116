/// "What must be true": the value of one parameter that makes revenue cross over (or the build
/// pay back) by a target year, every other parameter at its median.
public enum SolverTarget: Sendable, Hashable, CustomStringConvertible {
    case crossover(Int)
    case payback(Int)

    public var year: Int {
        switch self {
        case .crossover(let year), .payback(let year): year
        }
    }

    /// Parses `crossover=YEAR` or `payback=YEAR` (a year from 1900 to 2200); `nil` otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "=").map(String.init)
        guard parts.count == 2, let year = Int(parts[1]), (1900...2200).contains(year) else { return nil }
        switch parts[0] {
        case "crossover": self = .crossover(year)
        case "payback": self = .payback(year)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .crossover(let year): "crossover by \(year)"
        case .payback(let year): "payback by \(year)"
        }
    }

    /// The target as written: `crossover=2032`.
    public var text: String {
        switch self {
        case .crossover(let year): "crossover=\(year)"
        case .payback(let year): "payback=\(year)"
        }
    }

    /// The event's year in `projection`, or `nil` when it does not happen by the horizon.
    func eventYear(_ projection: Projection) -> Int? {
        switch self {
        case .crossover: projection.crossoverYear
        case .payback: projection.paybackYear
        }
    }

    /// True when the event happens by the target year (never counts as not met).
    func isMet(_ projection: Projection) -> Bool {
        guard let year = eventYear(projection) else { return false }
        return year <= self.year
    }
}

public struct SolverResult: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The threshold value: the target holds at `value` and beyond it in one direction
        /// (`atLeast`: at `value` or above), and fails just past it in the other.
        case solved(value: Double, atLeast: Bool)
        /// The target holds over the whole searched range.
        case alwaysMet
        /// No value in the searched range meets the target.
        case unreachable
    }

    public var parameter: String
    public var target: SolverTarget
    public var outcome: Outcome

    /// The outcome in one word: `solved`, `always_met` or `unreachable`.
    public var outcomeName: String {
        switch outcome {
        case .solved: "solved"
        case .alwaysMet: "always_met"
        case .unreachable: "unreachable"
        }
    }
    /// The range searched.
    public var lower: Double
    public var upper: Double
    /// The parameter's median in the scenario.
    public var median: Double
    /// The event year at the answer (or, when unreachable, the earliest year any value gives).
    public var eventYear: Int?
    /// The value that gives ``eventYear`` when unreachable.
    public var bestValue: Double?
    public var horizon: Int

    /// The finding in one sentence.
    public var sentence: String {
        let name = parameter
        switch outcome {
        case .solved(let value, let atLeast):
            let direction = atLeast ? "at least" : "at most"
            return "For \(target), \(name) must be \(direction) \(NumberText.compact(rounded(value))) (median \(NumberText.compact(rounded(median)))); "
                + "at that value the \(eventName) comes in \(eventYear.map(String.init) ?? "-")."
        case .alwaysMet:
            return "\(target.description.capitalizedFirst) holds for every value of \(name) from \(NumberText.compact(rounded(lower))) to \(NumberText.compact(rounded(upper)))."
        case .unreachable:
            let best = eventYear.map { "the earliest \(eventName) is \($0), at \(name) = \(NumberText.compact(rounded(bestValue ?? .nan)))" }
                ?? "the \(eventName) does not come by \(horizon) for any value"
            return "No value of \(name) from \(NumberText.compact(rounded(lower))) to \(NumberText.compact(rounded(upper))) gives \(target): \(best)."
        }
    }

    var eventName: String {
        switch target {
        case .crossover: "crossover"
        case .payback: "payback"
        }
    }

    /// Four decimals (four significant digits for large values): enough to act on.
    func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        if abs(value) >= 1_000 { return value.rounded() }
        return (value * 10_000).rounded() / 10_000
    }
}

public enum InverseSolver {
    /// Grid points scanned before bisecting between a failing and a meeting value.
    static let gridPoints = 64

    /// Solves for `parameter` in `scenario` (others at their medians). The search range is the
    /// parameter's valid range, its open upper end capped at 100 times the median (at least 100).
    ///
    /// - Throws: ``ParameterError/unknown(name:valid:)`` for a parameter the model lacks.
    public static func solve(_ scenario: Scenario, parameter: String, target: SolverTarget,
                             range: ClosedRange<Double>? = nil) throws -> SolverResult {
        let specs = scenario.model.specs
        guard let spec = specs.first(where: { $0.name == parameter }) else {
            throw ParameterError.unknown(name: parameter, valid: specs.map(\.name))
        }
        let median = scenario.parameters[parameter]?.distribution.median ?? .nan
        // Open ends of the valid range are approached to within a millionth of its width.
        var upper = range?.upperBound ?? spec.range.upper ?? max(100, 100 * abs(median))
        let width = upper - spec.range.lower
        let lower = range?.lowerBound ?? (spec.range.lowerInclusive ? spec.range.lower : spec.range.lower + width * 1e-6)
        if range == nil, let bound = spec.range.upper, !spec.range.upperInclusive { upper = bound - width * 1e-6 }
        func project(_ value: Double) -> Projection { Projector.project(scenario.setting(parameter, to: value)) }

        let grid = (0...gridPoints).map { lower + (upper - lower) * Double($0) / Double(gridPoints) }
        let projections = grid.map(project)
        let met = projections.map(target.isMet)
        var result = SolverResult(parameter: parameter, target: target, outcome: .unreachable, lower: lower, upper: upper,
                                  median: median, eventYear: nil, bestValue: nil, horizon: scenario.horizon)
        if met.allSatisfy({ $0 }) {
            result.outcome = .alwaysMet
            result.eventYear = target.eventYear(project(median))
            return result
        }
        guard met.contains(true) else {
            let reached = zip(grid, projections).compactMap { value, projection in target.eventYear(projection).map { ($0, value) } }
            if let best = reached.min(by: { ($0.0, abs($0.1 - median)) < ($1.0, abs($1.1 - median)) }) {
                result.eventYear = best.0
                result.bestValue = best.1
            }
            return result
        }
        // Each change between neighbouring grid points is a threshold; take the one nearest the median.
        let thresholds = (0..<gridPoints).filter { met[$0] != met[$0 + 1] }
        let step = thresholds.min { abs(grid[$0] - median) < abs(grid[$1] - median) } ?? 0
        var metSide = met[step] ? grid[step] : grid[step + 1]
        var failSide = met[step] ? grid[step + 1] : grid[step]
        for _ in 0..<100 where abs(metSide - failSide) > 1e-12 * max(1, abs(metSide)) {
            let middle = (metSide + failSide) / 2
            if target.isMet(project(middle)) { metSide = middle } else { failSide = middle }
        }
        result.outcome = .solved(value: metSide, atLeast: metSide > failSide)
        result.eventYear = target.eventYear(project(metSide))
        return result
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
