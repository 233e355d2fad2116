@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("CSV import")
struct CSVImportTests {
    /// Two companies: a new one by CIK (a made-up neocloud with made-up test values) and
    /// Alphabet by ticker.
    static let text = """
        cik,ticker,company,role,fiscal_year,period_end,metric,value_usd_m,evidence,source_title,source_url,source_date
        9999002,TNEO,Test Neocloud Inc. (test figures),neocloud,2024,2024-12-31,revenue,1000.5,estimated,Test source,https://example.com/a,2025-03
        9999002,TNEO,Test Neocloud Inc. (test figures),neocloud,2024,2024-12-31,capex,2000,estimated,Test source,https://example.com/a,2025-03
        ,GOOGL,,,2025,,capex,91447,reported,"Alphabet 10-K FY2025, as copied",,2026-02-05
        """

    @Test("rows become figures with their evidence and source; a new company is created; known tickers resolve")
    func importsRows() throws {
        let database = try CapexDatabase.inMemory()
        let plans = try FiguresCSVImporter(companies: try database.companies()).plans(text: Self.text, file: "figures.csv")
        let report = try database.apply(plans)
        #expect(Set(report.companies.map(\.company.displayTicker)) == ["TNEO", "GOOGL"])
        #expect(try database.companies().contains { $0.cik == 9_999_002 && $0.name.hasPrefix("Test Neocloud") })
        let neocloud = try #require(try database.companyYears(ciks: [9_999_002]).first)
        #expect(neocloud.company.role == "neocloud")
        #expect(neocloud[.revenue] == Figure(1_000.5, .estimated))
        #expect(neocloud.figures[.capex]?.source?.url == "https://example.com/a")
        // The GOOGL row repeats the bundled value from another source: no conflict.
        #expect(report.conflicts.isEmpty)
        let rows = CapitalIntensityRow.rows(for: [neocloud], definition: .cash, bands: try database.regimeBands())
        #expect(rows.first?.capexIntensity.evidence == .estimated)
    }

    @Test("importing the same CSV twice changes nothing")
    func idempotent() throws {
        let database = try CapexDatabase.inMemory()
        let importer = FiguresCSVImporter(companies: try database.companies())
        _ = try database.apply(try importer.plans(text: Self.text, file: "figures.csv"))
        let before = try database.snapshot()
        let second = try database.apply(try importer.plans(text: Self.text, file: "figures.csv"))
        #expect(!second.changed)
        #expect(try database.snapshot() == before)
    }

    @Test("an estimate that disagrees with a filed figure is kept, but the filed figure stays in use")
    func weakerEvidenceLoses() throws {
        let database = try CapexDatabase.inMemory()
        let text = "ticker,fiscal_year,metric,value_usd_m,evidence,source_title\nGOOGL,2025,capex,90000,estimated,A press estimate\n"
        let report = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: text, file: "f.csv"))
        #expect(report.conflicts.first?.values.map(\.inUse) == [true, false])
        #expect(try database.companyYears(ciks: [1_652_044], from: 2025, to: 2025).first?[.capex] == Figure(91_447, .reported))
    }

    @Test("a reported figure beats an estimate that was in the database first")
    func strongerEvidenceWins() throws {
        let database = try CapexDatabase.inMemory()
        // The bundled FY2026 capex (55,663) is a third party's quote of the 10-K: estimated. The 10-K's MD&A says $55.7B.
        let text = "ticker,fiscal_year,metric,value_usd_m,evidence,source_title\nORCL,2026,capex,55700,reported,Oracle 10-K FY2026 MD&A ($55.7 billion)\n"
        _ = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: text, file: "f.csv"))
        #expect(try database.companyYears(ciks: [1_341_439], from: 2026, to: 2026).first?[.capex] == Figure(55_700, .reported))
        #expect(try database.conflicts().first?.values.map(\.valueUSDMillions) == [55_663, 55_700])
    }
}
