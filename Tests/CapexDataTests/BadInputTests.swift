@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

/// Malformed, truncated, wrong-shaped and empty inputs: a clear error naming the file and the
/// place, and an unchanged database.
@Suite("Bad import input")
struct BadInputTests {
    static var validFacts: Data {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 1e9, accession: "0000000020-24-000001", filed: "2024-02-01")
        return facts.json
    }

    static func replacing(_ old: String, with new: String) -> Data {
        Data(String(decoding: validFacts, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }

    static let badJSON: [(name: String, data: Data, message: String)] = [
        ("empty", Data(), "the file is empty"),
        ("truncated", validFacts.prefix(validFacts.count / 2), "truncated"),
        ("syntax", Data("{\"cik\": 1,\n \"facts\": {\"us-gaap\" {}}}".utf8), "line 2, column"),
        ("array", Data("[1, 2, 3]".utf8), "top level"),
        ("no facts", Data("{\"cik\": 1, \"entityName\": \"X\"}".utf8), "missing key \"facts\""),
        ("no cik", Data("{\"entityName\": \"X\", \"facts\": {}}".utf8), "missing key \"cik\""),
        ("bad date", replacing("2023-12-31", with: "2023-13-45"), "facts.us-gaap.Revenues.units.USD[0].end"),
        ("value as text", replacing("\"val\":1000000000", with: "\"val\":\"lots\""), "facts.us-gaap.Revenues.units.USD[0].val"),
        ("not UTF-8", Data([0x7B, 0xFF, 0xFE, 0x7D]), "test.json"),
    ]

    @Test("a bad companyfacts file is refused with its name and place, and the database is unchanged", arguments: badJSON.indices)
    func badCompanyFacts(index: Int) throws {
        let (name, data, message) = Self.badJSON[index]
        let database = try CapexDatabase.inMemory()
        let before = try database.snapshot()
        let error = try #require(throws: ImportError.self, "\(name)") {
            let plan = try SECImporter().plan(data: data, file: "test.json")
            _ = try database.apply([plan])
        }
        #expect(error.description.hasPrefix("test.json"), "\(name): \(error)")
        #expect(error.description.contains(message), "\(name): \(error)")
        #expect(try database.snapshot() == before)
    }

    static let header = "cik,ticker,company,fiscal_year,metric,value_usd_m,evidence,source_title\n"
    static let badCSV: [(name: String, text: String, message: String)] = [
        ("empty", "", "the file is empty"),
        ("header only", header, "the file is empty"),
        ("missing column", "ticker,fiscal_year,metric,value_usd_m,evidence\nGOOGL,2025,capex,1,reported\n", "missing column source_title"),
        ("unknown metric", header + ",GOOGL,,2025,ebitda,1,reported,X\n", "row 2, column metric"),
        ("bad evidence", header + ",GOOGL,,2025,capex,1,rumour,X\n", "row 2, column evidence"),
        ("derived evidence", header + ",GOOGL,,2025,capex,1,derived,X\n", "row 2, column evidence"),
        ("not a number", header + ",GOOGL,,2025,capex,1O0,reported,X\n", "row 2, column value_usd_m"),
        ("negative capex", header + ",GOOGL,,2025,capex,-5,reported,X\n", "row 2, column value_usd_m"),
        ("unknown ticker", header + ",ZZZZ,,2025,capex,5,reported,X\n", "row 2, column ticker"),
        ("new company without a name", header + "123,,,2025,capex,5,reported,X\n", "row 2, column company"),
        ("year out of range", header + ",GOOGL,,25,capex,5,reported,X\n", "row 2, column fiscal_year"),
        ("no source", header + ",GOOGL,,2025,capex,5,reported,\n", "row 2, column source_title"),
        ("short row", header + ",GOOGL,,2025,capex\n", "row 2: 5 fields"),
        ("same figure twice", header + ",GOOGL,,2025,capex,5,reported,X\n,GOOGL,,2025,capex,6,reported,X\n", "row 3"),
        ("bad period", "ticker,fiscal_year,metric,value_usd_m,evidence,source_title,period_end\nGOOGL,2025,capex,5,reported,X,2025-02-30\n",
         "row 2, column period_end"),
        ("truncated inside a quote", header + ",GOOGL,,2025,capex,5,reported,\"Page one, part", "row 2, column 8: a quoted field is never closed"),
        ("NUL in a value", header + ",GOOGL,,2025,capex,5\u{0},reported,X\n", "row 2, column 6: a NUL byte"),
        ("duplicate column", "ticker,fiscal_year,metric,value_usd_m,evidence,source_title,metric\nGOOGL,2025,capex,5,reported,X,capex\n",
         "row 1, column 7: the column \"metric\" appears twice"),
        ("unknown column", "ticker,fiscal_year,metric,value_usd_m,evidence,source_title,colour\nGOOGL,2025,capex,5,reported,X,red\n",
         "row 1, column 7: unknown column \"colour\""),
        ("hexadecimal", header + ",GOOGL,,2025,capex,0x10,reported,X\n", "row 2, column value_usd_m: \"0x10\" is not a number"),
        ("underscores", header + ",GOOGL,,2025,capex,1_000,reported,X\n", "row 2, column value_usd_m"),
        ("cik and ticker of two companies", header + "789019,GOOGL,,2025,capex,5,reported,X\n", "row 2, column ticker"),
        ("quote inside a field", header + ",GOOGL,,2025,capex,5,reported,Page \"one\"\n", "row 2, column 8: a quote inside an unquoted field"),
    ]

    @Test("a file that reads well but clashes with the database fails in the write and changes nothing")
    func failsInWrite() throws {
        let database = try CapexDatabase.inMemory()
        let before = try database.snapshot()
        // The importer is not told the database's companies, so the clash is found by the writer,
        // after the first company of the file has been written inside the transaction.
        let text = Self.header + "999998,GOOD,Good Co,2025,capex,1,estimated,X\n999999,GOOGL,Not Alphabet,2025,capex,1,estimated,X\n"
        let plans = try FiguresCSVImporter(companies: []).plans(text: text, file: "figures.csv")
        #expect(plans.count == 2)
        #expect(throws: ImportError.tickerClash("figures.csv: ticker GOOGL already names CIK 1652044 (Alphabet Inc.); pass another --ticker")) {
            _ = try database.apply(plans)
        }
        #expect(try database.snapshot() == before)
    }

    @Test("a bad CSV file is refused with its row and column, and the database is unchanged", arguments: badCSV.indices)
    func badCSVFile(index: Int) throws {
        let (name, text, message) = Self.badCSV[index]
        let database = try CapexDatabase.inMemory()
        let before = try database.snapshot()
        let error = try #require(throws: ImportError.self, "\(name)") {
            let plans = try FiguresCSVImporter(companies: try database.companies()).plans(text: text, file: "figures.csv")
            _ = try database.apply(plans)
        }
        #expect(error.description.hasPrefix("figures.csv"), "\(name): \(error)")
        #expect(error.description.contains(message), "\(name): \(error)")
        #expect(try database.snapshot() == before)
    }
}
