import Foundation

/// Turns a JSON decoding failure into a place a person can find in the file: a key path
/// (`facts.us-gaap.Revenues.units.USD[3].end`) for a wrong shape, a line and column for a
/// syntax error.
enum JSONErrorLocation {
    static func describe(_ error: any Error, data: Data) -> (place: String, reason: String) {
        guard let error = error as? DecodingError else { return ("whole file", "\(error)") }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxError(data)
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "top level" : path(context.codingPath)
            return (place, "missing key \"\(key.stringValue)\"")
        case .typeMismatch(let type, let context):
            return (context.codingPath.isEmpty ? "top level" : path(context.codingPath), "expected \(typeName(type)), found another kind of value")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(typeName(type)), found null")
        @unknown default:
            return ("whole file", "\(error)")
        }
    }

    /// `facts.us-gaap.Revenues.units.USD[3].end`
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }

    /// Locates a syntax error by letting Foundation's JSON reader report its offset.
    private static func syntaxError(_ data: Data) -> (place: String, reason: String) {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return ("whole file", "the file is empty")
        }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return ("whole file", "not valid JSON")
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            if message.contains("end of file") {
                return (lineColumn(data, offset: data.count), "the file ends in the middle of the JSON (truncated?)")
            }
            if let range = message.range(of: #"character (\d+)"#, options: .regularExpression),
               let offset = Int(message[range].dropFirst("character ".count)) {
                return (lineColumn(data, offset: offset), "not valid JSON here")
            }
            return ("whole file", "not valid JSON (\(message))")
        }
    }

    /// "line L, column C" (1-based) of byte `offset`.
    static func lineColumn(_ data: Data, offset: Int) -> String {
        var line = 1
        var column = 1
        for byte in data.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }
}
