@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

/// Random and mutated input to the JSON and CSV readers: every input either imports or is
/// refused with an ``ImportError`` that names the file; nothing crashes or hangs.
@Suite("Import readers under random input", .timeLimit(.minutes(2)))
struct ImportFuzzTests {
    static let inputsPerReader = 3_000

    static var validFacts: [UInt8] {
        var facts = CompanyFactsBuilder()
        for (year, value) in [(2022, 1.5e9), (2023, 2.5e9), (2024, 3.5e9)] {
            facts.add("us-gaap:Revenues", start: "\(year)-01-01", end: "\(year)-12-31", value: value * 10,
                      accession: "0000000030-\(year - 1999)-000001", filed: "\(year + 1)-02-01")
            facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "\(year)-01-01", end: "\(year)-12-31", value: value,
                      accession: "0000000030-\(year - 1999)-000001", filed: "\(year + 1)-02-01")
        }
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 2.6e10, accession: "0000000030-25-000009", filed: "2025-03-01")
        return Array(facts.json)
    }

    static let validCSV = Array("""
        cik,ticker,company,role,fiscal_year,period_end,metric,value_usd_m,evidence,source_title,source_url
        9999100,FUZZ,"Fuzz, Inc.",other,2024,2024-12-31,revenue,1000.5,estimated,"A ""quoted"" source",https://example.com
        9999100,FUZZ,"Fuzz, Inc.",other,2024,2024-12-31,capex,200,reported,Its 10-K,
        ,GOOGL,,,2025,,operating_cash_flow,-5,scenario,What if,

        """.utf8)

    @Test("companyfacts JSON: 3,000 mutated or random files import or are refused with the file named")
    func companyFacts() throws {
        var generator = SeededGenerator(seed: 20_261_129)
        let importer = try SECImporter()
        let database = try CapexDatabase.emptyInMemory()
        var imported = 0
        var refused = 0
        for index in 0..<Self.inputsPerReader {
            let input = index % 10 == 9 ? Mutation.randomBytes(using: &generator) : Mutation.mutate(Self.validFacts, using: &generator)
            do {
                let plan = try importer.plan(data: Data(input), file: "fuzz-\(index).json")
                _ = try database.apply([plan])
                imported += 1
            } catch let error as ImportError {
                #expect(error.description.hasPrefix("fuzz-\(index).json"), "\(error)")
                refused += 1
            }
        }
        #expect(imported + refused == Self.inputsPerReader)
        #expect(imported > 0 && refused > 0)
    }

    @Test("CSV: 3,000 mutated or random files import or are refused with the file named")
    func csv() throws {
        var generator = SeededGenerator(seed: 1_129)
        let database = try CapexDatabase.inMemory()
        var imported = 0
        var refused = 0
        for index in 0..<Self.inputsPerReader {
            let input = index % 10 == 9 ? Mutation.randomBytes(using: &generator) : Mutation.mutate(Self.validCSV, using: &generator)
            let text = String(decoding: input, as: UTF8.self)
            do {
                let importer = FiguresCSVImporter(companies: try database.companies())
                let plans = try importer.plans(text: text, file: "fuzz-\(index).csv")
                _ = try database.apply(plans)
                imported += 1
            } catch let error as ImportError {
                #expect(error.description.hasPrefix("fuzz-\(index).csv"), "\(error)")
                refused += 1
            }
        }
        #expect(imported + refused == Self.inputsPerReader)
        #expect(imported > 0 && refused > 0)
    }
}
