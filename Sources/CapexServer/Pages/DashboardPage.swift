import CapexModel
import CapexReport
import Foundation

/// What every dashboard page shares: the navigation, the page shell, and small pieces of markup.
enum DashboardPage {
    static let navigation: [HTMLDocument.NavigationItem] = [
        .init("Overview", "/"), .init("Companies", "/companies"), .init("Quarters", "/quarters"), .init("Commitments", "/commitments"), .init("Screen", "/screen"), .init("Gap models", "/gap-models"),
        .init("Scenario lab", "/lab"), .init("Analogs", "/analogs"), .init("Value chain", "/value-chain"),
        .init("Sources", "/sources"), .init("API", "/api"),
    ]

    /// A whole page with the navigation and the dashboard's script.
    static func document(_ title: String, current: String, body: String) -> String {
        HTMLDocument(title: title, navigation: navigation, current: current, body: body,
                     assets: .linked(stylesheet: Assets.stylesheetPath, script: Assets.scriptPath)).html
    }

    /// An error page (bad parameters: 400; unknown page: 404).
    static func error(_ message: String, title: String = "Cannot show this page", current: String = "") -> String {
        document(title, current: current, body: "<h1>\(HTMLText.escape(title))</h1>" + errorBox(message))
    }

    static func errorBox(_ message: String) -> String {
        "<p class=\"error\" role=\"alert\">\(HTMLText.escape(message))</p>"
    }

    /// A headline number with its label and a line of detail.
    static func card(_ label: String, _ value: String, detail: String) -> String {
        "<div class=\"card\"><div class=\"label\">\(HTMLText.escape(label))</div><div class=\"value\">\(HTMLText.escape(value))</div>"
            + "<div class=\"detail\">\(HTMLText.escape(detail))</div></div>"
    }

    static func charts(_ svgs: [String]) -> String {
        "<div class=\"charts\">" + svgs.map(HTMLDocument.chart).joined() + "</div>"
    }

    static func table(_ table: Table, csv: String?) -> String {
        HTMLTableRenderer(table: table, csvURL: csv).render()
    }

    /// `path?query` with `format=csv` added (for a table's download link).
    static func csvLink(_ path: String, _ pairs: [(String, String)] = []) -> String {
        path + "?" + (pairs + [("format", "csv")]).map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }

    /// A number input for a model parameter, bounded by its range.
    static func numberField(_ spec: ParameterSpec, value: Double) -> String {
        var bounds = ""
        if spec.range.lowerInclusive { bounds += " min=\"\(NumberText.compact(spec.range.lower))\"" }
        if let upper = spec.range.upper, spec.range.upperInclusive { bounds += " max=\"\(NumberText.compact(upper))\"" }
        return "<label>\(HTMLText.escape(spec.name)) <span class=\"hint\">\(HTMLText.escape(spec.label)); \(HTMLText.escape(spec.unit)), \(HTMLText.escape(spec.range.description))</span><br>"
            + "<input type=\"number\" step=\"any\" name=\"\(HTMLText.escape(spec.name))\" value=\"\(NumberText.compact(value))\"\(bounds)></label>"
    }

    /// A `<select>` of `choices` (value, label) with `selected` chosen.
    static func select(_ name: String, label: String, choices: [(String, String)], selected: String?, reloads: Bool = false) -> String {
        "<label>\(HTMLText.escape(label))<br><select name=\"\(HTMLText.escape(name))\"\(reloads ? " data-reload" : "")>" + choices.map { value, text in
            "<option value=\"\(HTMLText.escape(value))\"\(value == (selected ?? "") ? " selected" : "")>\(HTMLText.escape(text))</option>"
        }.joined() + "</select></label>"
    }
}
