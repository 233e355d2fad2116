import CapexData
import CapexModel
@testable import CapexReport
import Foundation
import CapexService
import Testing

@Suite("Table rendering")
struct TableRendererTests {
    /// A small table with the shapes every view uses: text, a plain number, figures of each
    /// evidence status (one unresolved), a machine-only column and a citation.
    var table: Table {
        var table = Table(columns: [
            .text("ticker", "Ticker"),
            .number("fiscal_year", "FY", style: .plain),
            .figure("capex_usd_m", "Capex $M", style: .millions),
            .figure("capex_intensity", "Capex/Rev", style: .percent),
            .text("period_start", "Start", machineOnly: true),
            .citation("source", "Source"),
        ], notes: ["a note"])
        table.append([.text("GOOGL"), .integer(2025), .figure(Figure(91_447, .reported)),
                      .figure(Figure(91_447.0 / 402_836.0, .derived)), .text("2025-01-01"), .text("10-K FY2025 | 8-K, \"Q4\"")])
        table.append([.text("META"), .integer(2015), .figure(Figure(2_523, .estimated)), .figure(.unresolved), .text(nil), .text("10-K FY2025")])
        return table
    }

    @Test("CSV has a snake_case header, evidence columns, raw values and empty cells for missing values")
    func csvRoundTrip() throws {
        let text = TableRenderer.render(table, as: .csv)
        let parsed = try CSVTable(text: text, file: "out.csv")
        #expect(parsed.header == ["ticker", "fiscal_year", "capex_usd_m", "capex_usd_m_evidence", "capex_intensity",
                                  "capex_intensity_evidence", "period_start", "source"])
        #expect(parsed.rows.count == 2)
        #expect(parsed.rows[0].text("capex_usd_m") == "91447")
        #expect(try parsed.rows[0].double("capex_intensity") == 91_447.0 / 402_836.0)
        #expect(parsed.rows[0].text("source") == "10-K FY2025 | 8-K, \"Q4\"")
        #expect(parsed.rows[1].text("capex_intensity") == nil)
        #expect(parsed.rows[1].text("capex_intensity_evidence") == "unresolved")
        #expect(text.contains("\r\n"))
    }

    @Test("JSON is an array of row objects with the same keys, numbers as numbers and null for missing")
    func json() throws {
        let text = TableRenderer.render(table, as: .json)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(Set(rows[0].keys) == ["ticker", "fiscal_year", "capex_usd_m", "capex_usd_m_evidence", "capex_intensity",
                                      "capex_intensity_evidence", "period_start", "source"])
        #expect(rows[0]["capex_usd_m"] as? Int == 91_447)
        #expect(rows[0]["fiscal_year"] as? Int == 2025)
        // Written in the shortest form that reads back exactly (Foundation's reader on Linux
        // may round the last bit, so check the text).
        #expect(text.contains("\"capex_intensity\" : \(91_447.0 / 402_836.0),"))
        #expect(rows[1]["capex_intensity"] is NSNull)
        #expect(rows[1]["capex_usd_m_evidence"] as? String == "estimated")
    }

    @Test("text shows formatted values with evidence marks, hides machine-only columns and footnotes citations")
    func text() {
        let text = TableRenderer.render(table, as: .table)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Ticker"))
        #expect(!text.contains("Start"))
        #expect(lines[2].contains("91,447 R"))
        #expect(lines[2].contains("22.70% D"))
        #expect(lines[2].hasSuffix("[1][2]"))
        #expect(lines[3].contains("2,523 E"))
        #expect(lines[3].contains("- ?"))
        #expect(lines[3].hasSuffix("[1]"))
        #expect(text.contains("[2] 8-K, \"Q4\""))
        #expect(text.contains("a note"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test("colour appears only when asked for")
    func color() {
        #expect(TableRenderer.render(table, as: .table, color: true).contains("\u{1B}[33m"))
        #expect(!TableRenderer.render(table, as: .markdown).contains("\u{1B}["))
    }

    @Test("numbers are right-aligned in text")
    func alignment() {
        let lines = TableRenderer.render(table, as: .table).split(separator: "\n").map(String.init)
        let capexEnd = lines[0].range(of: "Capex $M")!.upperBound
        let offset = lines[0].distance(from: lines[0].startIndex, to: capexEnd)
        #expect(lines[2].prefix(offset).hasSuffix("91,447 R"))
        #expect(lines[3].prefix(offset).hasSuffix("2,523 E"))
    }

    @Test("Markdown escapes pipes and right-aligns number columns")
    func markdown() {
        var table = Table(columns: [.text("name", "Name"), .number("n", "N", style: .plain)])
        table.append([.text("a|b"), .integer(3)])
        let text = TableRenderer.render(table, as: .markdown)
        #expect(text.contains("| a\\|b | 3 |"))
        #expect(text.contains("|---|---:|"))
    }

    @Test("long text wraps at word boundaries within its width")
    func wrapping() {
        #expect(TextTableRenderer.wrap("SEC Form 10-K for the fiscal year", width: 12) == ["SEC Form", "10-K for the", "fiscal year"])
        #expect(TextTableRenderer.wrap("https://example.com/a-very-long-path", width: 10).allSatisfy { $0.count <= 10 })
        #expect(TextTableRenderer.wrap("short", width: nil) == ["short"])
    }
}
