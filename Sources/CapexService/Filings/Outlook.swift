import CapexData
import CapexModel

/// The headline's outlook: the gap on the latest actual capex by Sequoia's formula, and when
/// the base scenario's AI revenue crosses over (a Monte Carlo of ``Defaults/outlookPaths``
/// paths at seed ``Defaults/seed``).
public struct Outlook: Sendable, Hashable, Encodable {
    /// The latest fiscal year's peer-set capex and the revenue it needs (USD billions a year).
    public struct Gap: Sendable, Hashable, Encodable {
        public var fiscalYear: Int
        public var capexUSDBillions: Double?
        public var requiredRevenueUSDBillions: Double
        /// The base scenario's AI revenue in its first projected year (calibrated to the
        /// observations: `scenario calibrate base`), and that year.
        public var aiRevenueUSDBillions: Double
        public var aiRevenueYear: Int

        enum CodingKeys: String, CodingKey {
            case fiscalYear = "fiscal_year"
            case capexUSDBillions = "capex_usd_b"
            case requiredRevenueUSDBillions = "required_revenue_usd_b"
            case aiRevenueUSDBillions = "ai_revenue_usd_b"
            case aiRevenueYear = "ai_revenue_year"
        }
    }

    /// The crossover year's distribution over all paths (`nil`: not by the horizon).
    public struct Crossover: Sendable, Hashable, Encodable {
        public var scenario: String
        public var paths: Int
        public var seed: UInt64
        public var medianYear: Int?
        public var p5Year: Int?
        public var p95Year: Int?
        public var horizon: Int

        enum CodingKeys: String, CodingKey {
            case scenario, paths, seed, horizon
            case medianYear = "median_year"
            case p5Year = "p5_year"
            case p95Year = "p95_year"
        }

        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: CodingKeys.self)
            try object.encode(scenario, forKey: .scenario)
            try object.encode(paths, forKey: .paths)
            try object.encode(seed, forKey: .seed)
            try object.encode(horizon, forKey: .horizon)
            try object.encode(medianYear, forKey: .medianYear)
            try object.encode(p5Year, forKey: .p5Year)
            try object.encode(p95Year, forKey: .p95Year)
        }
    }

    public var gap: Gap?
    public var crossover: Crossover

    public init(comparison: GapComparison, simulation: MonteCarloSummary, firstYear: ProjectionYear?) {
        if let sequoia = comparison.rows.first(where: { $0.model.id == SequoiaModel.id }), let required = sequoia.required.value, let firstYear {
            gap = Gap(fiscalYear: comparison.capex.fiscalYear, capexUSDBillions: comparison.capex.usdBillions.value,
                      requiredRevenueUSDBillions: required, aiRevenueUSDBillions: firstYear.revenue, aiRevenueYear: firstYear.year)
        }
        func year(_ share: Double) -> Int? {
            MonteCarloSummary.yearReached(byShare: share, counts: simulation.crossoverCounts, paths: simulation.paths, baseYear: simulation.baseYear)
        }
        crossover = Crossover(scenario: simulation.scenario, paths: simulation.paths, seed: simulation.seed, medianYear: year(0.5),
                              p5Year: year(0.05), p95Year: year(0.95), horizon: simulation.baseYear + simulation.years)
    }
}

extension CapexService {
    /// The gap on the latest capex and the base scenario's crossover range.
    public func outlook(threads: Int) throws -> Outlook {
        let comparison = try gapCompare()
        let scenario = try scenario(ScenarioRequest())
        let simulation = MonteCarloEngine.run(scenario, options: MonteCarloOptions(paths: Defaults.outlookPaths, seed: Defaults.seed, threads: threads))
        return Outlook(comparison: comparison, simulation: simulation, firstYear: Projector.project(scenario).years.first)
    }
}
