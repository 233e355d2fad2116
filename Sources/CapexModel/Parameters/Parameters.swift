/// A parameter's value with its evidence and where it comes from.
public struct ParameterValue: Sendable, Hashable {
    public var value: Double
    public var evidence: EvidenceStatus
    /// The citation, or a note such as "set on the command line"; `nil` for a plain scenario value.
    public var source: String?

    public init(_ value: Double, evidence: EvidenceStatus, source: String? = nil) {
        self.value = value
        self.evidence = evidence
        self.source = source
    }

    public var figure: Figure { Figure(value, evidence) }
}

/// The values of a model's parameters, checked against their specs.
///
/// ```swift
/// var parameters = try Parameters(specs: SequoiaModel.specs, values: presetValues)
/// try parameters.apply([ParameterAssignment(name: "end_user_gross_margin", value: 0.6)])   // checked: 0 <= x < 1
/// let margin = parameters["end_user_gross_margin"]          // 0.6
/// ```
public struct Parameters: Sendable, Hashable {
    public let specs: [ParameterSpec]
    public private(set) var values: [String: ParameterValue]

    /// Parameters with every spec given a value in `values`.
    ///
    /// - Throws: ``ParameterError`` when a value is missing, unknown or out of range.
    public init(specs: [ParameterSpec], values: [String: ParameterValue]) throws {
        self.specs = specs
        for name in values.keys where !specs.contains(where: { $0.name == name }) {
            throw ParameterError.unknown(name: name, valid: specs.map(\.name))
        }
        for spec in specs {
            guard let value = values[spec.name] else { throw ParameterError.missing(name: spec.name) }
            guard spec.range.contains(value.value) else {
                throw ParameterError.outOfRange(name: spec.name, value: value.value, spec: spec)
            }
        }
        self.values = values
    }

    /// The value of `name`, which must be one of the specs' names: a name no spec has is a
    /// programming error and stops the program (it used to read as NaN and pass unseen).
    public subscript(name: String) -> Double {
        guard let value = values[name] else {
            preconditionFailure("parameter '\(name)' is not one of \(specs.map(\.name))")
        }
        return value.value
    }

    /// The value of the parameter `key` names (a model's typed parameter key).
    public subscript<Key: RawRepresentable>(key: Key) -> Double where Key.RawValue == String {
        self[key.rawValue]
    }

    /// The value of `name` as a figure with its evidence.
    public func figure(_ name: String) -> Figure {
        values[name]?.figure ?? .unresolved
    }

    /// Sets `name` to `value` with `evidence` (a user's value is a scenario).
    ///
    /// - Throws: ``ParameterError`` naming the parameter and its valid range.
    public mutating func set(_ name: String, to value: Double, evidence: EvidenceStatus = .scenario,
                             source: String? = "set by the user") throws {
        guard let spec = specs.first(where: { $0.name == name }) else {
            throw ParameterError.unknown(name: name, valid: specs.map(\.name))
        }
        guard spec.range.contains(value) else { throw ParameterError.outOfRange(name: name, value: value, spec: spec) }
        values[name] = ParameterValue(value, evidence: evidence, source: source)
    }

    /// Applies assignments a user gave, each checked against its parameter's range.
    ///
    /// - Throws: ``ParameterError`` for an unknown name or a value out of range.
    public mutating func apply(_ assignments: [ParameterAssignment]) throws {
        for assignment in assignments {
            try set(assignment.name, to: assignment.value)
        }
    }

    /// `value`, computed from the parameters `names`, with their weakest evidence (at best derived).
    public func derived(_ value: Double, from names: [String]) -> Figure {
        Figure(value, .derived(from: names.compactMap { values[$0]?.evidence }))
    }

    /// The weakest evidence among `names`.
    public func evidence(of names: [String]) -> EvidenceStatus {
        EvidenceStatus.weakest(names.compactMap { values[$0]?.evidence })
    }
}

/// A parameter problem, naming the parameter and what would be valid.
public enum ParameterError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknown(name: String, valid: [String])
    case missing(name: String)
    case outOfRange(name: String, value: Double, spec: ParameterSpec)
    case notANumber(name: String, text: String, spec: ParameterSpec)
    case malformed(String)

    public var description: String {
        switch self {
        case .unknown(let name, let valid):
            "unknown parameter '\(name)'; valid: \(valid.joined(separator: ", "))"
        case .missing(let name):
            "parameter '\(name)' has no value"
        case .outOfRange(let name, let value, let spec):
            "\(name) = \(NumberText.compact(value)) is out of range; \(spec.label) (\(spec.unit)) must be \(spec.range)"
        case .notANumber(let name, let text, let spec):
            "\(name) = '\(text)' is not a number; \(spec.label) (\(spec.unit)) must be \(spec.range)"
        case .malformed(let text):
            "'\(text)' is not an assignment; write name=value, e.g. end_user_gross_margin=0.6"
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
