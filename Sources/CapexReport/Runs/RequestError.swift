import CapexModel

/// Why a request for a table cannot be answered; every case names the field at fault and what
/// would be valid. The CLI prints ``description`` (exit 2); the API returns it with ``field``
/// (HTTP 400).
public enum RequestError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownTicker(String, known: [String])
    case unknownCIK(Int, known: [String])
    case yearOutOfRange(field: String, year: Int, valid: ClosedRange<Int>)
    case yearsReversed(from: Int, to: Int)
    case unknownPreset(String, model: String, valid: [String])
    case parameter(ParameterError)
    case outOfRange(field: String, value: String, valid: String)
    case unknownName(field: String, name: String, valid: [String])

    public var description: String {
        switch self {
        case .unknownTicker(let ticker, let known):
            "unknown ticker '\(ticker)'; known tickers: \(known.joined(separator: ", "))"
        case .unknownCIK(let cik, let known):
            "no company with CIK \(cik) in the database; known: \(known.joined(separator: ", ")). Import its companyfacts with `capexgap import sec`"
        case .yearOutOfRange(let field, let year, let valid):
            "\(field) \(year) is out of range; give a fiscal year between \(valid.lowerBound) and \(valid.upperBound)"
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
        }
    }

    /// The request field at fault (`ticker`, `cik`, `from`, `to`, `preset`, or a parameter's name).
    public var field: String {
        switch self {
        case .unknownTicker: "ticker"
        case .unknownCIK: "cik"
        case .yearOutOfRange(let field, _, _): field
        case .yearsReversed: "from"
        case .unknownPreset: "preset"
        case .parameter(let error): error.parameterName ?? "set"
        case .outOfRange(let field, _, _): field
        case .unknownName(let field, _, _): field
        }
    }
}
