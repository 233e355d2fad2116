@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Scenario files")
struct ScenarioFileTests {
    static let valid = """
        [scenario]
        name = "test"
        model = "bench-reference"
        years = 15

        [parameters]
        rev0 = { lognormal = { median = 60, sigma = 0.25 }, unit = "USD_b", source = "mc_numpy.py" }
        mu_gr = { lognormal = { median = 0.5, sigma = 0.3 }, unit = "ratio_per_year", status = "scenario" }
        mu_gc = { triangular = { min = -0.05, mode = 0.15, max = 0.40 }, unit = "ratio_per_year", status = "scenario" }
        gm = { pert = { min = 0.45, mode = 0.60, max = 0.75 }, unit = "ratio", status = "scenario" }
        life = { triangular = { min = 3, mode = 5, max = 7 }, unit = "years", status = "scenario" }
        util = { uniform = { min = 0.55, max = 0.90 }, unit = "ratio", status = "scenario" }
        capex0 = { value = 400, unit = "USD_b", status = "scenario" }
        legacy_decay = { value = 0.7, unit = "ratio", status = "scenario" }
        opex_rate = { normal = { mean = 0.08, sd = 0.01 }, unit = "ratio_per_year", status = "scenario" }
        sigma_gc = { value = 0.08, unit = "ratio", status = "scenario" }
        sigma_gr = { value = 0.10, unit = "ratio", status = "scenario" }
        decay_gc = { value = 0.80, unit = "ratio", status = "scenario" }
        decay_gr = { value = 0.90, unit = "ratio", status = "scenario" }

        """

    func problems(_ text: String) throws -> [ScenarioProblem] {
        let (file, problems) = ScenarioFile.parse(text, file: "t.toml")
        if let file, problems.isEmpty {
            do {
                _ = try ScenarioLoader.resolve(file, database: nil)
            } catch let error as ScenarioError {
                return error.problems
            }
        }
        return problems
    }

    @Test("a valid file resolves, with every family, its evidence and its line")
    func valid() throws {
        let (file, problems) = ScenarioFile.parse(Self.valid, file: "t.toml")
        #expect(problems.isEmpty)
        let scenario = try ScenarioLoader.resolve(try #require(file), database: nil)
        #expect(scenario.parameters["rev0"]?.distribution == .lognormal(median: 60, sigma: 0.25))
        #expect(scenario.parameters["rev0"]?.evidence == .estimated)
        #expect(scenario.parameters["mu_gr"]?.evidence == .scenario)
        #expect(scenario.parameters["gm"]?.line == 10)
        #expect(scenario.horizon == 15)
    }

    @Test("each kind of bad file is reported with its line, key and what was expected", arguments: [
        ("unknown key", "life = { triangular = { min = 3, mode = 5, max = 7 }, unit = \"years\", status = \"scenario\", colour = \"red\" }",
         ScenarioProblem(line: 11, key: "parameters.life.colour", message: "unknown key; expected one of value, normal, lognormal, triangular, uniform, pert, unit, source, status")),
        ("wrong type", "capex0 = { value = \"four hundred\", unit = \"USD_b\", status = \"scenario\" }",
         ScenarioProblem(line: 13, key: "parameters.capex0.value", message: "expected a number, found string")),
        ("negative life", "life = { value = -3, unit = \"years\", status = \"scenario\" }",
         ScenarioProblem(line: 11, key: "parameters.life", message: "-3 is out of range: useful life of GPUs, rounded to whole years (years) must be 1 <= x <= 30")),
        ("triangular min > mode", "life = { triangular = { min = 6, mode = 5, max = 7 }, unit = \"years\", status = \"scenario\" }",
         ScenarioProblem(line: 11, key: "parameters.life.triangular", message: "min (6) is greater than mode (5)")),
        ("no evidence", "capex0 = { value = 400, unit = \"USD_b\" }",
         ScenarioProblem(line: 13, key: "parameters.capex0", message: "no evidence: cite a source (source = \"...\") or mark it status = \"scenario\"")),
        ("wrong unit", "capex0 = { value = 400, unit = \"EUR_b\", status = \"scenario\" }",
         ScenarioProblem(line: 13, key: "parameters.capex0.unit", message: "unit \"EUR_b\" does not match the parameter's unit \"USD_b\"")),
        ("unknown parameter", "capex1 = { value = 400, unit = \"USD_b\", status = \"scenario\" }",
         ScenarioProblem(line: 20, key: "parameters.capex1", message: "unknown parameter for model bench-reference; valid: rev0, mu_gr, mu_gc, gm, life, util, capex0, legacy_decay, opex_rate, sigma_gc, sigma_gr, decay_gc, decay_gr")),
        ("hexadecimal", "capex0 = { value = 0x190, unit = \"USD_b\", status = \"scenario\" }",
         ScenarioProblem(line: 13, key: "(number)", message: "0x190 is not a plain decimal number (no hexadecimal, underscores, inf or nan)")),
        ("underscores", "capex0 = { value = 4_00, unit = \"USD_b\", status = \"scenario\" }",
         ScenarioProblem(line: 13, key: "(number)", message: "4_00 is not a plain decimal number (no hexadecimal, underscores, inf or nan)")),
        ("not a number", "life = { triangular = { min = 3, mode = nan, max = 7 }, unit = \"years\", status = \"scenario\" }",
         ScenarioProblem(line: 11, key: "(number)", message: "nan is not a plain decimal number (no hexadecimal, underscores, inf or nan)")),
        ("infinite", "capex0 = { value = inf, unit = \"USD_b\", status = \"scenario\" }",
         ScenarioProblem(line: 13, key: "parameters.capex0.value", message: "inf is not a finite number")),
        ("huge actuals", "[actuals]\ncapex_usd_b = { 2024 = 1e308 }",
         ScenarioProblem(line: 21, key: "actuals.capex_usd_b.2024", message: "1e+308 is out of range; capex must be 0 <= x <= 1000000 (USD billions)")),
    ])
    func badFile(name: String, line: String, expected: ScenarioProblem) throws {
        let key = line.split(separator: " ").first.map(String.init) ?? ""
        let text = Self.valid.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(key + " =") ? line : String($0) }.joined(separator: "\n")
            + (Self.valid.contains("\n\(key) =") ? "" : line + "\n")
        let found = try problems(text)
        #expect(found.contains(expected), "\(name): \(found)")
    }

