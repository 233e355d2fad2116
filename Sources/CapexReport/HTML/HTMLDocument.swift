/// A whole HTML page: the site header with its navigation, the body, and the inline stylesheet
/// (and script, on the dashboard). Nothing is loaded from elsewhere.
public struct HTMLDocument: Sendable {
    public struct NavigationItem: Sendable {
        public var label: String
        public var href: String

        public init(_ label: String, _ href: String) {
            self.label = label
            self.href = href
        }
    }

    public var title: String
    public var navigation: [NavigationItem]
    /// The `href` of the current page, marked in the navigation.
    public var current: String?
    /// Trusted HTML of the main content.
    public var body: String
    /// How the page gets its stylesheet and script.
    public var assets: Assets

    /// Where a page's stylesheet and script come from.
    public enum Assets: Sendable {
        /// Inlined: one self-contained file (the report), optionally with a script.
        case inline(script: String?)
        /// Linked from the same site (the dashboard, whose Content-Security-Policy allows only
        /// its own files).
        case linked(stylesheet: String, script: String)
    }

    public init(title: String, navigation: [NavigationItem] = [], current: String? = nil, body: String, assets: Assets = .inline(script: nil)) {
        self.title = title
        self.navigation = navigation
        self.current = current
        self.body = body
        self.assets = assets
    }

    public var html: String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title)) · CapexGap</title>\(head)</head><body>
        <header class="site"><span class="brand">CapexGap</span>
        """
        if !navigation.isEmpty {
            html += "<nav>" + navigation.map { item in
                "<a href=\"\(HTMLText.escape(item.href))\"\(item.href == current ? " aria-current=\"page\"" : "")>\(HTMLText.escape(item.label))</a>"
            }.joined() + "</nav>"
        }
        html += "</header><main>\(body)</main>"
        html += "<footer class=\"site\">CapexGap: AI infrastructure capex against AI revenue. Every figure carries its evidence status "
            + "(R reported, D derived, E estimated, S scenario) and its source.</footer>"
        switch assets {
        case .inline(let script?): html += "<script>\(script)</script>"
        case .inline(nil): break
        case .linked(_, let script): html += "<script src=\"\(HTMLText.escape(script))\"></script>"
        }
        return html + "</body></html>\n"
    }

    private var head: String {
        switch assets {
        case .inline: "<style>\(Stylesheet.css)</style>"
        case .linked(let stylesheet, _): "<link rel=\"stylesheet\" href=\"\(HTMLText.escape(stylesheet))\">"
        }
    }

    /// A chart's SVG in its box.
    public static func chart(_ svg: String) -> String {
        "<div class=\"chart-box\">\(svg)</div>"
    }

    /// The key to the evidence marks used in tables.
    public static let evidenceKey = "<p class=\"evidence-key\"><span><b>R</b> reported (filing)</span><span><b>D</b> derived from reported figures</span>"
        + "<span class=\"ev-estimated\"><i><b>E</b> estimated (secondary source)</i></span><span class=\"ev-scenario\"><i><b>S</b> scenario</i></span>"
        + "<span><b>?</b> unresolved</span></p>"
}
