import CapexData
import CapexModel

/// What `capexgap report` writes: the headline, the company tables, the gap models, unit
/// economics, the base scenario's projection and Monte Carlo, the essay reconciliation and a
/// sources appendix.
public enum StandardReport {
    /// Options of the report's Monte Carlo run.
    public struct Options: Sendable {
        /// Paths of the base scenario's Monte Carlo.
        public var paths: Int
        public var seed: UInt64
        public var threads: Int
        /// When the report was made, as printed under the title (ISO 8601 date).
        public var generated: String
        /// The database the figures come from, as printed under the title.
        public var databasePath: String

        public init(paths: Int = 20_000, seed: UInt64 = 42, threads: Int = 1, generated: String, databasePath: String) {
            self.paths = paths
            self.seed = seed
            self.threads = threads
            self.generated = generated
            self.databasePath = databasePath
        }
    }

    public static func build(database: CapexDatabase, options: Options) throws -> Report {
        let headline = try FilingsTables.headline(database: database)
        let peerSet = PeerSet(role: PeerSet.hyperscalerRole, among: try database.companies())
        let peerCIKs = Set(peerSet.members.map(\.cik))
        let allRows = try FilingsTables.companyRows(CompanyFilter(), capex: .cash, database: database)
        let peerRows = allRows.filter { peerCIKs.contains($0.year.company.cik) }
        let bands = try database.regimeBands()
        let peerYears = peerSet.years(from: try database.companyYears(ciks: peerCIKs), definition: .cash)
        let comparison = try GapComparison(year: nil, aiRevenueUSDBillions: nil, database: database)
        let scenario = try ScenarioLoader.load("base", database: database)
        let simulation = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: options.paths, seed: options.seed, threads: options.threads))
        let projection = Projector.project(scenario)
        var headlineWithOutlook = headline
        headlineWithOutlook.outlook = Headline.outlook(comparison: comparison, simulation: simulation)

        var sections: [Report.Section] = []
        sections.append(Report.Section(
            id: "headline", heading: "The headline: hyperscaler capex against revenue",
            paragraphs: ["Each hyperscaler's latest fiscal year from its 10-K, the peer set's total, and where capital intensity falls among the regime bands (software 3-6%, early cloud 10-15%, infrastructure 20-30%+)."],
            charts: [Report.Chart(name: "capex-vs-revenue", svg: FilingsCharts.capexVersusRevenue(peerYears, peerSet: peerSet).svg),
                     Report.Chart(name: "capex-intensity", svg: FilingsCharts.intensityByCompany(peerRows, bands: bands).svg)],
            tables: [headlineWithOutlook.table]))
        sections.append(Report.Section(
            id: "companies", heading: "Companies by fiscal year",
            paragraphs: ["Revenue, capex (purchases of property and equipment), capital intensity, capex over depreciation and over operating cash flow, and free cash flow before and after finance-lease principal."],
            charts: [Report.Chart(name: "intensity-vs-depreciation", svg: FilingsCharts.intensityScatter(headline.latest).svg)],
            tables: [try FilingsTables.companies(CompanyFilter(), capex: .cash, database: database),
                     try FilingsTables.peers(CompanyFilter(), capex: .cash, database: database)]))
        var gapTables = [GapComparisonTable.make(comparison)]
        for model in GapModels.all {
            gapTables.append(GapModelTable.make(try GapModelRun(GapModelRequest(model: model.id), database: database)))
        }
        sections.append(Report.Section(
            id: "gap-models", heading: "The gap by each published model",
            paragraphs: ["Each model first as published (its preset reproduces the published headline), then all four on the same actual capex."],
            charts: [Report.Chart(name: "gap-by-model", svg: ModelCharts.gapByModel(comparison).svg)],
            tables: gapTables))
        sections.append(Report.Section(
            id: "unit-economics", heading: "Unit economics of inference",
            tables: [try ModelTables.unitEconomics(preset: nil, assignments: [], database: database)]))
        sections.append(Report.Section(
            id: "projection", heading: "When revenue catches up: the base scenario",
            paragraphs: headlineWithOutlook.outlook.filter { $0.hasPrefix("Projected") }
                + ["Every projected value is a scenario value: the parameters and their cited sources are in scenarios/base.toml (`capexgap scenario show base`)."],
            charts: [Report.Chart(name: "revenue-bands", svg: ModelCharts.revenueBands(simulation, projection: projection).svg),
                     Report.Chart(name: "crossover-years", svg: ModelCharts.crossoverDistribution(simulation).svg)],
            tables: [ProjectionTable.make(projection, scenario: scenario), SimulationReport.table(simulation)]))
        let analogs = try HistoryTables.analogs(.investmentPctGDP, database: database)
        sections.append(Report.Section(
            id: "analogs", heading: "Is this railways or fibre? The AI build-out against past cycles",
            paragraphs: analogs.summary,
            charts: [Report.Chart(name: "analogs", svg: HistoryCharts.analogs(analogs).svg)],
            tables: [AnalogsTable.make(analogs)]))
        let chain = try HistoryTables.valueChain(scheme: "bernstein", year: nil, capexUSDBillions: nil, database: database)
        sections.append(Report.Section(
            id: "value-chain", heading: "Who builds the machines: where each capex dollar goes",
            paragraphs: ["The peer set's latest capex split by Bernstein's cost of a gigawatt, each category mapped to the supplier layer it pays; `capexgap value-chain --scheme mckinsey|epoch|sequoia` gives the others."],
            charts: [Report.Chart(name: "value-chain", svg: HistoryCharts.valueChain(chain).svg)],
            tables: [ValueChainTable.make(chain)]))
        sections.append(Report.Section(
            id: "essay", heading: "The founding essay's table, reconciled with the filings",
            tables: [try FilingsTables.essay(database: database)]))
        sections.append(Report.Section(
            id: "sources", heading: "Appendix: sources",
            paragraphs: ["Every source behind the figures above, with its evidence status and what it supports."],
            tables: [try FilingsTables.sources(CompanyFilter(), database: database)]))
        return Report(title: "AI capex and AI revenue: the gap",
                      subtitle: "Generated \(options.generated) by CapexGap from \(options.databasePath).",
                      sections: sections)
    }
}
