@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

/// Each importer rule on a small companyfacts file written for the purpose.
@Suite("SEC import rules")
struct SECImportRuleTests {
    let importer: SECImporter
    init() throws { importer = try SECImporter() }

    func plan(_ builder: CompanyFactsBuilder, basis: FilingBasis = .first) throws -> ImportPlan {
        try importer.plan(data: builder.json, file: "test.json", basis: basis)
    }

    func figure(_ plan: ImportPlan, _ metric: FinancialMetric, _ fiscalYear: Int) -> PlannedFigure? {
        plan.figures.first { $0.metric == metric && $0.fiscalYear == fiscalYear }
    }

    @Test("concepts are stitched per year in candidate order, and the concept is kept with the figure")
    func conceptSwitching() throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:SalesRevenueNet", start: "2017-01-01", end: "2017-12-31", value: 100e6, accession: "0000000001-18-000001", filed: "2018-02-01")
        facts.add("us-gaap:SalesRevenueNet", start: "2018-01-01", end: "2018-12-31", value: 110e6, accession: "0000000001-19-000001", filed: "2019-02-01")
        facts.add("us-gaap:Revenues", start: "2018-01-01", end: "2018-12-31", value: 111e6, accession: "0000000001-19-000001", filed: "2019-02-01")
        facts.add("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", start: "2019-01-01", end: "2019-12-31", value: 120e6,
                  accession: "0000000001-20-000001", filed: "2020-02-01")
        let plan = try plan(facts)
        #expect(figure(plan, .revenue, 2017)?.concept == "us-gaap:SalesRevenueNet")
        #expect(figure(plan, .revenue, 2018)?.concept == "us-gaap:Revenues")
        #expect(figure(plan, .revenue, 2018)?.valueUSD == 111_000_000)
        #expect(figure(plan, .revenue, 2019)?.concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")
    }

    @Test("a January year end labels each year by the calendar year it ends in, ignoring fy, fp and frame")
    func januaryYearEnd() throws {
        var facts = CompanyFactsBuilder()
        // 52-week years ending on the last Sunday of January, like NVIDIA's.
        facts.add("us-gaap:Revenues", start: "2023-01-30", end: "2024-01-28", value: 60_922e6, accession: "0000000002-24-000001",
                  filed: "2024-02-21", fy: 2023, fp: "FY", frame: "CY2023")
        facts.add("us-gaap:Revenues", start: "2024-01-29", end: "2025-01-26", value: 130_497e6, accession: "0000000002-25-000001",
                  filed: "2025-02-26", fy: 2024, fp: "FY", frame: "CY2024")
        let plan = try plan(facts)
        #expect(plan.company.fiscalYearEndMonth == 1)
        #expect(figure(plan, .revenue, 2024)?.valueUSD == 60_922_000_000)
        #expect(figure(plan, .revenue, 2025)?.valueUSD == 130_497_000_000)
        #expect(figure(plan, .revenue, 2023) == nil)
    }

    @Test("a 53-week year is annual, a quarter is not, and a year ending on January 1 belongs to December")
    func fiftyThreeWeeks() throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2022-09-25", end: "2023-09-30", value: 371e6,
                  accession: "0000000003-23-000001", filed: "2023-11-03")
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2023-07-02", end: "2023-09-30", value: 91e6,
                  accession: "0000000003-23-000001", filed: "2023-11-03")
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2021-09-26", end: "2022-09-24", value: 364e6,
                  accession: "0000000003-22-000001", filed: "2022-10-28")
        let plan = try plan(facts)
        #expect(plan.company.fiscalYearEndMonth == 9)
        #expect(figure(plan, .capex, 2023)?.valueUSD == 371_000_000)
        #expect(figure(plan, .capex, 2022)?.valueUSD == 364_000_000)
        #expect(plan.figures.count == 2)

        var december = CompanyFactsBuilder()
        december.add("us-gaap:Revenues", start: "2021-01-04", end: "2022-01-02", value: 5e6, accession: "0000000004-22-000001", filed: "2022-02-20")
        december.add("us-gaap:Revenues", start: "2022-01-03", end: "2022-12-31", value: 6e6, accession: "0000000004-23-000001", filed: "2023-02-20")
        let plan2 = try self.plan(december)
        #expect(plan2.company.fiscalYearEndMonth == 12)
        #expect(figure(plan2, .revenue, 2021)?.valueUSD == 5_000_000)
        #expect(figure(plan2, .revenue, 2022)?.valueUSD == 6_000_000)
    }

    @Test("May and June year ends give the fiscal year of the period end", arguments: [("2023-06-01", "2024-05-31", 5), ("2023-07-01", "2024-06-30", 6)])
    func mayAndJune(start: String, end: String, month: Int) throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:Revenues", start: start, end: end, value: 1e9, accession: "0000000005-24-000001", filed: "2024-07-30")
        let plan = try plan(facts)
        #expect(plan.company.fiscalYearEndMonth == month)
        #expect(figure(plan, .revenue, 2024)?.periodEnd == end)
    }

    @Test("the same period in a 10-K, a 10-Q and an 8-K is kept once, from the earliest filing")
    func duplicatesAcrossFilings() throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 7e9, accession: "0000000006-24-000003",
                  form: "8-K", filed: "2024-05-15")
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 7e9, accession: "0000000006-24-000001",
                  form: "10-K", filed: "2024-02-01")
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 7e9, accession: "0000000006-24-000002",
                  form: "10-Q", filed: "2024-04-30")
        let plan = try plan(facts)
        #expect(plan.figures.count == 1)
        #expect(plan.figures[0].source.accession == "0000000006-24-000001")
        #expect(plan.figures[0].source.form == "10-K")
        #expect(plan.restatements.isEmpty)
        let latest = try self.plan(facts, basis: .latest)
        #expect(latest.figures[0].source.accession == "0000000006-24-000003")
    }

    @Test("a restated value is recorded with both filings; --basis latest keeps the new value")
    func restatement() throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2022-01-01", end: "2022-12-31", value: 500e6,
                  accession: "0000000007-23-000001", filed: "2023-02-01")
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2022-01-01", end: "2022-12-31", value: 520e6,
                  accession: "0000000007-24-000001", filed: "2024-02-01")
        let first = try plan(facts)
        #expect(figure(first, .capex, 2022)?.valueUSD == 500_000_000)
        #expect(first.restatements.count == 1)
        #expect(first.restatements[0].old == .init(valueUSD: 500_000_000, accession: "0000000007-23-000001", form: "10-K", filed: "2023-02-01"))
        #expect(first.restatements[0].new.accession == "0000000007-24-000001")
        let latest = try self.plan(facts, basis: .latest)
        #expect(figure(latest, .capex, 2022)?.valueUSD == 520_000_000)

        let database = try CapexDatabase.emptyInMemory()
        _ = try database.apply([first])
        let stored = try database.restatements()
        #expect(stored.count == 1)
        #expect(stored[0].change.map { abs($0 - 0.04) < 1e-12 } == true)
    }

    @Test("company-specific and unlisted concepts are ignored, whatever their names")
    func companySpecificConcept() throws {
        var facts = CompanyFactsBuilder()
        facts.add("goog:PaymentsToAcquirePropertyPlantAndEquipment", start: "2023-01-01", end: "2023-12-31", value: 9e9,
                  accession: "0000000008-24-000001", filed: "2024-02-01")
        facts.add("msft:DepreciationAmortizationAndOther", start: "2023-01-01", end: "2023-12-31", value: 3e9,
                  accession: "0000000008-24-000001", filed: "2024-02-01")
        facts.add("us-gaap:PaymentsToAcquireOtherPropertyPlantAndEquipment", start: "2023-01-01", end: "2023-12-31", value: 1e9,
                  accession: "0000000008-24-000001", filed: "2024-02-01")
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 20e9, accession: "0000000008-24-000001", filed: "2024-02-01")
        let plan = try plan(facts)
        #expect(plan.figures.map(\.metric) == [.revenue])
    }

    @Test("values are whole dollars and stored exactly; non-USD units are skipped with a note")
    func unitsAndValues() throws {
        var facts = CompanyFactsBuilder()
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 1_234_567, accession: "0000000009-24-000001", filed: "2024-02-01")
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2023-01-01", end: "2023-12-31", value: 5e9,
                  accession: "0000000009-24-000001", filed: "2024-02-01", unit: "EUR")
        let plan = try plan(facts)
        #expect(figure(plan, .revenue, 2023)?.valueUSD == 1_234_567)
        #expect(figure(plan, .capex, 2023) == nil)
        #expect(plan.notes.contains { $0.contains("PaymentsToAcquirePropertyPlantAndEquipment") && $0.contains("EUR") })
        let database = try CapexDatabase.emptyInMemory()
        _ = try database.apply([plan])
        #expect(try database.companyYears().first?[.revenue].value == 1.234567)
    }

    @Test("a figure from another source is kept beside the bundled one, reported as a conflict, and the bundled one stays in use")
    func conflictWithBundled() throws {
        var facts = CompanyFactsBuilder(cik: 1_652_044, entityName: "ALPHABET INC.")
        facts.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "2025-01-01", end: "2025-12-31", value: 90_000e6,
                  accession: "0000000010-26-000001", filed: "2026-02-05")
        let database = try CapexDatabase.inMemory()
        let report = try database.apply([try plan(facts)])
        #expect(report.conflicts.count == 1)
        let conflict = try #require(report.conflicts.first)
        #expect(conflict.values.map(\.valueUSDMillions) == [91_447, 90_000])
        #expect(conflict.values.map(\.inUse) == [true, false])
        #expect(try database.companyYears(ciks: [1_652_044], from: 2025, to: 2025).first?[.capex].value == 91_447)
        #expect(try database.conflicts().count == 1)
    }

    @Test("the known-companies list gives the ticker; --ticker and --role override it")
    func tickersAndRoles() throws {
        var facts = CompanyFactsBuilder(cik: 320_193, entityName: "Apple Inc.")
        facts.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 1e9, accession: "0000000011-24-000001", filed: "2024-02-01")
        #expect(try plan(facts).company.ticker == "AAPL")
        let custom = try importer.plan(data: facts.json, file: "t.json", ticker: "apl", role: "hyperscaler")
        #expect(custom.company.ticker == "APL")
        #expect(custom.company.role == "hyperscaler")
        var unknown = CompanyFactsBuilder(cik: 9_999_002)
        unknown.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 1e9, accession: "0000000011-24-000002", filed: "2024-02-01")
        let plan = try plan(unknown)
        #expect(plan.company.ticker == nil)
        #expect(plan.company.displayTicker == "CIK9999002")
        #expect(plan.company.role == "other")
    }

    @Test("a ticker already naming another company is refused and nothing of the import is written")
    func tickerClash() throws {
        let database = try CapexDatabase.inMemory()
        let before = try database.snapshot()
        var good = CompanyFactsBuilder(cik: 9_999_003)
        good.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 1e9, accession: "0000000012-24-000001", filed: "2024-02-01")
        var clash = CompanyFactsBuilder(cik: 9_999_004)
        clash.add("us-gaap:Revenues", start: "2023-01-01", end: "2023-12-31", value: 2e9, accession: "0000000013-24-000001", filed: "2024-02-01")
        let plans = [try plan(good), try importer.plan(data: clash.json, file: "clash.json", ticker: "GOOGL")]
        let error = try #require(throws: ImportError.self) { try database.apply(plans) }
        #expect(error.description.contains("ticker GOOGL already names CIK 1652044"))
        #expect(try database.snapshot() == before)
    }
}
