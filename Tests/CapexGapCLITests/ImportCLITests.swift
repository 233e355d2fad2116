import CapexTestSupport
import Foundation
import Testing

/// `capexgap import`, `restatements` and `conflicts` end to end.
@Suite("capexgap import", .serialized)
struct ImportCLITests {
    let cli: CLIRunner
    let database: String
    init() throws {
        cli = try CLIRunner()
        database = cli.dataHome.appendingPathComponent("import.sqlite").path
    }

    static let companyfacts = Fixtures.sharedData.appendingPathComponent("sec/companyfacts")

    @Test("import sec of a folder prints what came from which concept; companies then shows Apple", .needsSharedData)
    func importFolder() throws {
        let result = try cli.run(["import", "sec", Self.companyfacts.path, "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("us-gaap:SalesRevenueNet"))
        #expect(result.stdout.contains("Apple Inc. (AAPL, CIK 320193, role other): 85 figures added"))
        #expect(result.stdout.contains("Alphabet Inc. (GOOGL, CIK 1652044, role hyperscaler): 57 figures added"))
        #expect(!result.stderr.contains("\r"), "no progress bar when stderr is not a terminal")

        let apple = try cli.run(["companies", "--cik", "320193", "--from", "2023", "--to", "2023", "--format", "csv", "--db", database])
        #expect(apple.stdout.contains("AAPL,other,Apple Inc.,320193,2023,2022-09-25,2023-09-30,383285,reported,10959,reported"))

        let again = try cli.run(["import", "sec", Self.companyfacts.path, "--db", database])
        #expect(again.stdout.contains("Nothing changed"))

        let restatements = try cli.run(["restatements", "--ticker", "GOOGL", "--format", "json", "--db", database])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(restatements.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["fiscal_year"] as? Int == 2015 && $0["old_value_usd_m"] as? Int == 9_915 && $0["new_value_usd_m"] as? Int == 9_950 })
    }

    @Test("--role hyperscaler adds an imported company to the peer set; peers --ticker picks a set", .needsSharedData)
    func roleJoinsPeers() throws {
        let file = Self.companyfacts.appendingPathComponent("CIK0000320193.json").path
        let result = try cli.run(["import", "sec", file, "--role", "hyperscaler", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        let peers = try cli.run(["peers", "--db", database])
        #expect(peers.stdout.contains("AAPL, AMZN, GOOGL, META, MSFT, ORCL"))
        let chosen = try cli.run(["peers", "--ticker", "AAPL", "--cik", "1652044", "--db", database, "--format", "csv"])
        #expect(chosen.status == 0)
        // FY2025: Apple capex 12,715 (10-K 0000320193-25-000079) + Alphabet 91,447.
        #expect(chosen.stdout.contains("2025,2,AAPL GOOGL,,104162,"))
    }

    @Test("import csv stores rows with their source; a bad file exits 1 naming the row and writes nothing")
    func importCSV() throws {
        let good = cli.dataHome.appendingPathComponent("good.csv")
        try "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n9999200,TEST,Test Co,2024,capex,12.5,estimated,Test page\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let ok = try cli.run(["import", "csv", good.path, "--db", database])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Test Co (TEST, CIK 9999200, role other): 1 figures added"))

        let bad = cli.dataHome.appendingPathComponent("bad.csv")
        try "ticker,fiscal_year,metric,value_usd_m,evidence,source_title\nTEST,2025,capex,13,estimated,Page\nTEST,2025,capx,1,estimated,Page\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", "csv", bad.path, "--db", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("import failed, nothing was written: \(bad.path), row 3, column metric"))
        let companies = try cli.run(["companies", "--ticker", "TEST", "--format", "csv", "--db", database])
        #expect(companies.status == 0)
        #expect(companies.stdout.contains("TEST,other,Test Co,9999200,2024,,,,unresolved,12.5,estimated"))
        #expect(!companies.stdout.contains(",2025,"))
        // A file that reads well but clashes in the write (GOOGL's ticker on another CIK) writes nothing either.
        let clash = cli.dataHome.appendingPathComponent("clash.csv")
        try "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n9999300,OTHR,Other Co,2025,capex,1,estimated,Page\n1652044,TEST,Alphabet,2025,capex,1,estimated,Page\n"
            .write(to: clash, atomically: true, encoding: .utf8)
        let clashed = try cli.run(["import", "csv", clash.path, "--db", database])
        #expect(clashed.status == 1)
        #expect(clashed.stderr.contains("clash.csv, row 3, column ticker"), "\(clashed.stderr)")
        let after = try cli.run(["companies", "--ticker", "OTHR", "--db", database])
        #expect(after.status == 2, "Other Co was not written")
    }

