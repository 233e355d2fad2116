import CapexTestSupport
import Foundation
import Testing

/// What an imported file carries never acts in an output: a spreadsheet formula stays text in
/// CSV, markup stays text in Markdown, an escape sequence never reaches the terminal.
@Suite("Hostile imported names and titles")
struct HostileDataTests {
    static let formula = "=cmd|' /C calc'!A0"
    static let script = "<script>alert(1)</script>"
    static let escape = "Evil\u{1B}[2J Corp"

    /// A database holding one figure whose source title is a formula and whose company name is
    /// markup with an escape sequence.
    func hostileDatabase(_ cli: CLIRunner) throws -> String {
        let database = cli.dataHome.appendingPathComponent("hostile.sqlite").path
        let csv = cli.dataHome.appendingPathComponent("hostile.csv")
        let rows = "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n"
            + "9999400,EVIL,\"\(Self.script) \(Self.escape)\",2025,capex,10,estimated,\"\(Self.formula)\"\n"
            + "9999400,EVIL,\"\(Self.script) \(Self.escape)\",2025,revenue,100,estimated,@SUM(A1:A9)\n"
        try rows.write(to: csv, atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", "csv", csv.path, "--db", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stdout.contains("\u{1B}"), "the import report itself shows no escape")
        return database
    }

    @Test("CSV exports prefix a formula-like cell so spreadsheets show it as text")
    func csvFormula() throws {
        let cli = try CLIRunner()
        let database = try hostileDatabase(cli)
        let sources = try cli.run(["sources", "--ticker", "EVIL", "--format", "csv", "--db", database])
        #expect(sources.status == 0)
        #expect(sources.stdout.contains(",'\(Self.formula),"), "\(sources.stdout)")
        #expect(sources.stdout.contains(",'@SUM(A1:A9),"))
        #expect(!sources.stdout.contains(",\(Self.formula)") && !sources.stdout.contains(",@SUM"))
        // Negative numbers are numbers, not formulas: they stay as they are.
        let depreciation = try cli.run(["companies", "--ticker", "GOOGL", "--from", "2024", "--format", "csv", "--db", database])
        #expect(depreciation.status == 0 && !depreciation.stdout.contains("'"))
    }

    @Test("Markdown shows markup from data as text, and no output carries an escape sequence")
    func markdownAndTerminal() throws {
        let cli = try CLIRunner()
        let database = try hostileDatabase(cli)
        let again = cli.dataHome.appendingPathComponent("again.csv")
        try "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n9999401,EVL2,\"\(Self.script)\",2025,capex,1,estimated,Page\n"
            .write(to: again, atomically: true, encoding: .utf8)
        let markdown = try cli.run(["import", "csv", again.path, "--format", "markdown", "--db", database])
        #expect(markdown.status == 0)
        #expect(!markdown.stdout.contains("<script>"))
        #expect(markdown.stdout.contains("&lt;script&gt;"))
        for format in ["table", "markdown", "csv"] {
            let output = try cli.run(["sources", "--ticker", "EVIL", "--format", format, "--db", database])
            #expect(!output.stdout.contains("\u{1B}"), "\(format)")
        }
        let table = try cli.run(["companies", "--ticker", "EVIL", "--db", database])
        #expect(!table.stdout.contains("\u{1B}[2J"))
    }
}
