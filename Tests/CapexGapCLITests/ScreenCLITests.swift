import CapexTestSupport
import Foundation
import Testing

/// `capexgap screen` end to end on a folder of companyfacts files.
@Suite("capexgap screen", .serialized)
struct ScreenCLITests {
    let cli: CLIRunner
    let database: String
    init() throws {
        cli = try CLIRunner()
        database = cli.dataHome.appendingPathComponent("screen.sqlite").path
    }

    /// A calendar-year filer whose 10-Qs give year-to-date figures, as cash flow statements do:
    /// FY2024 and FY2025 from 10-Ks, the 2025 quarters and Q1 2026 from 10-Qs (USD millions).
    func mirror() throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("mirror")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var builder = CompanyFactsBuilder(cik: 2_000_010, entityName: "Quarterly Builder Corp")
        let periods: [(start: String, end: String, form: String, accession: String, filed: String, revenue: Double, capex: Double)] = [
            ("2024-01-01", "2024-12-31", "10-K", "0002000010-25-000001", "2025-02-10", 900, 300),
            ("2025-01-01", "2025-03-31", "10-Q", "0002000010-25-000002", "2025-05-01", 200, 60),
            ("2025-01-01", "2025-06-30", "10-Q", "0002000010-25-000003", "2025-08-01", 450, 150),
            ("2025-01-01", "2025-09-30", "10-Q", "0002000010-25-000004", "2025-11-01", 720, 260),
            ("2025-01-01", "2025-12-31", "10-K", "0002000010-26-000001", "2026-02-10", 1_000, 400),
            ("2026-01-01", "2026-03-31", "10-Q", "0002000010-26-000002", "2026-05-01", 300, 150),
        ]
        for period in periods {
            builder.add("us-gaap:Revenues", start: period.start, end: period.end, value: period.revenue * 1e6, accession: period.accession,
                        form: period.form, filed: period.filed)
            builder.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: period.start, end: period.end, value: period.capex * 1e6,
                        accession: period.accession, form: period.form, filed: period.filed)
        }
        try builder.json.write(to: folder.appendingPathComponent("CIK0002000010.json"))
        return folder
    }

    func row(_ output: String, cik: Int) throws -> [String: Any] {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        return try #require(rows.first { $0["cik"] as? Int == cik })
    }

    @Test("--ttm sums each filer's four latest quarters, derived from year-to-date filings; a fiscal year screen still shows FY2025")
    func trailingTwelveMonths() throws {
        let load = try cli.run(["screen", "--mirror", try mirror().path, "--db", database, "--limit", "1"])
        #expect(load.status == 0, "\(load.stderr)")

        // Q2 2025 = 450 - 200, Q3 = 720 - 450, Q4 = 1,000 - 720, Q1 2026 = 300: revenue 1,100;
        // capex 90 + 110 + 140 + 150 = 490.
        let ttm = try cli.run(["screen", "--ttm", "--format", "json", "--db", database])
        #expect(ttm.status == 0, "\(ttm.stderr)")
        let filer = try row(ttm.stdout, cik: 2_000_010)
        #expect(filer["period_end"] as? String == "2026-03-31")
        #expect(filer["revenue_usd_m"] as? Double == 1_100)
        #expect(filer["capex_usd_m"] as? Double == 490)
        #expect(abs((filer["capex_intensity"] as? Double ?? 0) - 490.0 / 1_100) < 1e-12)
        #expect(filer["band"] as? String == "infrastructure")
        #expect(filer["band_since"] is NSNull, "band-since needs fiscal years")

        let fiscal = try row(try cli.run(["screen", "--format", "json", "--db", database]).stdout, cik: 2_000_010)
        #expect(fiscal["fiscal_year"] as? Int == 2025)
        #expect(fiscal["capex_usd_m"] as? Double == 400)
        #expect(abs((fiscal["capex_growth"] as? Double ?? 0) - (400.0 / 300 - 1)) < 1e-12)

        // The table names the period instead of the fiscal year.
        let table = try cli.run(["screen", "--ttm", "--db", database])
        #expect(table.stdout.contains("TTM to"))
        #expect(table.stdout.contains("Quarterly Builder Corp") && table.stdout.contains("2026-03-31"))
    }

    @Test("--ttm with --year, --crossed-since or a sort by growth is refused, naming both, and nothing is printed")
    func conflictingOptions() throws {
        for extra in [["--year", "2025"], ["--crossed-since", "2020"], ["--sort", "capex_growth"]] {
            let result = try cli.run(["screen", "--ttm"] + extra + ["--db", database])
            #expect(result.status != 0)
            #expect(result.stderr.contains("ttm cannot be combined with \(extra[0].dropFirst(2).replacingOccurrences(of: "-", with: "_"))"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
