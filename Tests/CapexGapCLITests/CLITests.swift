import CapexTestSupport
import Foundation
import Testing

/// The `capexgap` executable end to end: output, formats and exit codes.
@Suite("capexgap command line", .serialized)
struct CLITests {
    let cli: CLIRunner
    init() throws { cli = try CLIRunner() }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test("with no arguments it creates the database in the data directory and prints the headline")
    func headline() throws {
        #expect(!FileManager.default.fileExists(atPath: cli.defaultDatabase.path))
        let result = try cli.run([])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.defaultDatabase.path))
        #expect(result.stdout.contains("GOOGL   Alphabet Inc."))
        #expect(result.stdout.contains("91,447 R"))
        #expect(result.stdout.contains("22.70% D"))
        #expect(result.stdout.contains("Total"))
        #expect(result.stdout.contains("FY2015 $25.2B -> FY2025 $378.7B"))
        #expect(result.stdout.contains("capexgap sources"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when output is not a terminal")
    }

    @Test("companies --ticker GOOGL --format json has the documented keys and the 10-K values")
    func companiesJSON() throws {
        let rows = try json(["companies", "--ticker", "GOOGL"])
        #expect(rows.count == 11)
        let fy2025 = try #require(rows.first { $0["fiscal_year"] as? Int == 2025 })
        for key in ["ticker", "fiscal_year", "period_end", "revenue_usd_m", "capex_usd_m", "capex_intensity", "evidence", "source"] {
            #expect(fy2025[key] != nil, "missing key \(key)")
        }
        #expect(fy2025["capex_usd_m"] as? Int == 91_447)
        #expect(fy2025["revenue_usd_m"] as? Int == 402_836)
        #expect(abs((fy2025["capex_intensity"] as? Double ?? 0) - 0.2270) < 0.00005)
        #expect(fy2025["period_end"] as? String == "2025-12-31")
        #expect(fy2025["evidence"] as? String == "reported")
        #expect((fy2025["source"] as? String)?.contains("0001652044-26-000018") == true)
    }

    @Test("companies --format csv gives Microsoft FY2024 capex 44,477 on revenue 245,122")
    func companiesCSV() throws {
        let result = try cli.run(["companies", "--ticker", "msft", "--from", "2024", "--to", "2024", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("ticker,role,company,cik,fiscal_year,period_start,period_end,revenue_usd_m,revenue_usd_m_evidence,capex_usd_m"))
        #expect(lines[1].hasPrefix("MSFT,hyperscaler,Microsoft Corporation,789019,2024,2023-07-01,2024-06-30,245122,reported,44477,reported,"))
    }

    @Test("--from keeps growth for its first year by reading the year before")
    func growthAtRangeStart() throws {
        let rows = try json(["companies", "--ticker", "GOOGL", "--from", "2025"])
        #expect(rows.count == 1)
        // 91,447 / 52,535 - 1 from the FY2025 and FY2024 10-Ks.
        #expect(abs((rows[0]["capex_growth"] as? Double ?? 0) - (91_447.0 / 52_535 - 1)) < 1e-9)
    }

    @Test("--capex with-leases adds finance-lease assets and says so")
    func withLeases() throws {
        let rows = try json(["companies", "--ticker", "MSFT", "--capex", "with-leases"])
        let fy2024 = try #require(rows.first { $0["fiscal_year"] as? Int == 2024 })
        #expect(fy2024["capex_usd_m"] as? Int == 44_477 + 11_633)
        #expect(fy2024["capex_definition"] as? String == "cash + finance-lease assets obtained")
        let fy2015 = try #require(rows.first { $0["fiscal_year"] as? Int == 2015 })
        #expect(fy2015["capex_usd_m"] is NSNull)
        #expect(fy2015["capex_usd_m_evidence"] as? String == "unresolved")
        let text = try cli.run(["companies", "--ticker", "MSFT", "--capex", "with-leases"]).stdout
        #expect(text.contains("Capex basis"))
    }

    @Test("a missing input prints as unresolved, never zero")
    func unresolved() throws {
        // Oracle states no combined D&A line: capex / D&A is unresolved, capex / depreciation is not.
        let rows = try json(["companies", "--ticker", "ORCL", "--from", "2025", "--to", "2025"])
        #expect(rows[0]["capex_to_depreciation"] is NSNull)
        #expect(rows[0]["capex_to_depreciation_evidence"] as? String == "unresolved")
        #expect(rows[0]["capex_usd_m_evidence"] as? String == "estimated")
        #expect(abs((rows[0]["capex_to_depreciation_only"] as? Double ?? 0) - 21_215.0 / 3_867) < 1e-12)
    }

    @Test("peers says when combined capex first passed $100B, $200B and $400B")
    func peers() throws {
        let result = try cli.run(["peers"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Combined capex first passed $100B in FY2021"))
        #expect(result.stdout.contains("Combined capex first passed $200B in FY2024"))
        #expect(result.stdout.contains("Whether combined capex has passed $400B is unknown: FY2026 has no total."))
        let rows = try json(["peers"])
        // FY2015-FY2025, and FY2026 of which only Microsoft and Oracle have filed.
        #expect(rows.count == 12)
        #expect(rows.last?["missing"] as? String == "AMZN GOOGL META")
        // Oracle's finance-lease assets are in the data for FY2025 only (its 10-K states $2.9B):
        // FY2025 is the first year with a total, and the milestones say the years before have none
        // instead of "not yet passed".
        let leases = try cli.run(["peers", "--capex", "with-leases"])
        #expect(leases.status == 0)
        #expect(leases.stdout.contains("Combined capex had passed $100B by FY2025 ($409.2B E); FY2015-FY2024 before it have no total."))
        #expect(!leases.stdout.contains("not yet passed"))
        let leaseRows = try json(["peers", "--capex", "with-leases"])
        #expect(leaseRows.first { $0["fiscal_year"] as? Int == 2024 }?["missing"] as? String == "no finance leases: ORCL")
        #expect(leaseRows.first { $0["fiscal_year"] as? Int == 2025 }?["missing"] as? String == "")
    }

    @Test("essay states a finding for each of the five rows")
    func essay() throws {
        let result = try cli.run(["essay"])
        #expect(result.status == 0)
        for ticker in ["AMZN", "MSFT", "GOOGL", "META", "ORCL"] {
            #expect(result.stdout.contains("\(ticker): "), "no verdict for \(ticker)")
        }
        #expect(result.stdout.contains("GOOGL: Mixes fiscal years: revenue is FY2023"))
        #expect(result.stdout.contains("MSFT: Same fiscal year"))
        #expect(result.stdout.contains("In 4 of 5 rows"))
    }

    @Test("sources lists evidence and what each source supports")
    func sources() throws {
        let rows = try json(["sources", "--ticker", "ORCL"])
        #expect(rows.contains { ($0["title"] as? String)?.contains("daviddbao/ai-capex-roic") == true && $0["evidence"] as? String == "estimated" })
        #expect(rows.contains { $0["supports"] as? String == "ORCL FY2015: revenue, capex, D&A, operating cash flow" })
    }

    @Test("markdown output is a pipe table")
    func markdown() throws {
        let result = try cli.run(["peers", "--format", "markdown"])
        #expect(result.stdout.hasPrefix("| FY | Cos |"))
    }

    @Test("an unknown ticker exits 2 and lists the known tickers")
    func unknownTicker() throws {
        let result = try cli.run(["companies", "--ticker", "XYZ"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown ticker 'XYZ'"))
        #expect(result.stderr.contains("AAPL, AMD, AMZN, AVGO, CRWV, GOOGL, META, MSFT, NBIS, NVDA, ORCL"))
        #expect(result.stdout.isEmpty)
    }

    @Test("bad usage exits 2 with a message saying what is valid", arguments: [
        (["companies", "--format", "xml"], "table"),
        (["companies", "--frobnicate"], "--frobnicate"),
        (["companies", "--capex", "gross"], "with-leases"),
        (["companies", "--from", "2030", "--to", "2020"], "from 2030 is after to 2020"),
        (["companies", "--from", "20"], "between 1900 and 2100"),
        (["frobnicate"], "unknown command 'frobnicate'; commands: headline, companies, quarters, ttm, peers"),
    ])
    func badUsage(arguments: [String], hint: String) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(hint))
        #expect(result.stdout.isEmpty)
    }

    @Test("a corrupt database exits 1 naming the file, without a stack trace")
    func corruptDatabase() throws {
        let url = cli.dataHome.appendingPathComponent("corrupt.sqlite")
        try Data(String(repeating: "garbage ", count: 1000).utf8).write(to: url)
        let result = try cli.run(["companies", "--db", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(url.path))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Stack dump"))
    }

    @Test("--help exits 0 and lists the commands")
    func help() throws {
        let result = try cli.run(["--help"])
        #expect(result.status == 0)
        for command in ["headline", "companies", "peers", "essay", "sources"] {
            #expect(result.stdout.contains(command))
        }
    }

    @Test("--db puts the database where the user says")
    func explicitDatabase() throws {
        let url = cli.dataHome.appendingPathComponent("mine.sqlite")
        let result = try cli.run(["peers", "--db", url.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test("--capex with-committed-leases adds Microsoft's increase in leases not yet commenced from its 10-K lease notes; --role picks companies by role")
    func committedLeasesAndRoles() throws {
        func capex(_ definition: String) throws -> [Int: Any] {
            let rows = try json(["companies", "--ticker", "MSFT", "--from", "2024", "--capex", definition])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["fiscal_year"] as? Int ?? 0, $0["capex_usd_m"] as Any) })
        }
        let withLeases = try capex("with-leases"), committed = try capex("with-committed-leases")
        // Balances: 117,000 (108,400 finance + 8,600 operating) at 2024-06-30, 92,700 at 2025-06-30, 329,100 at 2026-06-30.
        #expect((committed[2025] as? Double).map { $0 - ((withLeases[2025] as? Double) ?? 0) } == -24_300)
        #expect((committed[2026] as? Double).map { $0 - ((withLeases[2026] as? Double) ?? 0) } == 236_400)
        #expect(committed[2024] is NSNull, "no balance at 2023-06-30")
        // Nobody reports customer-supplied hardware: unresolved, not equal to cash.
        #expect(try capex("net-of-customer-hardware").values.allSatisfy { $0 is NSNull })

        let neoclouds = try json(["quarters", "--role", "neocloud"])
        #expect(Set(neoclouds.compactMap { $0["ticker"] as? String }) == ["CRWV", "NBIS"])
        // Committed leases are annual balances: quarters and calendar years refuse the definition.
        for arguments in [["quarters"], ["peers", "--calendar"]] {
            let refused = try cli.run(arguments + ["--capex", "with-committed-leases"])
            #expect(refused.status == 2 && refused.stderr.contains("needs annual figures"), "\(arguments)")
        }
        // Capex / operating cash flow means nothing when operations burn cash: Nebius FY2024 (-307.7).
        let nebius = try json(["companies", "--ticker", "NBIS", "--to", "2024"])
        #expect(nebius.first?["capex_to_operating_cash_flow"] is NSNull)
        let unknown = try cli.run(["companies", "--role", "lab"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown role 'lab'") && unknown.stderr.contains("neocloud"))
    }
}