    @Test("import sec of a truncated file exits 1 naming the file", .needsSharedData)
    func truncatedFile() throws {
        let original = try Data(contentsOf: Self.companyfacts.appendingPathComponent("CIK0001652044.json"))
        let truncated = cli.dataHome.appendingPathComponent("CIK0001652044.json")
        try original.prefix(original.count / 3).write(to: truncated)
        let result = try cli.run(["import", "sec", truncated.path, "--db", database])
        #expect(result.status == 1)
        #expect(result.stderr.contains(truncated.path))
        #expect(result.stderr.contains("truncated"))
    }

    @Test("usage errors of import exit 2", arguments: [
        (["import", "sec", "a.json", "b.json", "--ticker", "X"], "--ticker names one company"),
        (["import", "sec", "x.json", "--basis", "middle"], "first"),
        (["import", "csv"], "Missing expected argument"),
        (["companies", "--cik", "1"], "no company with CIK 1"),
    ])
    func usage(arguments: [String], message: String) throws {
        // Existing files for the --ticker case, so the check is about the count.
        for name in ["a.json", "b.json"] {
            try "{}".write(to: cli.dataHome.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let args = arguments.map { $0.hasSuffix(".json") && $0 != "x.json" ? cli.dataHome.appendingPathComponent($0).path : $0 }
        let result = try cli.run(args + ["--db", database])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a missing path exits 1")
    func missingPath() throws {
        let result = try cli.run(["import", "sec", "/no/such/file.json", "--db", database])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/file.json: no such file or folder"))
    }

    @Test("a value from a narrower concept is shown as a conflict of definition: Microsoft's depreciation alone against its D&A line", .needsSharedData)
    func conflictOfConcepts() throws {
        let file = Fixtures.sharedData.appendingPathComponent("sec/companyfacts-trimmed/CIK0000789019.json").path
        let path = cli.dataHome.appendingPathComponent("concepts.sqlite").path
        #expect(try cli.run(["import", "sec", file, "--db", path]).status == 0)
        let conflicts = try cli.run(["conflicts", "--ticker", "MSFT", "--format", "csv", "--db", path])
        // FY2025: the 10-K's "depreciation, amortization, and other" 34,153 (used) and us-gaap:Depreciation 22,000 (the file tags nothing broader).
        #expect(conflicts.stdout.contains("MSFT,2025,depreciation_amortization,34153,reported,true,\"line:Depreciation, amortization, and other\""))
        #expect(conflicts.stdout.contains("MSFT,2025,depreciation_amortization,22000,reported,false,us-gaap:Depreciation"))
        let table = try cli.run(["conflicts", "--ticker", "MSFT", "--db", path])
        #expect(table.stdout.contains("a difference of definition, not an error in either"))
    }
}

@Suite("capexgap import: file size limit")
struct ImportLimitTests {
    @Test("a file over --max-file-mb is refused naming it and the flag, and nothing is written")
    func sizeLimit() throws {
        let cli = try CLIRunner()
        let database = cli.dataHome.appendingPathComponent("limit.sqlite").path
        let big = cli.dataHome.appendingPathComponent("big.csv")
        let row = "9999500,BIG,Big Co,2025,capex,1,estimated,Page\n"
        let header = "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n"
        try (header + String(repeating: row, count: 30_000)).write(to: big, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", "csv", big.path, "--max-file-mb", "1", "--db", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(big.path): 1.4 MB is over the limit of 1 MB for one file; --max-file-mb raises it"), "\(refused.stderr)")
        let companies = try cli.run(["companies", "--ticker", "BIG", "--db", database])
        #expect(companies.status == 2, "nothing was written")
    }
}
