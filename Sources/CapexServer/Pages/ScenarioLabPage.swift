import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation
import HTTPTypes

/// `/lab`: sliders for the main assumptions of a build-out scenario; the projection, the
/// percentile bands and the crossover-year distribution redraw as they move
/// (`/lab/results` is the part that changes).
enum ScenarioLabPage {
    /// A slider over a parameter: the range it offers (inside the parameter's valid range).
    struct Slider {
        var name: String
        var minimum: Double
        var maximum: Double
        var step: Double
    }

    static let sliders = [
        Slider(name: "capex_growth", minimum: -0.3, maximum: 0.6, step: 0.01),
        Slider(name: "ai_share_of_capex", minimum: 0.2, maximum: 1, step: 0.01),
        Slider(name: "it_life_years", minimum: 2, maximum: 8, step: 1),
        Slider(name: "cost_of_capital", minimum: 0, maximum: 0.2, step: 0.0025),
        Slider(name: "utilisation", minimum: 0.2, maximum: 1, step: 0.01),
        Slider(name: "gross_margin", minimum: 0.2, maximum: 0.9, step: 0.01),
        Slider(name: "api_volume_growth", minimum: 0, maximum: 3, step: 0.05),
        Slider(name: "token_price_decline", minimum: 0, maximum: 0.9, step: 0.01),
        Slider(name: "subscriber_growth", minimum: 0, maximum: 1, step: 0.01),
        Slider(name: "seat_growth", minimum: 0, maximum: 2, step: 0.05),
        Slider(name: "consumer_price_usd_per_month", minimum: 5, maximum: 60, step: 1),
    ]

    static let scenarios = ScenarioLoader.shippedNames.filter { $0 != "bench-reference" }
    static let fields = ["scenario", "shown_scenario"] + sliders.map(\.name)

    /// The scenario the query asks for. A slider left at the parameter's median keeps its
    /// distribution; a moved slider fixes the parameter at its value.
    static func scenario(_ state: ServerState, query: Query) throws -> Scenario {
        try query.restrict(to: fields)
        let name = query.string("scenario") ?? Defaults.scenario.value
        guard scenarios.contains(name) else {
            throw APIError.badRequest("unknown scenario '\(name)'; the lab runs \(scenarios.joined(separator: ", "))", field: "scenario")
        }
        let base = try state.service.scenario(ScenarioRequest(scenario: ScenarioName(name), allowFiles: false))
        guard query.string("shown_scenario").map({ $0 == name }) ?? true else { return base }
        var moved: [ParameterAssignment] = []
        for slider in sliders {
            guard let value = try query.double(slider.name, in: .between(slider.minimum, slider.maximum)),
                  let median = base.parameters[slider.name]?.distribution.median else { continue }
            if abs(value - median) > slider.step / 2 { moved.append(ParameterAssignment(name: slider.name, value: value)) }
        }
        return try state.service.scenario(ScenarioRequest(scenario: ScenarioName(name), assignments: moved, allowFiles: false))
    }

    static func page(_ state: ServerState, query: Query) async throws -> String {
        var results = ""
        var scenario: Scenario?
        do {
            let resolved = try Self.scenario(state, query: query)
            scenario = resolved
            results = try await Self.results(resolved, state: state)
        } catch {
            let answer = APIError(error)
            guard answer.status == .badRequest || answer.status == .serviceUnavailable else { throw error }
            results = DashboardPage.errorBox(answer.message)
        }
        let shown = scenario?.name ?? "base"
        let specs = BuildoutModel.specs
        var body = "<h1>Scenario lab</h1><p class=\"lead\">Move an assumption and the projection redraws: \(NumberText.grouped(Double(state.limits.labPaths))) Monte Carlo paths per change. "
            + "A slider left at the parameter's median keeps its uncertainty; a moved slider fixes it at that value.</p>"
        body += "<form class=\"params\" method=\"get\" action=\"/lab\" data-live=\"/lab/results\" data-target=\"results\">"
            + "<input type=\"hidden\" name=\"shown_scenario\" value=\"\(HTMLText.escape(shown))\"><div class=\"grid\">"
            + DashboardPage.select("scenario", label: "Scenario (reload to its values)", choices: scenarios.map { ($0, $0) }, selected: shown, reloads: true)
        for slider in sliders {
            let spec = specs.first { $0.name == slider.name }
            let value = scenario?.parameters[slider.name]?.distribution.median ?? slider.minimum
            body += "<label>\(HTMLText.escape(slider.name)) = <output for=\"\(slider.name)\">\(NumberText.compact(value))</output> "
                + "<span class=\"hint\">\(HTMLText.escape(spec?.label ?? "")); \(HTMLText.escape(spec?.unit ?? ""))</span><br>"
                + "<input type=\"range\" id=\"\(slider.name)\" name=\"\(slider.name)\" min=\"\(NumberText.compact(slider.minimum))\" max=\"\(NumberText.compact(slider.maximum))\" "
                + "step=\"\(NumberText.compact(slider.step))\" value=\"\(NumberText.compact(value))\"></label>"
        }
        body += "</div><p><button type=\"submit\">Recompute</button> <span class=\"status\" aria-live=\"polite\"></span></p></form>"
        body += "<div id=\"results\">\(results)</div>"
        return DashboardPage.document("Scenario lab", current: "/lab", body: body)
    }

    /// The summary, the charts and the percentile table of one Monte Carlo run of `scenario`.
    static func results(_ scenario: Scenario, state: ServerState) async throws -> String {
        let options = MonteCarloOptions(paths: state.limits.labPaths, seed: Defaults.seed, threads: state.limits.labThreads)
        let paths = options.paths
        let (summary, projection) = try await state.limiter.run {
            (MonteCarloEngine.run(scenario, options: options), Projector.project(scenario))
        }
        let table = SimulationReport.table(summary)
        var html = "<div class=\"cards\">"
        let horizon = summary.baseYear + summary.years
        html += DashboardPage.card("Crossover within the horizon", NumberText.percent(summary.crossoverProbability(by: horizon), digits: 0),
                                   detail: "of paths see AI revenue cover the build's yearly cost by \(horizon)")
        html += DashboardPage.card("At the medians", projection.crossoverYear.map(String.init) ?? "not by \(horizon)",
                                   detail: "crossover year of the projection with every parameter at its median; payback \(projection.paybackYear.map(String.init) ?? "not by \(horizon)")")
        html += DashboardPage.card("Gap in \(horizon), median", NumberText.billions(fromMillions: summary.gap[summary.years - 1].p50 * 1_000, digits: 0),
                                   detail: "90% range \(NumberText.billions(fromMillions: summary.gap[summary.years - 1].p5 * 1_000, digits: 0)) to \(NumberText.billions(fromMillions: summary.gap[summary.years - 1].p95 * 1_000, digits: 0)) a year")
        html += "</div>"
        html += "<ul class=\"notes\">" + table.notes.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        html += DashboardPage.charts([ModelCharts.revenueBands(summary, projection: projection).svg, ModelCharts.gapBands(summary).svg,
                                      ModelCharts.crossoverDistribution(summary).svg])
        var csv: [(String, String)] = [("scenario", scenario.name), ("paths", String(paths))]
        for slider in sliders {
            if let parameter = scenario.parameters[slider.name], parameter.source == "set by the user" {
                csv.append((slider.name, NumberText.compact(parameter.distribution.median)))
            }
        }
        html += DashboardPage.table(table, csv: DashboardPage.csvLink("/api/simulate", csv))
        return html
    }
}
