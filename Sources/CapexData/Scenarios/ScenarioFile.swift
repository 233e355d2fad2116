import CapexModel
import Foundation
import TOMLKit

/// A scenario file (TOML) as written, before it is resolved against the database's actuals.
///
/// ```toml
/// [scenario]
/// name = "base"
/// model = "buildout"                  # or "bench-reference"
/// description = "..."
/// horizon = 2040                      # last projected year (or years = 15)
/// base_year = 2025                    # optional: default, the latest complete calendar year
/// capex_definition = "cash"           # or "with-leases": the history's and guidance's definition
///
/// [actuals]                           # optional: replaces the database's peer-set capex
/// capex_usd_b = { 2024 = 224.1, 2025 = 378.7 }
///
/// [calibration]                       # optional: why a stream departs from the observations
/// api = "assumes the run-rates of mid-2026 hold for the whole year"
///
/// [parameters]
/// it_life_years = { triangular = { min = 3, mode = 5, max = 6 }, unit = "years", source = "..." }
/// gross_margin = { value = 0.6, unit = "ratio", status = "scenario" }
/// ```
///
/// A parameter is `value = x` or one of `normal = { mean, sd }`, `lognormal = { median,
/// sigma }`, `triangular = { min, mode, max }`, `uniform = { min, max }`, `pert = { min, mode,
/// max }`, with its `unit` and either a `source` (a citation) or `status = "scenario"`.
public struct ScenarioFile: Sendable {
    public var file: String
    public var name: String
    public var model: ProjectionModelKind
    public var description: String
    public var baseYear: Int?
    public var horizon: Int?
    public var years: Int?
    public var capexHistory: [Int: Double]?
    public var parameters: [String: ScenarioParameter]
    /// The capex definition of the history and the guidance year.
    public var capexDefinition: CapexDefinition = .cash
    /// Calibration streams this scenario departs from on purpose, with the reason.
    public var calibrationDepartures: [String: String] = [:]

    static let families = ["value", "normal", "lognormal", "triangular", "uniform", "pert"]
    static let familyKeys: [String: [String]] = [
        "normal": ["mean", "sd"], "lognormal": ["median", "sigma"], "triangular": ["min", "mode", "max"],
        "uniform": ["min", "max"], "pert": ["min", "mode", "max"],
    ]

    /// Parses `text`, collecting every problem (with its line and key) rather than stopping
    /// at the first. Returns the file when there were none.
    public static func parse(_ text: String, file: String) -> (ScenarioFile?, [ScenarioProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (nil, [ScenarioProblem(line: error.source.begin.line, key: "(syntax)",
                                          message: "\(error.description) (column \(error.source.begin.column))")])
        } catch {
            return (nil, [ScenarioProblem(line: nil, key: "(syntax)", message: "\(error)")])
        }
        var reader = Reader(lines: TOMLLineIndex(text: text))
        reader.problems = TOMLNumberCheck.problems(in: text)
        let result = reader.read(table, file: file)
        return (reader.problems.isEmpty ? result : nil, reader.problems)
    }

