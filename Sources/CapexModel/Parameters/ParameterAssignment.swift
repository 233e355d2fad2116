/// A value a user gives one parameter: `--set gross_margin=0.6` on the command line,
/// `gross_margin=0.6` in a query, `{"parameters": {"gross_margin": 0.6}}` in a JSON body.
///
/// The text form is parsed once, here, with ``StrictNumber``: no hexadecimal, no underscores,
/// nothing infinite.
public struct ParameterAssignment: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    /// Parses `name=value`; `specs` lets the error name the parameter's range.
    ///
    /// - Throws: ``ParameterError/malformed(_:)`` without `=`, ``ParameterError/unknown(name:valid:)``
    ///   for a name not in `specs`, ``ParameterError/notANumber(name:text:spec:)`` for a value
    ///   that is not a plain finite number.
    public init(parsing text: String, specs: [ParameterSpec]) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, !parts[0].isEmpty else { throw ParameterError.malformed(text) }
        try self.init(name: parts[0], text: parts[1], specs: specs)
    }

    /// A value given as text for `name` (a query parameter).
    public init(name: String, text: String, specs: [ParameterSpec]) throws {
        guard let spec = specs.first(where: { $0.name == name }) else {
            throw ParameterError.unknown(name: name, valid: specs.map(\.name))
        }
        guard let value = StrictNumber.parse(text) else {
            throw ParameterError.notANumber(name: name, text: text, spec: spec)
        }
        self.init(name: name, value: value)
    }

    public var description: String { "\(name)=\(NumberText.compact(value))" }
}
