@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

/// One small companyfacts file per rule of quarter derivation, imported and read back as
/// quarters (the same path the bundled and downloaded files take).
@Suite("Quarters from year-to-date filings: one file per rule")
struct QuarterRuleTests {
    static let capex = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"
    static let revenue = "us-gaap:Revenues"

    /// Imports the builder's file into an empty database and returns the company's quarters.
    func quarters(_ builder: CompanyFactsBuilder, basis: FilingBasis = .first) throws -> [CompanyQuarter] {
        let database = try CapexDatabase.emptyInMemory()
        let plan = try SECImporter().plan(data: builder.json, file: "rule.json")
        _ = try database.apply([plan])
        return try database.companyQuarters(basis: basis)[builder.cik] ?? []
    }

    func quarter(_ quarters: [CompanyQuarter], _ label: String) throws -> CompanyQuarter {
        try #require(quarters.first { $0.label == label }, "no \(label) among \(quarters.map(\.label))")
    }

    /// A calendar-year filer's cash-flow statement as 10-Qs state it: year to date only.
    func calendarYear(_ builder: inout CompanyFactsBuilder, year: Int, values: [Double], concept: String = capex, skip: Set<Int> = []) {
        let ends = ["03-31", "06-30", "09-30", "12-31"]
        var total = 0.0
        for (index, value) in values.enumerated() {
            total += value
            guard !skip.contains(index + 1) else { continue }
            let form = index == 3 ? "10-K" : "10-Q"
            builder.add(concept, start: "\(year)-01-01", end: "\(year)-\(ends[index])", value: total * 1e6,
                        accession: "0009999001-\(year % 100 + 1)-00000\(index + 1)", form: form, filed: "\(year + (index == 3 ? 1 : 0))-\(index == 3 ? "02" : String(format: "%02d", index * 3 + 5))-01")
        }
    }

