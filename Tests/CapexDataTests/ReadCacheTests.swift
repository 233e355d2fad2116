@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Read cache")
struct ReadCacheTests {
    static let coreweave = 1_769_628

    @Test("a long-lived reader sees an import made through another connection")
    func otherConnection() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("cache.sqlite").path
        let reader = try CapexDatabase.open(path: path, access: .read)
        let before = try reader.companyYears()
        #expect(try reader.companies().contains { $0.cik == Self.coreweave } == false)
        let writer = try CapexDatabase.open(path: path, access: .write)
        let plans = try FiguresCSVImporter(companies: try writer.companies()).plans(text: CSVImportTests.text, file: "figures.csv")
        _ = try writer.apply(plans)
        #expect(try reader.companyYears().count == before.count + 1)
        #expect(try reader.companies().contains { $0.cik == Self.coreweave })
        #expect(try reader.companyYears(ciks: [Self.coreweave]).first?[.capex] == Figure(2_000, .estimated))
    }

    @Test("an import through the same connection is seen at once; a failed one leaves nothing cached")
    func sameConnection() throws {
        let database = try CapexDatabase.inMemory()
        let before = try database.companyYears().count
        _ = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: CSVImportTests.text, file: "figures.csv"))
        #expect(try database.companyYears().count == before + 1)
        // A ticker clash fails the whole import; what it read during the write is not kept.
        let clash = """
            cik,ticker,company,role,fiscal_year,period_end,metric,value_usd_m,evidence,source_title,source_url,source_date
            999999,GOOGL,Not Alphabet,other,2025,2025-12-31,capex,1,estimated,Clash source,,2026-01
            """
        #expect(throws: (any Error).self) {
            _ = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: clash, file: "clash.csv"))
        }
        #expect(try database.companyYears().count == before + 1)
        #expect(try database.sourceUsages().contains { $0.source.title == "Clash source" } == false)
    }
}
