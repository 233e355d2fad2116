import CapexData
import CapexModel

/// `import`: what an import stored, one row per company, metric and concept, with the fiscal
/// years each concept gave.
public struct ImportResult: TabularResult {
    public struct Row: Sendable, Hashable {
        public var company: Company
        public var metric: FinancialMetric
        public var concept: String
        public var fiscalYears: [Int]
    }

    public var report: ImportReport

    public init(report: ImportReport) {
        self.report = report
    }

    public var rows: [Row] {
        report.companies.flatMap { summary in
            FinancialMetric.allCases.flatMap { metric -> [Row] in
                guard let concepts = summary.concepts[metric] else { return [] }
                return concepts.sorted { ($0.value.min() ?? 0, $0.key) < ($1.value.min() ?? 0, $1.key) }.map { concept, years in
                    Row(company: summary.company, metric: metric, concept: concept, fiscalYears: Set(years).sorted())
                }
            }
        }
    }

    public var fields: [Field<Row>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<Row>] = [
        .text("ticker", "Ticker") { $0.company.displayTicker },
        .integer("cik", "CIK") { $0.company.cik },
        .text("company", "Company", machineOnly: true) { $0.company.name },
        .text("metric", "Metric") { $0.metric.rawValue },
        .text("concept", "Concept") { $0.concept },
        .text("fiscal_years", "Fiscal years", wrapWidth: 40) { YearRanges.text($0.fiscalYears) },
]
}
