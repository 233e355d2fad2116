@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Read cache")
struct ReadCacheTests {
    static let neocloud = 9_999_002

    @Test("a long-lived reader sees an import made through another connection")
    func otherConnection() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("cache.sqlite").path
        let reader = try CapexDatabase.open(path: path, access: .read)
        let before = try reader.companyYears()
        // The test neocloud (CSVImportTests.text) is not in the database until the import.
        #expect(try reader.companyYears(ciks: [Self.neocloud]).isEmpty)
        let writer = try CapexDatabase.open(path: path, access: .write)
        let plans = try FiguresCSVImporter(companies: try writer.companies()).plans(text: CSVImportTests.text, file: "figures.csv")
        _ = try writer.apply(plans)
        #expect(try reader.companyYears().count == before.count + 1)
        #expect(try reader.companies().contains { $0.cik == Self.neocloud })
        #expect(try reader.companyYears(ciks: [Self.neocloud]).first?[.capex] == Figure(2_000, .estimated))
    }

    @Test("an import through the same connection is seen at once; a failed one leaves nothing cached")
    func sameConnection() throws {
        let database = try CapexDatabase.inMemory()
        let before = try database.companyYears().count
        _ = try database.apply(try FiguresCSVImporter(companies: try database.companies()).plans(text: CSVImportTests.text, file: "figures.csv"))
        #expect(try database.companyYears().count == before + 1)
        // A good company, then a clash the writer finds (the importer does not know GOOGL's
        // holder): the whole import fails inside the write, and what it read there is not kept.
        let plans = """
            cik,ticker,company,role,fiscal_year,period_end,metric,value_usd_m,evidence,source_title,source_url,source_date
            999998,GOOD,Good Co,other,2025,2025-12-31,capex,1,estimated,Good source,,2026-01
            999999,GOOGL,Not Alphabet,other,2025,2025-12-31,capex,1,estimated,Clash source,,2026-01
            """
        let error = #expect(throws: ImportError.self) {
            _ = try database.apply(try FiguresCSVImporter(companies: []).plans(text: plans, file: "clash.csv"))
        }
        guard case .tickerClash(let message)? = error else { Issue.record("expected a ticker clash, got \(String(describing: error))"); return }
        #expect(message.contains("ticker GOOGL already names CIK 1652044"))
        #expect(try database.companyYears().count == before + 1)
        #expect(try database.companies().contains { $0.ticker == "GOOD" } == false)
        #expect(try database.sourceUsages().contains { $0.source.title == "Good source" || $0.source.title == "Clash source" } == false)
    }
}
