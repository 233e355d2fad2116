import CapexData
import CapexModel
import CapexService
import Foundation
import Hummingbird

/// A request's query parameters (or JSON body), with typed, range-checked readers whose errors
/// name the parameter. Numbers are read with the one strict parser (no hex, no underscores,
/// finite); a JSON body's numbers must be JSON numbers (not `true`, not strings).
struct Query: Sendable {
    /// A parameter's value: text from a query string, or a number from a JSON body.
    enum Value: Sendable {
        case text(String)
        case number(Double)

        var text: String {
            switch self {
            case .text(let text): text
            case .number(let number): NumberText.compact(number)
            }
        }
    }

    /// Pairs in order; a name may repeat (`ticker=GOOGL&ticker=META`).
    let pairs: [(name: String, value: Value)]

    init(pairs: [(name: String, value: Value)]) {
        self.pairs = pairs
    }

    init(texts: [(String, String)]) {
        pairs = texts.map { ($0.0, .text($0.1)) }
    }

    init(_ request: Request) {
        pairs = request.uri.queryParameters.map { (String($0.key), .text(String($0.value))) }
    }

    var names: [String] { pairs.map(\.name) }

    /// Fails on a parameter not in `allowed`, naming the valid ones.
    func restrict(to allowed: [String]) throws {
        for name in names where !allowed.contains(name) {
            throw APIError.badRequest("unknown parameter '\(name)'; valid: \(allowed.joined(separator: ", "))", field: name)
        }
    }

    /// The last value of `name`, `nil` when absent or empty.
    func value(_ name: String) -> Value? {
        guard let value = pairs.last(where: { $0.name == name })?.value else { return nil }
        if case .text(let text) = value, text.isEmpty { return nil }
        return value
    }

    /// The last value of `name` as text, `nil` when absent or empty.
    func string(_ name: String) -> String? {
        value(name)?.text
    }

    /// Every non-empty value of `name`, in order.
    func strings(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value.text).filter { !$0.isEmpty }
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = value(name) else { return nil }
        return try Self.integer(value, name: name, in: range)
    }

    func ints(_ name: String, in range: ClosedRange<Int>) throws -> [Int] {
        try pairs.filter { $0.name == name }.map { try Self.integer($0.value, name: name, in: range) }
    }

    static func integer(_ value: Value, name: String, in range: ClosedRange<Int>) throws -> Int {
        let parsed: Int?
        switch value {
        case .text(let text): parsed = StrictNumber.parseInteger(text)
        case .number(let number): parsed = number == number.rounded() && abs(number) < 9e15 ? Int(number) : nil
        }
        guard let parsed else { throw APIError.badRequest("\(name) '\(value.text)' is not a whole number", field: name) }
        guard range.contains(parsed) else {
            throw APIError.badRequest("\(name) \(parsed) is out of range; give \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return parsed
    }

    func double(_ name: String, in range: ParameterRange) throws -> Double? {
        guard let value = value(name) else { return nil }
        let number = try Self.number(value, name: name)
        guard range.contains(number) else {
            throw APIError.badRequest("\(name) \(value.text) is out of range; it must be \(range)", field: name)
        }
        return number
    }

    func doubles(_ name: String, in range: ParameterRange) throws -> [Double] {
        try pairs.filter { $0.name == name }.map { pair in
            let number = try Self.number(pair.value, name: name)
            guard range.contains(number) else {
                throw APIError.badRequest("\(name) \(pair.value.text) is out of range; it must be \(range)", field: name)
            }
            return number
        }
    }

    static func number(_ value: Value, name: String) throws -> Double {
        switch value {
        case .number(let number): return number
        case .text(let text):
            guard let number = StrictNumber.parse(text) else {
                throw APIError.badRequest("\(name) '\(text)' is not a number (plain decimal digits, e.g. 0.6 or 1e3)", field: name)
            }
            return number
        }
    }

    /// One of `choices` (the first when absent).
    func choice<Choice: RawRepresentable>(_ name: String, _ choices: [Choice]) throws -> Choice where Choice.RawValue == String {
        guard let text = string(name) else { return choices[0] }
        guard let choice = choices.first(where: { $0.rawValue == text }) else {
            throw APIError.badRequest("\(name) '\(text)': expected \(choices.map(\.rawValue).joined(separator: ", "))", field: name)
        }
        return choice
    }

    /// The values the query gives to parameters among `specs`, each read as a number.
    func assignments(for specs: [ParameterSpec]) throws -> [ParameterAssignment] {
        try pairs.compactMap { pair in
            guard specs.contains(where: { $0.name == pair.name }) else { return nil }
            if case .text(let text) = pair.value, text.isEmpty { return nil }
            return ParameterAssignment(name: pair.name, value: try Self.number(pair.value, name: pair.name))
        }
    }

    /// Reads a JSON object body: top-level strings and numbers are parameters, and the members
    /// of `"parameters": {name: number}` are model parameters.
    static func json(_ data: Data) throws -> Query {
        let document: JSONValue
        do {
            document = try StrictJSON.parse(Array(data))
        } catch let failure as StrictJSON.Failure {
            throw APIError.badRequest("the body is not valid JSON: \(failure)", field: "body")
        }
        guard case .object(let object) = document else { throw APIError.badRequest("the body is not a JSON object", field: "body") }
        var pairs: [(name: String, value: Value)] = []
        func add(_ name: String, _ value: JSONValue) throws {
            switch value {
            case .string(let text): pairs.append((name, .text(text)))
            case .integer, .unsigned, .number: pairs.append((name, .number(value.number ?? .nan)))
            default: throw APIError.badRequest("\(name) must be a string or a number", field: name)
            }
        }
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            if name == "parameters" {
                guard case .object(let parameters) = value else {
                    throw APIError.badRequest("parameters must be an object of name: number", field: "parameters")
                }
                for (parameter, number) in parameters.sorted(by: { $0.key < $1.key }) {
                    guard number.number != nil else { throw APIError.badRequest("\(parameter) must be a number", field: parameter) }
                    try add(parameter, number)
                }
            } else {
                try add(name, value)
            }
        }
        return Query(pairs: pairs)
    }
}

/// The machine formats the API answers in.
enum TableFormat: String, CaseIterable {
    case json, csv
}