    @Test("A quarter filed as three months is reported as such")
    func directQuarter() throws {
        var builder = CompanyFactsBuilder()
        builder.add(Self.revenue, start: "2025-04-01", end: "2025-06-30", value: 500e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-07-25")
        builder.add(Self.revenue, start: "2025-01-01", end: "2025-03-31", value: 400e6, accession: "0009999001-25-000001", form: "10-Q", filed: "2025-04-25")
        let quarters = try quarters(builder)
        let second = try quarter(quarters, "FY2025 Q2")
        #expect(second[.revenue] == Figure(500, .reported))
        #expect(second.calendarQuarter?.description == "2025Q2")
        #expect(!(second.lines[.revenue]?.isDerived ?? true))
    }

    @Test("Q2 = six months - Q1, Q3 = nine - six, Q4 = year - nine months, each derived and citing both filings")
    func yearToDateDifferences() throws {
        var builder = CompanyFactsBuilder()
        calendarYear(&builder, year: 2025, values: [100, 120, 150, 190])
        let quarters = try quarters(builder)
        #expect(quarters.map(\.label) == ["FY2025 Q1", "FY2025 Q2", "FY2025 Q3", "FY2025 Q4"])
        #expect(quarters.map { $0[.capex].value } == [100, 120, 150, 190])
        #expect(quarters.map { $0[.capex].evidence } == [.reported, .derived, .derived, .derived])
        let fourth = try quarter(quarters, "FY2025 Q4")
        #expect(Set(fourth.facts.map(\.accession)) == ["0009999001-26-000004", "0009999001-26-000003"])
        #expect(fourth.start == CalendarDate(iso: "2025-10-01") && fourth.end == CalendarDate(iso: "2025-12-31"))
        // Conservation: the four quarters add up to the year as filed.
        #expect(quarters.compactMap { $0[.capex].value }.reduce(0, +) == 560)
    }

    @Test("A missing six-month figure leaves Q2 and Q3 unresolved, never zero or a year-to-date figure")
    func missingPiece() throws {
        var builder = CompanyFactsBuilder()
        calendarYear(&builder, year: 2025, values: [100, 120, 150, 190], skip: [2])
        let quarters = try quarters(builder)
        let second = try quarter(quarters, "FY2025 Q2"), third = try quarter(quarters, "FY2025 Q3")
        #expect(!second[.capex].isResolved && !third[.capex].isResolved)
        #expect(third.reasonUnresolved(.capex)?.contains("six months") == true)
        // Q4 = year - nine months still holds.
        #expect(try quarter(quarters, "FY2025 Q4")[.capex].value == 190)
        // The trailing twelve months at Q4 are unresolved and say which quarters lack capex.
        let ttm = try #require(TrailingTwelveMonths.at(quarters, asOf: CalendarQuarter("2025Q4"), leaseLine: .assetsObtained))
        #expect(!ttm.capex(.cash).isResolved)
        #expect(ttm.reasonUnresolved(.capex)?.contains("FY2025 Q2") == true)
    }

    @Test("With Q1 missing, a later quarter filed as three months is still found where it nominally starts (Amazon's net capex, Q2-Q3 2025)")
    func directQuarterAfterAGap() throws {
        var builder = CompanyFactsBuilder()
        builder.add(Self.capex, start: "2025-01-01", end: "2025-12-31", value: 128_320e6, accession: "0009999001-26-000001", form: "10-K", filed: "2026-02-05")
        builder.add(Self.capex, start: "2025-04-01", end: "2025-06-30", value: 31_400e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-08-01")
        builder.add(Self.capex, start: "2025-07-01", end: "2025-09-30", value: 34_200e6, accession: "0009999001-25-000003", form: "10-Q", filed: "2025-10-31")
        let quarters = try quarters(builder)
        #expect(try quarter(quarters, "FY2025 Q1")[.capex] == .unresolved)
        #expect(try quarter(quarters, "FY2025 Q2")[.capex] == Figure(31_400, .reported))
        #expect(try quarter(quarters, "FY2025 Q3")[.capex] == Figure(34_200, .reported))
        // Q4 = the year - nine months, and there is no nine-month figure: unresolved, not 128,320 - 65,600.
        #expect(try quarter(quarters, "FY2025 Q4")[.capex] == .unresolved)
    }

    @Test("A concept switch inside a year is stitched period by period (NVIDIA moved its capex concept)")
    func conceptSwitch() throws {
        var builder = CompanyFactsBuilder()
        // Q1 and six months under the old concept, nine months and the year under the new one.
        builder.add("us-gaap:PaymentsToAcquireProductiveAssets", start: "2025-01-01", end: "2025-03-31", value: 100e6, accession: "0009999001-25-000001", form: "10-Q", filed: "2025-04-25")
        builder.add("us-gaap:PaymentsToAcquireProductiveAssets", start: "2025-01-01", end: "2025-06-30", value: 220e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-07-25")
        builder.add(Self.capex, start: "2025-01-01", end: "2025-09-30", value: 370e6, accession: "0009999001-25-000003", form: "10-Q", filed: "2025-10-25")
        builder.add(Self.capex, start: "2025-01-01", end: "2025-12-31", value: 560e6, accession: "0009999001-26-000001", form: "10-K", filed: "2026-02-01")
        let quarters = try quarters(builder)
        #expect(quarters.map { $0[.capex].value } == [100, 120, 150, 190])
        let third = try quarter(quarters, "FY2025 Q3")
        #expect(Set(third.facts.map(\.concept)) == [Self.capex, "us-gaap:PaymentsToAcquireProductiveAssets"])
    }

    @Test("A 14-week quarter in a 53-week year, and the fiscal labels of a January year end")
    func fourteenWeekQuarter() throws {
        var builder = CompanyFactsBuilder()
        // A 53-week year 2025-01-27 .. 2026-02-01 whose Q4 has 14 weeks (98 days).
        builder.add(Self.revenue, start: "2025-01-27", end: "2025-04-27", value: 100e6, accession: "0009999001-25-000001", form: "10-Q", filed: "2025-05-28")
        builder.add(Self.revenue, start: "2025-04-28", end: "2025-07-27", value: 110e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-08-27")
        builder.add(Self.revenue, start: "2025-07-28", end: "2025-10-26", value: 120e6, accession: "0009999001-25-000003", form: "10-Q", filed: "2025-11-19")
        builder.add(Self.revenue, start: "2025-01-27", end: "2025-10-26", value: 330e6, accession: "0009999001-25-000003", form: "10-Q", filed: "2025-11-19")
        builder.add(Self.revenue, start: "2025-01-27", end: "2026-02-01", value: 470e6, accession: "0009999001-26-000001", form: "10-K", filed: "2026-03-01")
        let quarters = try quarters(builder)
        let fourth = try quarter(quarters, "FY2026 Q4")
        #expect(fourth[.revenue] == Figure(140, .derived))
        #expect(fourth.start == CalendarDate(iso: "2025-10-27") && fourth.end == CalendarDate(iso: "2026-02-01"))
        #expect(fourth.end!.days(since: fourth.start!) + 1 == 98)
        #expect(fourth.calendarQuarter?.description == "2025Q4")
        #expect(try quarter(quarters, "FY2026 Q1").calendarQuarter?.description == "2025Q1")
    }

    @Test("An amendment: --basis first keeps the value first filed, --basis latest the amended one")
    func amendment() throws {
        var builder = CompanyFactsBuilder()
        builder.add(Self.revenue, start: "2025-04-01", end: "2025-06-30", value: 500e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-07-25")
        builder.add(Self.revenue, start: "2025-04-01", end: "2025-06-30", value: 480e6, accession: "0009999001-25-000009", form: "10-Q/A", filed: "2025-09-15")
        builder.add(Self.revenue, start: "2025-01-01", end: "2025-03-31", value: 400e6, accession: "0009999001-25-000001", form: "10-Q", filed: "2025-04-25")
        #expect(try quarter(quarters(builder, basis: .first), "FY2025 Q2")[.revenue].value == 500)
        #expect(try quarter(quarters(builder, basis: .latest), "FY2025 Q2")[.revenue].value == 480)
    }

    @Test("A June year end labels the quarter ending in September Q1 of the next fiscal year (Microsoft)")
    func juneYearEnd() throws {
        var builder = CompanyFactsBuilder()
        builder.add(Self.revenue, start: "2024-07-01", end: "2025-06-30", value: 1_000e6, accession: "0009999001-25-000010", form: "10-K", filed: "2025-07-30")
        builder.add(Self.revenue, start: "2025-07-01", end: "2025-09-30", value: 300e6, accession: "0009999001-25-000011", form: "10-Q", filed: "2025-10-29")
        let first = try quarter(quarters(builder), "FY2026 Q1")
        #expect(first.calendarQuarter?.description == "2025Q3")
        #expect(first.fiscalQuarter == 1 && first.fiscalYear == 2026)
    }

    @Test("Q1 = six months - Q2 when a release prints the quarter and the half year but Q1 was never filed alone")
    func firstQuarterFromHalfYear() throws {
        var builder = CompanyFactsBuilder()
        builder.add(Self.capex, start: "2025-04-01", end: "2025-06-30", value: 320e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-07-25")
        builder.add(Self.capex, start: "2025-01-01", end: "2025-06-30", value: 570e6, accession: "0009999001-25-000002", form: "10-Q", filed: "2025-07-25")
        let quarters = try quarters(builder)
        let first = try quarter(quarters, "FY2025 Q1")
        #expect(first[.capex] == Figure(250, .derived))
        #expect(first.end == CalendarDate(iso: "2025-03-31"))
        #expect(try quarter(quarters, "FY2025 Q2")[.capex] == Figure(320, .reported))
    }

    @Test("Calendar-year totals need all four calendar quarters; trailing twelve months sum the last four")
    func calendarYearAndTTM() throws {
        var builder = CompanyFactsBuilder()
        calendarYear(&builder, year: 2024, values: [10, 20, 30, 40])
        calendarYear(&builder, year: 2025, values: [50, 60, 70, 80])
        let quarters = try quarters(builder)
        let ttm = try #require(TrailingTwelveMonths.at(quarters, asOf: nil, leaseLine: .assetsObtained))
        #expect(ttm.capex(.cash).value.map { Int($0.rounded()) } == 260)
        let atQ2 = try #require(TrailingTwelveMonths.at(quarters, asOf: CalendarQuarter("2025Q2"), leaseLine: .assetsObtained))
        #expect(atQ2.capex(.cash).value.map { Int($0.rounded()) } == 30 + 40 + 50 + 60)
        let company = quarters[0].company
        #expect(CalendarYearTotal(company: company, year: 2024, quarters: quarters, leaseLine: .assetsObtained).capex(.cash).value == 100)
        let partial = CalendarYearTotal(company: company, year: 2026, quarters: quarters, leaseLine: .assetsObtained)
        #expect(!partial.capex(.cash).isResolved && partial.missing.count == 4)
    }
}
