import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read into a tree, for structural tests of the SVG charts and XHTML-like
/// output: parsing fails on anything that is not well-formed XML.
public final class MarkupElement: @unchecked Sendable {
    public let name: String
    public let attributes: [String: String]
    public private(set) var children: [MarkupElement] = []
    public fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first) named `name`, optionally with `class`
    /// containing `className`.
    public func all(_ name: String, class className: String? = nil) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for child in children {
            if child.name == name, className.map({ (child.attributes["class"] ?? "").split(separator: " ").contains(Substring($0)) }) ?? true {
                found.append(child)
            }
            found += child.all(name, class: className)
        }
        return found
    }

    /// This element's text and all its descendants' text.
    public var allText: String { text + children.map(\.allText).joined() }

    fileprivate func append(_ child: MarkupElement) { children.append(child) }

    /// Parses `text`; throws with the parser's line and column when it is not well-formed.
    public static func parse(_ text: String) throws -> MarkupElement {
        let delegate = TreeBuilder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw MarkupError(line: parser.lineNumber, column: parser.columnNumber, message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }
}

public struct MarkupError: Error, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "not well-formed XML at line \(line), column \(column): \(message)" }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: MarkupElement?
    var stack: [MarkupElement] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = MarkupElement(name: name, attributes: attributes)
        if let parent = stack.last { parent.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