    @Test("every problem is reported, not only the first")
    func allProblems() throws {
        let text = Self.valid.replacingOccurrences(of: "unit = \"ratio\", status = \"scenario\" }\nlife", with: "unit = \"ratio\" }\nlife")
            .replacingOccurrences(of: "years = 15", with: "years = 0")
            .replacingOccurrences(of: "min = 0.55, max = 0.90", with: "min = 0.95, max = 0.90")
        let found = try problems(text)
        #expect(found.count >= 3, "\(found)")
        #expect(found.contains { $0.key == "scenario.years" })
        #expect(found.contains { $0.key == "parameters.util.uniform" })
    }

    @Test("syntax errors and missing parts name their line", arguments: [
        ("[scenario]\nname = \n", 2), ("[scenario\n", 1),
    ])
    func syntax(text: String, line: Int) throws {
        let found = try problems(text)
        #expect(found.first?.line == line, "\(found)")
        #expect(found.first?.key == "(syntax)")
    }

    @Test("the shipped scenarios load and resolve against the bundled actuals", arguments: ["base", "bull", "bear", "bench-reference"])
    func shipped(name: String) throws {
        let scenario = try ScenarioLoader.load(name, database: try CapexDatabase.inMemory())
        #expect(scenario.problems().isEmpty)
        if scenario.model == .buildout {
            // Base year: calendar 2025, the last complete one; the peer set's calendar-2025 cash
            // capex summed from the five companies' calendar quarters: $411.501B (not the $378.7B
            // of fiscal-year labels, which adds Microsoft's year to June and Oracle's to May).
            #expect(scenario.baseYear == 2025)
            #expect(abs((scenario.capexHistory[2025] ?? 0) - 411.501) < 1e-6)
            #expect(scenario.capexDefinition == .cash)
            #expect(scenario.historySource.contains("calendar years"))
            #expect(scenario.horizon == 2040)
        }
    }

    @Test("an [actuals] table replaces the database's capex history")
    func actualsOverride() throws {
        let text = try String(contentsOf: try #require(ScenarioLoader.locate("base")?.url), encoding: .utf8)
            .replacingOccurrences(of: "[parameters]", with: "[actuals]\ncapex_usd_b = { 2024 = 200.0, 2025 = 300.0 }\n\n[parameters]")
        let (file, problems) = ScenarioFile.parse(text, file: "t.toml")
        #expect(problems.isEmpty)
        let scenario = try ScenarioLoader.resolve(try #require(file), database: nil)
        #expect(scenario.capexHistory == [2024: 200, 2025: 300])
        #expect(scenario.baseYear == 2025)
    }
}
