import CapexTestSupport
import Foundation
import Testing

/// `capexgap gap`, `unit-economics` and `depreciation` end to end.
@Suite("capexgap models", .serialized)
struct ModelCLITests {
    let cli: CLIRunner
    init() throws { cli = try CLIRunner() }

    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func output(_ rows: [[String: Any]], _ name: String) -> Double? {
        rows.first { $0["kind"] as? String == "output" && $0["name"] as? String == name }?["value"] as? Double
            ?? (rows.first { $0["kind"] as? String == "output" && $0["name"] as? String == name }?["value"] as? Int).map(Double.init)
    }

    @Test("each gap model's default preset matches its published headline: reproduced (Sequoia) or calibrated (an input back-solved)", arguments: [
        ("sequoia", "required_revenue_usd_b", 600.0), ("tco", "annual_cost_usd_b", 8.5), ("hurdle", "required_revenue_usd_b", 650),
        ("ratio", "shortfall_usd_b", 800),
    ])
    func presets(model: String, name: String, published: Double) throws {
        let result = try cli.run(["gap", model])
        #expect(result.status == 0)
        if model == "sequoia" {
            #expect(result.stdout.contains("Published results: all reproduced from the anchor's own published inputs"))
        } else {
            // J.P. Morgan's margin, Bain's ratio and Epoch's split and rate were back-solved from their outputs.
            #expect(result.stdout.contains("Published results: matched, but calibrated, not reproduced"))
            #expect(!result.stdout.contains("reproduced from"))
        }
        let value = try #require(output(try rows(["gap", model]), name))
        #expect(abs(value - published) / published < 0.001)
    }

    @Test("the 2023 Sequoia preset gives $200B and a $125B gap")
    func sequoia2023() throws {
        let rows = try rows(["gap", "sequoia", "--preset", "sequoia-2023"])
        #expect(output(rows, "required_revenue_usd_b") == 200)
        #expect(output(rows, "gap_usd_b") == 125)
    }

    @Test("--set changes a parameter to a scenario value and the result follows")
    func set() throws {
        let rows = try rows(["gap", "sequoia", "--set", "end_user_gross_margin=0.75", "--set", "spread_years=4"])
        // 150 / 0.5 / 0.25 = 1,200 over four years.
        #expect(output(rows, "required_revenue_per_year_usd_b") == 300)
        let margin = rows.first { $0["name"] as? String == "end_user_gross_margin" }
        #expect(margin?["value_evidence"] as? String == "scenario")
    }

    @Test("bad parameters exit 2 naming the parameter and its range", arguments: [
        (["gap", "tco", "--set", "it_life_years=-5"], "it_life_years = -5 is out of range"),
        (["gap", "sequoia", "--set", "end_user_gross_margin=1"], "must be 0 <= x < 1"),
        (["gap", "hurdle", "--set", "target_return=ten"], "target_return = 'ten' is not a number"),
        (["gap", "ratio", "--set", "kappa=0.2"], "unknown parameter 'kappa'; valid: annual_capex_usd_b, capex_to_revenue, funding_usd_b"),
        (["gap", "ratio", "--preset", "bain"], "valid: bain-2025"),
        (["gap", "tco", "--year", "2024"], "year goes with from-data"),
        (["gap", "magic"], "magic"),
        (["unit-economics", "--set", "utilisation=0"], "utilisation = 0 is out of range"),
        (["depreciation", "--life", "0"], "life 0 is out of range; it must be 1 <= x <= 100"),
    ])
    func badParameters(arguments: [String], message: String) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--from-data hyperscalers --year 2025 runs on the peer set's actual capex and says so")
    func fromData() throws {
        let result = try cli.run(["gap", "ratio", "--from-data", "hyperscalers", "--year", "2025"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("From the data: annual_capex_usd_b = the peer set's actual capex: hyperscaler peer set FY2025, $378.7B"))
    }

    @Test("gap compare lists the four models and the AI revenue observed")
    func compare() throws {
        let result = try cli.run(["gap", "compare", "--year", "2025"])
        #expect(result.status == 0)
        for model in ["sequoia", "tco", "hurdle", "ratio"] { #expect(result.stdout.contains(model)) }
        #expect(result.stdout.contains("AI revenue observed in 2025"))
        #expect(result.stdout.contains("Anthropic run-rate 9"))
    }

    @Test("unit-economics prices plans against the cost of a heavy user")
    func unitEconomics() throws {
        let result = try cli.run(["unit-economics", "--preset", "gb200-heavy-user"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("$20 a month: subsidised"))
        #expect(result.stdout.contains("$200 a month: covers its cost now"))
        #expect(result.stdout.contains("observed H100 rental prices"))
    }

    @Test("depreciation compares lives on Amazon's capex and cites its stated changes")
    func depreciation() throws {
        let result = try cli.run(["depreciation", "--ticker", "AMZN", "--life", "5", "--life", "6"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Amazon servers 5 -> 6 years from 2024-01-01: 2024 actual: depreciation and amortization -$3.2B"))
        let rows = try rows(["depreciation", "--ticker", "AMZN", "--life", "5", "--life", "6"])
        // FY2025 capex 131,819 from Amazon's Q4 2025 release.
        #expect(rows.last?["capex_usd_m"] as? Int == 131_819)
        #expect(rows.last?["policy_life_years"] as? Int == 5)
    }
}