    /// Reads the file at `url`; problems name `displayName`'s lines.
    public static func load(_ url: URL, displayName: String? = nil) -> (ScenarioFile?, [ScenarioProblem]) {
        guard let data = try? Data(contentsOf: url) else {
            return (nil, [ScenarioProblem(line: nil, key: "(file)", message: "cannot read \(displayName ?? url.path)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [ScenarioProblem(line: nil, key: "(file)", message: "not UTF-8 text")])
        }
        return parse(text, file: displayName ?? url.path)
    }

    /// Collects problems while reading the document's tables.
    struct Reader {
        let lines: TOMLLineIndex
        var problems: [ScenarioProblem] = []

        mutating func problem(_ key: String, _ message: String) {
            problems.append(ScenarioProblem(line: lines.line(of: key), key: key, message: message))
        }

        mutating func unknownKeys(_ table: TOMLTable, at path: String, allowed: [String]) {
            for key in table.keys where !allowed.contains(key) {
                problem(path.isEmpty ? key : "\(path).\(key)", "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
        }

        /// A year's actual capex: finite, from zero to a million USD billions.
        static let actualCapexRange = ParameterRange(lower: 0, upper: 1_000_000)

        mutating func number(_ value: (any TOMLValueConvertible)?, _ key: String) -> Double? {
            guard let value else { return nil }
            if let double = value.double {
                guard double.isFinite else {
                    problem(key, "\(double) is not a finite number")
                    return nil
                }
                return double
            }
            if let int = value.int { return Double(int) }
            problem(key, "expected a number, found \(value.type)")
            return nil
        }

        mutating func integer(_ value: (any TOMLValueConvertible)?, _ key: String) -> Int? {
            guard let value else { return nil }
            if let int = value.int { return int }
            problem(key, "expected a whole number (a year), found \(value.type)")
            return nil
        }

        mutating func string(_ value: (any TOMLValueConvertible)?, _ key: String) -> String? {
            guard let value else { return nil }
            if let string = value.string { return string }
            problem(key, "expected a string, found \(value.type)")
            return nil
        }

        mutating func read(_ root: TOMLTable, file: String) -> ScenarioFile? {
            unknownKeys(root, at: "", allowed: ["scenario", "actuals", "parameters", "calibration"])
            guard let scenario = root["scenario"]?.table else {
                problem("scenario", "missing [scenario] table (name, model, horizon)")
                return nil
            }
            unknownKeys(scenario, at: "scenario", allowed: ["name", "model", "description", "horizon", "years", "base_year", "capex_definition"])
            var definition = CapexDefinition.cash
            if let word = string(scenario["capex_definition"], "scenario.capex_definition") {
                if let chosen = CapexDefinition(rawValue: word) {
                    definition = chosen
                } else {
                    problem("scenario.capex_definition", "\"\(word)\" is not a capex definition; expected cash or with-leases")
                }
            }
            var departures: [String: String] = [:]
            if let calibration = root["calibration"] {
                if let table = calibration.table {
                    for key in table.keys {
                        if let reason = string(table[key], "calibration.\(key)") { departures[key] = reason }
                    }
                } else {
                    problem("calibration", "expected a table of stream = \"reason\"")
                }
            }
            let name = string(scenario["name"], "scenario.name") ?? ""
            if name.isEmpty { problem("scenario.name", "missing: the scenario's name") }
            let modelName = string(scenario["model"], "scenario.model") ?? ""
            let model = ProjectionModelKind(rawValue: modelName)
            if model == nil {
                problem("scenario.model", "\"\(modelName)\" is not a model; expected \(ProjectionModelKind.allCases.map(\.rawValue).joined(separator: " or "))")
            }
            let horizon = integer(scenario["horizon"], "scenario.horizon")
            let years = integer(scenario["years"], "scenario.years")
            if horizon == nil, years == nil { problem("scenario.horizon", "missing: the last projected year (horizon) or the number of years (years)") }
            if let years, !(1...100).contains(years) { problem("scenario.years", "\(years) is out of range: 1 to 100 years") }
            let baseYear = integer(scenario["base_year"], "scenario.base_year")
            var history: [Int: Double]?
            if let actuals = root["actuals"] {
                history = readActuals(actuals)
            }
            var parameters: [String: ScenarioParameter] = [:]
            if let table = root["parameters"]?.table {
                for key in table.keys {
                    if let parameter = readParameter(key, table[key]) { parameters[key] = parameter }
                }
            } else {
                problem("parameters", "missing [parameters] table")
            }
            guard let model else { return nil }
            return ScenarioFile(file: file, name: name, model: model, description: string(scenario["description"], "scenario.description") ?? "",
                                baseYear: baseYear, horizon: horizon, years: years, capexHistory: history, parameters: parameters,
                                capexDefinition: definition, calibrationDepartures: departures)
        }

        mutating func readActuals(_ value: any TOMLValueConvertible) -> [Int: Double]? {
            guard let actuals = value.table else {
                problem("actuals", "expected a table")
                return nil
            }
            unknownKeys(actuals, at: "actuals", allowed: ["capex_usd_b"])
            guard let capex = actuals["capex_usd_b"] else { return nil }
            guard let years = capex.table else {
                problem("actuals.capex_usd_b", "expected a table of year = USD billions, e.g. { 2024 = 224.1 }")
                return nil
            }
            var history: [Int: Double] = [:]
            for key in years.keys {
                guard let year = Int(key), (1900...2100).contains(year) else {
                    problem("actuals.capex_usd_b.\(key)", "\"\(key)\" is not a year")
                    continue
                }
                if let value = number(years[key], "actuals.capex_usd_b.\(key)") {
                    if Self.actualCapexRange.contains(value) {
                        history[year] = value
                    } else {
                        problem("actuals.capex_usd_b.\(key)", "\(NumberText.compact(value)) is out of range; capex must be \(Self.actualCapexRange) (USD billions)")
                    }
                }
            }
            return history
        }

        mutating func readParameter(_ name: String, _ value: (any TOMLValueConvertible)?) -> ScenarioParameter? {
            let key = "parameters.\(name)"
            guard let table = value?.table else {
                problem(key, "expected a table such as { value = 0.6, unit = \"ratio\", status = \"scenario\" }")
                return nil
            }
            unknownKeys(table, at: key, allowed: ScenarioFile.families + ["unit", "source", "status"])
            let present = ScenarioFile.families.filter { table.contains(key: $0) }
            guard present.count == 1 else {
                problem(key, present.isEmpty
                        ? "no value: give value = x or a distribution (\(ScenarioFile.families.dropFirst().joined(separator: ", ")))"
                        : "more than one of \(present.joined(separator: ", ")): give one")
                return nil
            }
            let unit = string(table["unit"], "\(key).unit")
            if unit == nil { problem("\(key).unit", "missing: the parameter's unit") }
            let source = string(table["source"], "\(key).source")
            let status = string(table["status"], "\(key).status")
            if let status, status != "scenario" {
                problem("\(key).status", "\"\(status)\" is not a status; write status = \"scenario\" or cite a source")
            }
            if (source ?? "").isEmpty, status == nil {
                problem(key, "no evidence: cite a source (source = \"...\") or mark it status = \"scenario\"")
            }
            if source != nil, status != nil { problem(key, "both a source and status = \"scenario\": keep one") }
            guard let distribution = readDistribution(present[0], table[present[0]], key: "\(key).\(present[0])") else { return nil }
            return ScenarioParameter(name: name, distribution: distribution, unit: unit ?? "",
                                     evidence: (source ?? "").isEmpty ? .scenario : .estimated, source: source,
                                     line: lines.line(of: key))
        }

        mutating func readDistribution(_ family: String, _ value: (any TOMLValueConvertible)?, key: String) -> Distribution? {
            if family == "value" {
                return number(value, key).map(Distribution.fixed)
            }
            guard let table = value?.table, let names = ScenarioFile.familyKeys[family] else {
                problem(key, "expected a table { \((ScenarioFile.familyKeys[family] ?? []).map { "\($0) = ..." }.joined(separator: ", ")) }")
                return nil
            }
            unknownKeys(table, at: key, allowed: names)
            var numbers: [Double] = []
            for name in names {
                guard let number = number(table[name], "\(key).\(name)") else {
                    if table[name] == nil { problem("\(key).\(name)", "missing") }
                    return nil
                }
                numbers.append(number)
            }
            let distribution: Distribution
            switch family {
            case "normal": distribution = .normal(mean: numbers[0], sd: numbers[1])
            case "lognormal": distribution = .lognormal(median: numbers[0], sigma: numbers[1])
            case "triangular": distribution = .triangular(min: numbers[0], mode: numbers[1], max: numbers[2])
            case "uniform": distribution = .uniform(min: numbers[0], max: numbers[1])
            default: distribution = .pert(min: numbers[0], mode: numbers[1], max: numbers[2])
            }
            if let message = distribution.problem {
                problem(key, message)
                return nil
            }
            return distribution
        }
    }
}
