import CapexModel
import Foundation
import Hummingbird

/// A request's query parameters (or form body), with typed, range-checked readers whose errors
/// name the parameter.
struct Query: Sendable {
    /// Pairs in order; a name may repeat (`ticker=GOOGL&ticker=META`).
    let pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    init(_ request: Request) {
        pairs = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    var names: [String] { pairs.map(\.name) }

    /// Fails on a parameter not in `allowed`, naming the valid ones.
    func restrict(to allowed: [String]) throws {
        for name in names where !allowed.contains(name) {
            throw APIError.badRequest("unknown parameter '\(name)'; valid: \(allowed.joined(separator: ", "))", field: name)
        }
    }

    /// The last value of `name`, `nil` when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = pairs.last(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Every non-empty value of `name`, in order.
    func strings(_ name: String) -> [String] {
        pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text) else { throw APIError.badRequest("\(name) '\(text)' is not a whole number", field: name) }
        guard range.contains(value) else {
            throw APIError.badRequest("\(name) \(value) is out of range; give \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return value
    }

    func ints(_ name: String, in range: ClosedRange<Int>) throws -> [Int] {
        try strings(name).map { text in
            guard let value = Int(text), range.contains(value) else {
                throw APIError.badRequest("\(name) '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
            }
            return value
        }
    }

    func double(_ name: String, in range: ParameterRange? = nil) throws -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text), value.isFinite else { throw APIError.badRequest("\(name) '\(text)' is not a number", field: name) }
        if let range, !range.contains(value) {
            throw APIError.badRequest("\(name) \(text) is out of range; it must be \(range)", field: name)
        }
        return value
    }

    func doubles(_ name: String) throws -> [Double] {
        try strings(name).map { text in
            guard let value = Double(text), value.isFinite else { throw APIError.badRequest("\(name) '\(text)' is not a number", field: name) }
            return value
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

    /// `name=value` assignments for the parameters among `specs` that the query sets.
    func assignments(for specNames: [String]) -> [String] {
        pairs.filter { specNames.contains($0.name) && !$0.value.isEmpty }.map { "\($0.name)=\($0.value)" }
    }

    /// Reads a JSON object body as query pairs: top-level strings and numbers as they are,
    /// and the members of `"parameters": {name: value}` as parameters.
    static func json(_ data: Data) throws -> Query {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw APIError.badRequest("the body is not a JSON object", field: "body")
        }
        var pairs: [(name: String, value: String)] = []
        func add(_ name: String, _ value: Any) throws {
            switch value {
            case let text as String: pairs.append((name, text))
            case let number as NSNumber: pairs.append((name, number.stringValue))
            default: throw APIError.badRequest("\(name) must be a string or a number", field: name)
            }
        }
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            if name == "parameters" {
                guard let parameters = value as? [String: Any] else {
                    throw APIError.badRequest("parameters must be an object of name: number", field: "parameters")
                }
                for (parameter, number) in parameters.sorted(by: { $0.key < $1.key }) { try add(parameter, number) }
            } else {
                try add(name, value)
            }
        }
        return Query(pairs: pairs)
    }
}

/// The machine formats the API answers tables in.
enum TableFormat: String, CaseIterable {
    case json, csv
}
