import CapexModel
import Foundation

/// Builds SVG text: elements with escaped attributes and text, numbers with two decimals.
struct SVGWriter {
    private(set) var text = ""

    static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.count)
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// `<name attributes>` with `content` (escaped) or self-closing when `content` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escape(value))\"" }
        if let content {
            text += ">\(Self.escape(content))</\(name)>"
        } else {
            text += "/>"
        }
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<\(name)"
        for (key, value) in attributes { text += " \(key)=\"\(Self.escape(value))\"" }
        text += ">"
    }

    mutating func close(_ name: String) {
        text += "</\(name)>"
    }

    mutating func raw(_ markup: String) {
        text += markup
    }

    /// A line; `style` (`stroke:#888;stroke-width:1`) is written as presentation attributes
    /// (`stroke="#888" stroke-width="1"`), which a Content-Security-Policy without inline styles allows.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, style: String) {
        let presentation = style.split(separator: ";").compactMap { declaration -> (String, String)? in
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        element("line", [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2))] + presentation)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = []) {
        element("rect", [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
                         ("height", Self.number(max(0, height))), ("fill", fill)] + extra)
    }

    mutating func label(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                        weight: String = "normal", fill: String = "#333", extra: [(String, String)] = []) {
        element("text", [("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("font-size", Self.number(size)),
                         ("font-weight", weight), ("fill", fill)] + extra, content: content)
    }

    /// A path through `points`.
    static func path(_ points: [(Double, Double)]) -> String {
        points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + number(point.0) + " " + number(point.1)
        }.joined(separator: " ")
    }
}
