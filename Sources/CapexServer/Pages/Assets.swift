import CapexReport
import Hummingbird

/// The dashboard's own stylesheet and script, served from the same site (the only ones its
/// Content-Security-Policy allows).
enum Assets {
    static let stylesheetPath = "/assets/capexgap.css"
    static let scriptPath = "/assets/dashboard.js"

    static var stylesheet: Response { .text(Stylesheet.css, contentType: "text/css; charset=utf-8") }
    static var script: Response { .text(DashboardScript.source, contentType: "text/javascript; charset=utf-8") }
}
