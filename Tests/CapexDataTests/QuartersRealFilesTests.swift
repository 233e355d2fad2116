@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

/// The quarters of the real shared companyfacts files, imported alone into an empty database,
/// against the values printed in the companies' 10-Qs and releases.
@Suite("Quarters of the real companyfacts files", .needsSharedData)
struct QuartersRealFilesTests {
    static let sec = Fixtures.sharedData.appendingPathComponent("sec")

    func quarters(_ path: String, cik: Int) throws -> [CompanyQuarter] {
        let database = try CapexDatabase.emptyInMemory()
        _ = try database.apply([try SECImporter().plan(contentsOf: Self.sec.appendingPathComponent(path))])
        return try #require(try database.companyQuarters()[cik])
    }

    func quarter(_ quarters: [CompanyQuarter], _ label: String) throws -> CompanyQuarter {
        try #require(quarters.first { $0.label == label }, "no \(label)")
    }

    @Test("Alphabet Q2 2025 capex = six months 39,643 - Q1 17,197 = 22,446, derived from two 10-Qs")
    func alphabetSecondQuarter() throws {
        let quarters = try quarters("companyfacts/CIK0001652044.json", cik: 1_652_044)
        let second = try quarter(quarters, "FY2025 Q2")
        #expect(second[.capex] == Figure(22_446, .derived))
        let line = try #require(second.lines[.capex])
        guard case .derived(let toDate, let minus) = line.basis else {
            Issue.record("Q2 2025 capex is not derived: \(line.basis)")
            return
        }
        #expect(toDate.valueUSD == 39_643_000_000 && toDate.accession == "0001652044-25-000062")
        #expect(minus.map(\.valueUSD) == [17_197_000_000])
        #expect(minus.map(\.accession) == ["0001652044-25-000043"])
        // Revenue is filed for the quarter itself (10-Q income statement): 96,428.
        #expect(second[.revenue] == Figure(96_428, .reported))
        #expect(second.calendarQuarter?.description == "2025Q2")
    }

    @Test("Alphabet's four 2025 quarters add up to its FY2025 10-K figures")
    func alphabetConservation() throws {
        let quarters = try quarters("companyfacts/CIK0001652044.json", cik: 1_652_044)
        let year = quarters.filter { $0.fiscalYear == 2025 }
        #expect(year.count == 4)
        #expect(Int(year.compactMap { $0[.capex].value }.reduce(0, +).rounded()) == 91_447)
        // Revenue is filed quarter by quarter, each rounded to $1M: the quarters come within 1 of the year.
        #expect(abs(year.compactMap { $0[.revenue].value }.reduce(0, +) - 402_836) <= 1)
    }

    @Test("Microsoft's quarter ending 2025-09-30 is FY2026 Q1 (calendar 2025Q3): revenue 77,673, capex 19,394")
    func microsoftLabels() throws {
        let quarters = try quarters("companyfacts-trimmed/CIK0000789019.json", cik: 789_019)
        let first = try quarter(quarters, "FY2026 Q1")
        #expect(first.end == CalendarDate(iso: "2025-09-30"))
        #expect(first.calendarQuarter?.description == "2025Q3")
        #expect(first[.revenue] == Figure(77_673, .reported))
        #expect(first[.capex] == Figure(19_394, .reported))
        // FY2026 Q4 (April-June 2026) is the 10-K's year less nine months: capex 115,948 - 80,146.
        let fourth = try quarter(quarters, "FY2026 Q4")
        #expect(fourth[.capex] == Figure(35_802, .derived))
        let ttm = try #require(TrailingTwelveMonths.at(quarters, asOf: nil, leaseLine: .assetsObtained))
        #expect(ttm.last.label == "FY2026 Q4")
        #expect(ttm.sum(.revenue).value.map { Int($0.rounded()) } == 331_839)
    }

    @Test("Meta Q4 2025 revenue is the year less nine months (59,893); Q1 2026 is filed as such (56,311)")
    func metaQuarters() throws {
        let quarters = try quarters("companyfacts-trimmed/CIK0001326801.json", cik: 1_326_801)
        #expect(try quarter(quarters, "FY2025 Q4")[.revenue] == Figure(59_893, .derived))
        #expect(try quarter(quarters, "FY2026 Q1")[.revenue] == Figure(56_311, .reported))
        #expect(try quarter(quarters, "FY2026 Q1")[.capex] == Figure(18_997, .reported))
    }
}
