import CapexService
import CapexTestSupport
import Foundation
import Testing

/// Whole outputs of commands whose output is stable (the bundled data, seeded runs), compared
/// with `Golden/*.txt`.
@Suite("capexgap whole outputs")
struct GoldenOutputTests {
    static let commands: [(name: String, arguments: [String])] = [
        ("companies-googl-csv", ["companies", "--ticker", "GOOGL", "--from", "2020", "--format", "csv"]),
        ("peers", ["peers"]),
        ("peers-with-leases-markdown", ["peers", "--capex", "with-leases", "--format", "markdown"]),
        ("gap-sequoia", ["gap", "sequoia"]),
        ("gap-compare-csv", ["gap", "compare", "--format", "csv"]),
        ("essay", ["essay"]),
        ("value-chain-mckinsey", ["value-chain", "--scheme", "mckinsey", "--capex", "5200"]),
        ("unit-economics-heavy", ["unit-economics", "--preset", "gb200-heavy-user"]),
        ("project-base-csv", ["project", "base", "--format", "csv"]),
        ("scenario-show-bear", ["scenario", "show", "bear"]),
        ("solve-gross-margin", ["solve", "--for", "gross_margin", "--target", "crossover=2035"]),
        ("depreciation-msft-json", ["depreciation", "--ticker", "MSFT", "--from", "2020", "--format", "json"]),
        ("quarters-msft-meta", ["quarters", "--ticker", "MSFT", "--ticker", "META", "--from", "2025Q1", "--to", "2026Q2"]),
        ("quarters-googl-json", ["quarters", "--ticker", "GOOGL", "--from", "2025Q1", "--to", "2025Q4", "--format", "json"]),
        ("ttm-as-of-2025q4", ["ttm", "--ticker", "AMZN", "--ticker", "GOOGL", "--ticker", "META", "--ticker", "MSFT", "--ticker", "ORCL", "--as-of", "2025Q4"]),
        ("peers-calendar", ["peers", "--calendar"]),
        ("definitions", ["definitions"]),
    ]

    @Test("stable commands print exactly their golden output", arguments: commands.map(\.name))
    func output(name: String) throws {
        let arguments = try #require(Self.commands.first { $0.name == name }).arguments
        let result = try CLIRunner().run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: name, folder: "CapexGapCLITests")
    }

    @Test("usage errors print exactly their message on standard error", arguments: [
        ("error-unknown-ticker", ["companies", "--ticker", "NOPE"]),
        ("error-bad-set", ["gap", "sequoia", "--set", "gpu_share_of_tco=0x10"]),
        ("error-unknown-scenario", ["project", "nowhere"]),
    ])
    func usageError(name: String, arguments: [String]) throws {
        let result = try CLIRunner().run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        try Golden.check(result.stderr, named: name, folder: "CapexGapCLITests")
    }

    @Test("every operation a command offers is reachable: its --help exits 0")
    func everyOperationHasCommand() throws {
        let cli = try CLIRunner()
        for operation in ServiceOperation.allCases {
            guard let command = operation.command else { continue }
            let words = command.split(separator: " ").map(String.init).map { $0 == "<model>" ? "sequoia" : $0 }
            let help = try cli.run(words + ["--help"])
            #expect(help.status == 0, "\(operation): capexgap \(words.joined(separator: " ")) --help: \(help.stderr)")
            #expect(help.stdout.contains("USAGE: capexgap"), "\(operation)")
        }
    }
}
