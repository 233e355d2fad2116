import CapexModel
import CapexService
import Foundation

/// The deals as a graph: entities on a circle, one arrow per deal from payer to payee, its
/// width by amount and its colour by type; every arrow links to its source.
public struct DealGraphChart: Sendable {
    public var result: DealsResult
    public var width: Double = 760
    public var height: Double = 620

    public init(_ result: DealsResult) {
        self.result = result
    }

    static let colours: [Deal.Kind: String] = [
        .equityInvestment: "#1f5fa8", .computePurchaseCommitment: "#d9822b", .chipPurchase: "#2e8b57", .lease: "#6b4fa0",
        .loan: "#7a7a7a", .warrant: "#b03a48", .revenueShare: "#0f8fa0",
    ]

    public var svg: String {
        let graph = result.graph
        let ids = graph.entities.map(\.id).filter { id in graph.deals.contains { $0.payer == id || $0.payee == id } }
        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        let centre = (x: width / 2, y: height / 2 + 10), radius = min(width, height) / 2 - 110
        var position: [String: (x: Double, y: Double)] = [:]
        for (index, id) in ids.enumerated() {
            let angle = 2 * Double.pi * Double(index) / Double(max(ids.count, 1)) - Double.pi / 2
            position[id] = (centre.x + radius * cos(angle), centre.y + radius * sin(angle))
        }
        let largest = graph.deals.compactMap(\.countedAmount).max() ?? 1
        var svg = SVGWriter()
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
                         ("role", "img"), ("aria-label", "Deals among AI chip makers, clouds and labs")])
        svg.element("title", [], content: "Deals among AI chip makers, clouds and labs (arrow: payer to payee)")
        svg.element("text", [("x", "12"), ("y", "22"), ("font-size", "15"), ("font-weight", "bold")],
                    content: "Who committed money to whom: \(graph.deals.count) sourced deals (arrow from payer to payee)")
        svg.open("defs")
        svg.raw("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
            + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker>")
        svg.close("defs")
        for deal in graph.deals {
            guard let from = position[deal.payer], let to = position[deal.payee] else { continue }
            // Stop short of the node's circle.
            let dx = to.x - from.x, dy = to.y - from.y, length = max((dx * dx + dy * dy).squareRoot(), 1)
            let end = (x: to.x - dx / length * 16, y: to.y - dy / length * 16)
            let widthOf = 1 + 5 * ((deal.countedAmount ?? 0) / largest)
            let label = "\(names[deal.payer] ?? deal.payer) -> \(names[deal.payee] ?? deal.payee): \(deal.kind.rawValue.replacingOccurrences(of: "_", with: " ")), "
                + (deal.countedAmount.map { "\(NumberText.compact($0)) USD b" } ?? "amount not stated") + ", \(deal.status.rawValue) (tier \(deal.tier.rawValue): \(deal.source.title))"
            if let url = deal.source.url { svg.open("a", [("href", url)]) }
            svg.open("line", [("x1", SVGWriter.number(from.x)), ("y1", SVGWriter.number(from.y)), ("x2", SVGWriter.number(end.x)),
                              ("y2", SVGWriter.number(end.y)), ("stroke", Self.colours[deal.kind] ?? "#555"), ("stroke-width", SVGWriter.number(widthOf)),
                              ("stroke-opacity", "0.75"), ("marker-end", "url(#arrow)")])
            svg.element("title", [], content: label)
            svg.close("line")
            if deal.source.url != nil { svg.close("a") }
        }
        for id in ids {
            guard let point = position[id] else { continue }
            svg.element("circle", [("cx", SVGWriter.number(point.x)), ("cy", SVGWriter.number(point.y)), ("r", "14"), ("fill", "#ffffff"),
                                   ("stroke", "#333"), ("stroke-width", "1.5")])
            let anchor = point.x < centre.x - 5 ? "end" : point.x > centre.x + 5 ? "start" : "middle"
            let offset = anchor == "end" ? -20.0 : anchor == "start" ? 20.0 : 0
            svg.element("text", [("x", SVGWriter.number(point.x + offset)), ("y", SVGWriter.number(point.y + (anchor == "middle" ? (point.y < centre.y ? -20 : 30) : 4))),
                                 ("font-size", "12"), ("text-anchor", anchor)], content: Self.shortName(names[id] ?? id))
        }
        var legendX = 12.0
        for kind in Deal.Kind.allCases where graph.deals.contains(where: { $0.kind == kind }) {
            svg.element("rect", [("x", SVGWriter.number(legendX)), ("y", SVGWriter.number(height - 22)), ("width", "12"), ("height", "12"),
                                 ("fill", Self.colours[kind] ?? "#555")])
            let text = kind.rawValue.replacingOccurrences(of: "_", with: " ")
            svg.element("text", [("x", SVGWriter.number(legendX + 16)), ("y", SVGWriter.number(height - 12)), ("font-size", "11")], content: text)
            legendX += 30 + Double(text.count) * 7
        }
        svg.close("svg")
        return svg.text
    }

    /// A node's label: the name without its parenthesis, at most 26 characters (the tooltip of
    /// each arrow keeps the full name), so labels stay inside the drawing.
    static func shortName(_ name: String) -> String {
        let plain = name.split(separator: "(", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? name
        return plain.count <= 26 ? plain : String(plain.prefix(25)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
