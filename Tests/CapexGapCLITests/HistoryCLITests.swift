import CapexTestSupport
import Foundation
import Testing

/// `capexgap analogs`, `value-chain` and `report` end to end.
@Suite("capexgap analogs, value chain and report", .serialized)
struct HistoryCLITests {
    let cli: CLIRunner
    init() throws { cli = try CLIRunner() }

    @Test("analogs prints the aligned figures with a summary, and JSON rows with tier and source")
    func analogs() throws {
        let text = try cli.run(["analogs"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("US railroads"))
        #expect(text.stdout.contains("2-6 (contested)"))
        #expect(text.stdout.contains("carrier revenue peaked in 1998 and capex in 2000"))
        let json = try cli.run(["analogs", "--metric", "utilisation", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let lit2002 = try #require(rows.first { $0["metric"] as? String == "fiber_lit_pct" && $0["period"] as? String == "2002" })
        #expect(lit2002["value"] as? Double == 2.7)
        #expect(lit2002["tier"] as? String == "S1")
        #expect(lit2002["year_of_cycle"] as? String == "6")
        #expect((lit2002["source"] as? String)?.isEmpty == false)
        let bad = try cli.run(["analogs", "--metric", "railways"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("investment_pct_gdp"))
    }

    @Test("value-chain splits capex into layers that add up to it; a bad scheme exits 2")
    func valueChain() throws {
        let json = try cli.run(["value-chain", "--scheme", "mckinsey", "--capex", "5200", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let layers = rows.filter { $0["kind"] as? String == "layer" }
        let total = layers.compactMap { ($0["usd_b"] as? NSNumber)?.doubleValue }.reduce(0, +)
        #expect(abs(total - 5_200) < 1e-6)
        #expect(layers.contains { $0["layer"] as? String == "power and cooling" && ($0["usd_b"] as? NSNumber)?.doubleValue == 1_300 })
        let text = try cli.run(["value-chain"])
        #expect(text.stdout.contains("NVIDIA Data Center segment revenue"))
        let bad = try cli.run(["value-chain", "--scheme", "gartner"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown scheme 'gartner'; valid: mckinsey, bernstein, epoch, sequoia"))
    }

    @Test("report writes one self-contained HTML file, Markdown with its charts, and says when PDF cannot be made")
    func report() throws {
        let folder = try Fixtures.temporaryDirectory()
        let html = folder.appendingPathComponent("r.html")
        let result = try cli.run(["report", "-o", html.path, "--paths", "2000"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("Is this railways or fibre?") && text.contains("Who builds the machines"))
        #expect(!text.contains("<script") && !text.contains("src=\""))
        let markdown = folder.appendingPathComponent("r.md")
        #expect(try cli.run(["report", "--format", "markdown", "-o", markdown.path, "--paths", "2000"]).status == 0)
        let charts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("r-charts").path)
        #expect(charts.count == 8)
        // Without a Chromium (an empty PATH), PDF is refused with a clear message and no file.
        let pdf = folder.appendingPathComponent("r.pdf")
        let refused = try cli.run(["report", "--format", "pdf", "-o", pdf.path], environment: ["PATH": "/nonexistent", "CAPEXGAP_CHROMIUM": ""])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("headless Chromium"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        let badFormat = try cli.run(["report", "--format", "docx"])
        #expect(badFormat.status == 2)
    }

    @Test("report --format pdf prints through Chromium when one is installed",
          .enabled(if: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains { FileManager.default.isExecutableFile(atPath: $0) },
                   "no headless Chromium installed (apt install chromium)"))
    func pdf() throws {
        let pdf = try Fixtures.temporaryDirectory().appendingPathComponent("r.pdf")
        let result = try cli.run(["report", "--format", "pdf", "-o", pdf.path, "--paths", "2000"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF".utf8)))
        #expect(data.count > 50_000)
    }
}
