import CapexData
import CapexModel
import CapexReport
import CapexService
import HTTPTypes

/// `/gap-models`: the four models side by side; `/gap-models/{model}`: one model's parameters
/// as a form that recomputes as values change (`/gap-models/{model}/results` is the part that
/// changes).
enum GapModelsPage {
    static func index(_ state: ServerState) throws -> String {
        let comparison = try state.service.gapCompare()
        var body = "<h1>Gap models</h1><p class=\"lead\">Four published ways to ask how much revenue the build-out needs. "
            + "Each starts from a preset that reproduces its published headline; open one to change its parameters.</p><ul>"
        for model in GapModels.all {
            body += "<li><a href=\"/gap-models/\(model.id)\">\(HTMLText.escape(model.title))</a>: <code>\(HTMLText.escape(model.formula))</code></li>"
        }
        body += "</ul>" + HTMLDocument.evidenceKey + DashboardPage.charts([ModelCharts.gapByModel(comparison).svg])
        body += DashboardPage.table(GapComparisonTable.make(comparison), csv: DashboardPage.csvLink("/api/gap/compare"))
        return DashboardPage.document("Gap models", current: "/gap-models", body: body)
    }

    static let formFields = ["preset", "shown_preset", "from_data", "year"]

    /// The run the page's query asks for. When the preset was just changed, the other values
    /// shown were the old preset's, so they are dropped.
    static func run(_ model: any GapModel.Type, _ state: ServerState, query: Query) throws -> GapModelRun {
        try query.restrict(to: formFields + model.specs.map(\.name))
        let presets = try state.service.presets(model: model.id)
        let chosen = query.string("preset") ?? presets.first?.name
        let presetChanged = query.string("shown_preset").map { $0 != chosen } ?? false
        let effective = presetChanged ? Query(pairs: query.pairs.filter { formFields.contains($0.name) }) : query
        return try state.service.gapRun(try GapEndpoints.request(model, effective))
    }

    static func page(_ model: any GapModel.Type, _ state: ServerState, query: Query) throws -> String {
        let database = state.database
        let presets = try state.service.presets(model: model.id)
        var body = "<h1>\(HTMLText.escape(model.title))</h1><p class=\"lead\">Formula: <code>\(HTMLText.escape(model.formula))</code>. "
            + "\(HTMLText.escape(model.requiredMeaning))</p>"
        var results = ""
        var run: GapModelRun?
        do {
            let made = try Self.run(model, state, query: query)
            run = made
            results = try Self.results(made, state: state, query: query)
        } catch {
            let answer = APIError(error)
            guard answer.status == .badRequest else { throw error }
            results = DashboardPage.errorBox(answer.message)
        }
        let shown = run?.preset.name ?? query.string("preset") ?? presets.first?.name ?? ""
        let tickers = try database.companies().compactMap(\.ticker)
        body += "<form class=\"params\" method=\"get\" action=\"/gap-models/\(model.id)\" data-live=\"/gap-models/\(model.id)/results\" data-target=\"results\">"
            + "<input type=\"hidden\" name=\"shown_preset\" value=\"\(HTMLText.escape(shown))\"><div class=\"grid\">"
            + DashboardPage.select("preset", label: "Preset (reload to its values)", choices: presets.map { ($0.name, $0.name) }, selected: shown, reloads: true)
            + DashboardPage.select("from_data", label: "Capex input", choices: [("", "the preset's"), (CapexSource.peerSetWord, "hyperscaler peer set, from filings")]
                                    + tickers.map { ($0, "\($0), from filings") }, selected: query.string("from_data"))
            + "<label>Fiscal year of the actual capex<br><input type=\"number\" name=\"year\" min=\"1900\" max=\"2100\" value=\"\(HTMLText.escape(query.string("year") ?? ""))\" placeholder=\"latest\"></label>"
        for spec in model.specs {
            let value = run?.parameters[spec.name] ?? presets.first { $0.name == shown }?.values[spec.name]?.value ?? spec.range.lower
            body += DashboardPage.numberField(spec, value: value)
        }
        body += "</div><p><button type=\"submit\">Recompute</button> <span class=\"status\" aria-live=\"polite\"></span></p></form>"
        body += HTMLDocument.evidenceKey + "<div id=\"results\">\(results)</div>"
        return DashboardPage.document(model.id, current: "/gap-models", body: body)
    }

    /// The table and chart of a run, with the CSV link of the same request.
    static func results(_ run: GapModelRun, state: ServerState, query: Query) throws -> String {
        let comparison = try state.service.gapCompare()
        let required = run.result.requiredRevenuePerYear
        let chart = BarChart(
            frame: ChartFrame(title: "\(ModelCharts.shortName(run.model.id)): revenue needed a year vs AI revenue", xLabel: "",
                              yLabel: "USD billions a year", source: "gap \(run.model.id), preset \(run.preset.name); AI revenue: \(comparison.aiRevenue.source ?? "")",
                              width: 560, height: 340),
            categories: ["Revenue needed a year", "AI revenue (estimate)"],
            series: [BarChart.Series(name: "USD billions a year", values: [(required.value, required.evidence),
                                                                          (comparison.aiRevenue.value, comparison.aiRevenue.evidence)])])
        let csv = query.pairs.filter { $0.name != "shown_preset" && !$0.value.text.isEmpty }.map { ($0.name, $0.value.text) }
        return DashboardPage.charts([chart.svg]) + DashboardPage.table(GapModelTable.make(run), csv: DashboardPage.csvLink("/api/gap/\(run.model.id)", csv))
    }
}
