import CapexTestSupport
import Foundation
import Testing

/// `capexgap scenario`, `project`, `simulate`, `sensitivity` and `solve` end to end.
@Suite("capexgap projections", .serialized)
struct ProjectionCLITests {
    let cli: CLIRunner
    init() throws { cli = try CLIRunner() }

    @Test("project base prints every year to 2040 with the crossover and payback years")
    func project() throws {
        let result = try cli.run(["project", "base"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2026"))
        #expect(result.stdout.contains("2040"))
        #expect(result.stdout.contains("Crossover year (AI revenue first covers the year's cost of the build, a 6.75% return on the capital included): "))
        let json = try cli.run(["project", "base", "--horizon", "2030", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["year"] as? Int } == [2026, 2027, 2028, 2029, 2030])
        #expect(rows.allSatisfy { $0["gap_usd_b"] is Double && $0["revenue_usd_b"] is Double })
    }

    @Test("--set fixes a parameter and the projection follows")
    func set() throws {
        let faster = try cli.run(["project", "base", "--set", "api_volume_growth=3", "--format", "csv"])
        let slower = try cli.run(["project", "base", "--set", "api_volume_growth=0.5", "--format", "csv"])
        #expect(faster.status == 0 && slower.status == 0)
        // Faster API volume growth: more revenue and a smaller gap in every year after the first.
        func column(_ csv: String, _ key: String) throws -> [Double] {
            let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let index = try #require(lines.first?.firstIndex(of: key))
            return lines.dropFirst().compactMap { Double($0[index]) }
        }
        let fastRevenue = try column(faster.stdout, "revenue_usd_b"), slowRevenue = try column(slower.stdout, "revenue_usd_b")
        let fastGap = try column(faster.stdout, "gap_usd_b"), slowGap = try column(slower.stdout, "gap_usd_b")
        #expect(fastRevenue.count == 15 && slowRevenue.count == 15)
        #expect(zip(fastRevenue, slowRevenue).dropFirst().allSatisfy { $0 > $1 })
        #expect(zip(fastGap, slowGap).dropFirst().allSatisfy { $0 < $1 })
        let bad = try cli.run(["project", "base", "--set", "gross_margin=1.5"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("gross_margin = 1.5 is out of range"))
    }

    @Test("simulate --format json has mc_numpy.py's keys and its own")
    func simulateJSON() throws {
        let result = try cli.run(["simulate", "--preset", "bench-reference", "--paths", "20000", "--years", "15", "--seed", "42", "--threads", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["final_year_gap", "final_year_cash", "crossover", "timing_s", "paths", "years", "seed", "gap_by_year", "payback", "final_year_revenue"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let crossover = try #require(object["crossover"] as? [String: Any])
        #expect(crossover["share_never"] is Double)
        let byYear = try #require(crossover["by_year"] as? [String: Int])
        #expect(byYear.count == 15)
        #expect(byYear.values.reduce(0, +) + (crossover["never_within_horizon"] as? Int ?? 0) == 20_000)
        let gap = try #require(object["final_year_gap"] as? [String: Double])
        #expect(Set(gap.keys) == ["p5", "p25", "p50", "p75", "p95"])
    }

    @Test("simulate gives the same numbers on 1 and 2 threads")
    func reproducible() throws {
        func stripped(_ threads: String) throws -> String {
            let result = try cli.run(["simulate", "base", "--paths", "5000", "--seed", "9", "--threads", threads, "--format", "csv"])
            #expect(result.status == 0)
            return result.stdout
        }
        #expect(try stripped("1") == stripped("2"))
    }

    @Test("scenario check reports every problem with its line and exits 1")
    func scenarioCheck() throws {
        let file = cli.dataHome.appendingPathComponent("bad.toml")
        try """
            [scenario]
            name = "bad"
            model = "bench-reference"
            years = 15

            [parameters]
            life = { triangular = { min = 6, mode = 5, max = 7 }, unit = "years", status = "scenario" }
            capex0 = { value = 400, unit = "USD_b", colour = "red", status = "scenario" }
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run(["scenario", "check", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path), line 7, parameters.life.triangular: min (6) is greater than mode (5)"))
        #expect(result.stderr.contains("line 8, parameters.capex0.colour: unknown key"))
        // In the file's order, whichever check found them.
        let line7 = try #require(result.stderr.range(of: "line 7,"))
        let line8 = try #require(result.stderr.range(of: "line 8,"))
        #expect(line7.lowerBound < line8.lowerBound)
        let ok = try cli.run(["scenario", "check", "base"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("base: OK"))
    }

    @Test("scenario show lists each parameter with its distribution, allowed values and source")
    func scenarioShow() throws {
        let result = try cli.run(["scenario", "show", "bear", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("it_life_years,\"triangular(2, 3, 4)\""))
        // The values each parameter may take (BuildoutModel's it_life_years: 1 to 30 years).
        #expect(result.stdout.contains(",years,1 <= x <= 30,"))
        #expect(result.stdout.contains("Michael Burry"))
    }

    @Test("sensitivity ranks the parameters")
    func sensitivity() throws {
        let result = try cli.run(["sensitivity", "base", "--paths", "2000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let swings = rows.compactMap { $0["gap_swing"] as? Double }
        #expect(swings.count == rows.count && rows.count >= 10)
        #expect(swings == swings.sorted(by: >), "ranked by swing, widest first")
        #expect(swings.allSatisfy { $0 >= 0 })
        let text = try cli.run(["sensitivity", "base", "--paths", "2000"])
        #expect(text.stdout.contains("Most of the gap's uncertainty comes from"))
    }

    @Test("solve answers what must be true, and says when a target cannot be reached")
    func solve() throws {
        let solved = try cli.run(["solve", "base", "--for", "api_volume_growth", "--target", "crossover=2032"])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.hasPrefix("For crossover by 2032, api_volume_growth must be at least"))
        // The value it names does make crossover come by 2032 (and a value a little below does not).
        let json = try cli.run(["solve", "base", "--for", "api_volume_growth", "--target", "crossover=2032", "--format", "json"])
        let value = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["value"] as? Double)
        func crossover(_ growth: Double) throws -> Int? {
            let run = try cli.run(["project", "base", "--set", "api_volume_growth=\(growth)", "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            return rows.first { ($0["gap_usd_b"] as? Double ?? 1) <= 0 }?["year"] as? Int
        }
        #expect(try crossover(value).map { $0 <= 2032 } == true)
        #expect(try crossover(value * 0.98).map { $0 <= 2032 } != true)
        let never = try cli.run(["solve", "bear", "--for", "gross_margin", "--target", "payback=2030"])
        #expect(never.status == 0)
        #expect(never.stdout.hasPrefix("No value of gross_margin"))
        let bad = try cli.run(["solve", "base", "--for", "magic", "--target", "crossover=2032"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown parameter 'magic'; valid: capex_next_usd_b"))
        let badTarget = try cli.run(["solve", "base", "--for", "gross_margin", "--target", "breakeven=2032"])
        #expect(badTarget.status == 2)
        #expect(badTarget.stderr.contains("crossover or payback"))
    }

    @Test("an unknown scenario exits 2 naming the shipped ones")
    func unknownScenario() throws {
        let result = try cli.run(["project", "utopia"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("base, bull, bear, bench-reference"))
    }

    @Test("--capex-from-guidance takes 2026 capex from the ledger: each company's latest guide, Meta's and Microsoft's converted from with-leases to cash")
    func capexFromGuidance() throws {
        let result = try cli.run(["project", "--capex-from-guidance", "--years", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let years = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // Amazon 200 (net of proceeds) x FY2025 cash 131,819 / net 128,320; Alphabet 180-190 (2026-04-29);
        // Meta 125-145 x FY2025 cash 69,691 / with-leases 72,215; Microsoft 190 x FY2026 cash 115,948 /
        // with-leases 140,556; Oracle FY2026's 50 over the calendar year.
        let expected = 200 * 131_819.0 / 128_320 + 185 + 135 * 69_691.0 / 72_215 + 190 * 115_948.0 / 140_556 + 50
        #expect(abs((years.first?["capex_usd_b"] as? Double ?? 0) - expected) <= 0.05, "rounded to $0.1B")
        let table = try cli.run(["project", "--capex-from-guidance", "--years", "1"])
        #expect(table.stdout.contains("Capex 2026 from the guidance ledger") && table.stdout.contains("MSFT 156.7"))
        let both = try cli.run(["project", "--capex-from-guidance", "--set", "capex_next_usd_b=700"])
        #expect(both.status == 2 && both.stderr.contains("do not also --set it"))
        let solve = try cli.run(["solve", "--capex-from-guidance", "--for", "capex_next_usd_b", "--target", "crossover=2035"])
        #expect(solve.status == 2 && solve.stderr.contains("fixes capex_next_usd_b"))
        let simulation = try cli.run(["simulate", "--capex-from-guidance", "--paths", "2000"])
        #expect(simulation.status == 0 && simulation.stdout.contains("Capex 2026 fixed from the guidance ledger"))
    }
}
