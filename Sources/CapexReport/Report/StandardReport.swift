import CapexModel
import CapexService

/// What `capexgap report` writes: the headline, the company tables, the gap models, unit
/// economics, the base scenario's projection and Monte Carlo, the essay reconciliation and a
/// sources appendix.
public enum StandardReport {
    /// What the report says about how it was made.
    public struct Options: Sendable {
        /// When the report was made, as printed under the title (ISO 8601 date).
        public var generated: String
        /// The database the figures come from, as printed under the title.
        public var databasePath: String

        public init(generated: String, databasePath: String) {
            self.generated = generated
            self.databasePath = databasePath
        }
    }

    public static func build(_ content: ReportContent, options: Options) -> Report {
        let outlook = HeadlineTable.lines(content.outlook)
        let simulation = content.simulation.summary
        let projection = content.projection.projection
        var sections: [Report.Section] = []
        sections.append(Report.Section(
            id: "headline", heading: "The headline: hyperscaler capex against revenue",
            paragraphs: ["Each hyperscaler's latest fiscal year from its 10-K, the peer set's total, and where capital intensity falls among the regime bands (software 3-6%, early cloud 10-15%, infrastructure 20-30%+)."],
            charts: [Report.Chart(name: "capex-vs-revenue", svg: FilingsCharts.capexVersusRevenue(content.peerYears, peerSet: content.peerSet).svg),
                     Report.Chart(name: "capex-intensity", svg: FilingsCharts.intensityByCompany(content.peerRows, bands: content.headline.bands).svg)],
            tables: [HeadlineTable.make(content.headline, outlook: content.outlook)]))
        sections.append(Report.Section(
            id: "companies", heading: "Companies by fiscal year",
            paragraphs: ["Revenue, capex (purchases of property and equipment), capital intensity, capex over depreciation and over operating cash flow, and free cash flow before and after finance-lease principal."],
            charts: [Report.Chart(name: "intensity-vs-depreciation", svg: FilingsCharts.intensityScatter(content.headline.latest).svg)],
            tables: [CompaniesTable.make(content.companies), PeersTable.make(content.peers)]))
        let gapTables = [GapComparisonTable.make(content.comparison)] + content.gapRuns.map(GapModelTable.make)
        sections.append(Report.Section(
            id: "gap-models", heading: "The gap by each published model",
            paragraphs: ["Each model first as published (its preset reproduces the published headline), then all four on the same actual capex."],
            charts: [Report.Chart(name: "gap-by-model", svg: ModelCharts.gapByModel(content.comparison).svg)],
            tables: gapTables))
        sections.append(Report.Section(
            id: "unit-economics", heading: "Unit economics of inference",
            tables: [UnitEconomicsTable.make(content.unitEconomics)]))
        sections.append(Report.Section(
            id: "projection", heading: "When revenue catches up: the base scenario",
            paragraphs: outlook.filter { $0.hasPrefix("Projected") }
                + ["Every projected value is a scenario value: the parameters and their cited sources are in scenarios/base.toml (`capexgap scenario show base`)."],
            charts: [Report.Chart(name: "revenue-bands", svg: ModelCharts.revenueBands(simulation, projection: projection).svg),
                     Report.Chart(name: "crossover-years", svg: ModelCharts.crossoverDistribution(simulation).svg)],
            tables: [ProjectionTable.make(content.projection), SimulationReport.table(simulation)]))
        let analogs = content.analogs.comparison
        sections.append(Report.Section(
            id: "analogs", heading: "Is this railways or fibre? The AI build-out against past cycles",
            paragraphs: analogs.summary,
            charts: [Report.Chart(name: "analogs", svg: HistoryCharts.analogs(analogs).svg)],
            tables: [AnalogsTable.make(content.analogs)]))
        let chain = content.valueChain.chain
        sections.append(Report.Section(
            id: "value-chain", heading: "Who builds the machines: where each capex dollar goes",
            paragraphs: ["The peer set's latest capex split by Bernstein's cost of a gigawatt, each category mapped to the supplier layer it pays; `capexgap value-chain --scheme mckinsey|epoch|sequoia` gives the others."],
            charts: [Report.Chart(name: "value-chain", svg: HistoryCharts.valueChain(chain).svg)],
            tables: [ValueChainTable.make(content.valueChain)]))
        sections.append(Report.Section(
            id: "essay", heading: "The founding essay's table, reconciled with the filings",
            tables: [EssayTable.make(content.essay)]))
        sections.append(Report.Section(
            id: "sources", heading: "Appendix: sources",
            paragraphs: ["Every source behind the figures above, with its evidence status and what it supports."],
            tables: [SourcesTable.make(content.sources)]))
        return Report(title: "AI capex and AI revenue: the gap",
                      subtitle: "Generated \(options.generated) by CapexGap from \(options.databasePath).",
                      sections: sections)
    }
}
