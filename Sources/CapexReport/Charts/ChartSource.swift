/// Where a drawn figure comes from: its marks carry the text as a tooltip (`<title>`) and, when
/// the source has a web address, link to it (`<a href>`), so a reader can check any point.
public struct ChartSource: Sendable, Hashable {
    /// What the tooltip says: the figure and its source.
    public var text: String
    /// The first web address of the source, if any.
    public var address: String?

    public init(text: String, address: String?) {
        self.text = text
        self.address = WebAddress.first(in: address)
    }

    /// Opens the group (a link when there is an address) and writes the tooltip.
    func open(_ svg: inout SVGWriter) {
        if let address {
            svg.open("a", [("href", address), ("class", "source-link")])
        } else {
            svg.open("g", [("class", "sourced")])
        }
        svg.element("title", [], content: text)
    }

    func close(_ svg: inout SVGWriter) {
        svg.close(address == nil ? "g" : "a")
    }
}
