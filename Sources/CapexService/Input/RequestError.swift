import CapexModel

/// Why a request cannot be answered; every case names the field at fault and what would be
/// valid.
public enum RequestError: UserInputError, Equatable {
    case unknownTicker(String, known: [String])
    case unknownCIK(Int, known: [String])
    case yearOutOfRange(field: String, year: Int, valid: ClosedRange<Int>)
    case yearsReversed(from: Int, to: Int)
    case unknownPreset(String, model: String, valid: [String])
    case parameter(ParameterError)
    case outOfRange(field: String, value: String, valid: String)
    case unknownName(field: String, name: String, valid: [String])
    /// Two options that cannot be used together.
    case conflicting(field: String, with: String, reason: String)

    public var message: String {
        switch self {
        case .unknownTicker(let ticker, let known):
            "unknown ticker '\(ticker)'; known tickers: \(known.joined(separator: ", "))"
        case .unknownCIK(let cik, let known):
            "no company with CIK \(cik) in the database; known: \(known.joined(separator: ", ")). Import its companyfacts with `capexgap import sec`"
        case .yearOutOfRange(let field, let year, let valid):
            "\(field) \(year) is out of range; give a year between \(valid.lowerBound) and \(valid.upperBound)"
        case .yearsReversed(let from, let to):
            "from \(from) is after to \(to)"
        case .unknownPreset(let name, let model, let valid):
            "unknown preset '\(name)' for \(model); valid: \(valid.joined(separator: ", "))"
        case .parameter(let error):
            error.description
        case .outOfRange(let field, let value, let valid):
            "\(field) \(value) is out of range; it must be \(valid)"
        case .unknownName(let field, let name, let valid):
            "unknown \(field) '\(name)'; valid: \(valid.joined(separator: ", "))"
        case .conflicting(let field, let other, let reason):
            "\(field) cannot be combined with \(other): \(reason)"
        }
    }

    public var field: String {
        switch self {
        case .unknownTicker: "ticker"
        case .unknownCIK: "cik"
        case .yearOutOfRange(let field, _, _): field
        case .yearsReversed: "from"
        case .unknownPreset: "preset"
        case .parameter(let error): error.field
        case .outOfRange(let field, _, _): field
        case .unknownName(let field, _, _): field
        case .conflicting(let field, _, _): field
        }
    }

    public var allowedValues: [String] {
        switch self {
        case .unknownTicker(_, let known): known
        case .unknownPreset(_, _, let valid), .unknownName(_, _, let valid): valid
        case .parameter(let error): error.allowedValues
        default: []
        }
    }
}

extension ParameterError: UserInputError {
    public var message: String { description }

    /// The parameter the error is about (`set` for an assignment that names none).
    public var field: String { parameterName ?? "set" }

    public var allowedValues: [String] {
        if case .unknown(_, let valid) = self { return valid }
        return []
    }

    /// The parameter the error is about, when it names one.
    public var parameterName: String? {
        switch self {
        case .unknown(let name, _), .missing(let name), .outOfRange(let name, _, _), .notANumber(let name, _, _): name
        case .malformed: nil
        }
    }
}

/// Checks a year a request names.
enum YearCheck {
    static func check(_ year: Int?, field: String, in range: ClosedRange<Int> = Defaults.years) throws {
        if let year, !range.contains(year) { throw RequestError.yearOutOfRange(field: field, year: year, valid: range) }
    }
}
