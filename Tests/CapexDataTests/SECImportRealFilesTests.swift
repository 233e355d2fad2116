@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("SEC import of the real companyfacts files", .needsSharedData)
struct SECImportRealFilesTests {
    static let companyfacts = Fixtures.sharedData.appendingPathComponent("sec/companyfacts")

    func importInto(_ database: CapexDatabase, _ file: String, basis: FilingBasis = .first) throws -> ImportReport {
        let plan = try SECImporter().plan(contentsOf: Self.companyfacts.appendingPathComponent(file), basis: basis)
        return try database.apply([plan])
    }

    @Test("Alphabet's companyfacts into an empty database gives FY2015-FY2025 figures equal to financials.csv")
    func alphabetEqualsFinancials() throws {
        let database = try CapexDatabase.emptyInMemory()
        _ = try importInto(database, "CIK0001652044.json")
        let years = try database.companyYears(ciks: [1_652_044])
        let filed = try FiledFigures()
        let columns: [(String, FinancialMetric)] = [
            ("revenue_usd_m", .revenue), ("capex_usd_m", .capex), ("operating_cash_flow_usd_m", .operatingCashFlow),
            ("depreciation_amortization_usd_m", .depreciationAmortization),
            ("finance_lease_assets_obtained_usd_m", .financeLeaseAssetsObtained), ("finance_lease_principal_usd_m", .financeLeasePrincipal),
        ]
        var compared = 0
        for fiscalYear in 2015...2025 {
            let year = try #require(years.first { $0.fiscalYear == fiscalYear })
            #expect(year.company.ticker == "GOOGL")
            for (column, metric) in columns {
                guard let expected = filed.value("GOOGL", fiscalYear, column) else { continue }
                #expect(year[metric].value == expected, "FY\(fiscalYear) \(column)")
                #expect(year[metric].evidence == .reported)
                compared += 1
            }
            #expect(year[.revenue].isResolved && year[.capex].isResolved)
        }
        #expect(compared == 11 * 3 + 5 + 4 + 4)
    }

    @Test("Alphabet's revenue is stitched from Revenues and, for FY2022, RevenueFromContractWithCustomerExcludingAssessedTax")
    func alphabetStitching() throws {
        let database = try CapexDatabase.emptyInMemory()
        let report = try importInto(database, "CIK0001652044.json")
        let concepts = try #require(report.companies.first?.concepts[.revenue])
        #expect(concepts["us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"] == [2022])
        #expect(concepts["us-gaap:Revenues"]?.contains(2021) == true)
        let year = try #require(try database.companyYears(ciks: [1_652_044], from: 2022, to: 2022).first)
        #expect(year.figures[.revenue]?.concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")
    }

    @Test("Alphabet FY2015 capex is 9,915 as first reported and 9,950 on the latest basis; the restatement is listed")
    func alphabetRestatement() throws {
        let first = try CapexDatabase.emptyInMemory()
        _ = try importInto(first, "CIK0001652044.json")
        #expect(try first.companyYears(ciks: [1_652_044], from: 2015, to: 2015).first?[.capex].value == 9_915)
        let restatement = try #require(try first.restatements().first { $0.fiscalYear == 2015 && $0.metric == .capex })
        #expect(restatement.old.valueUSD == 9_915_000_000)
        #expect(restatement.new.valueUSD == 9_950_000_000)
        #expect(restatement.new.accession == "0001652044-17-000008")

        let latest = try CapexDatabase.emptyInMemory()
        _ = try importInto(latest, "CIK0001652044.json", basis: .latest)
        #expect(try latest.companyYears(ciks: [1_652_044], from: 2015, to: 2015).first?[.capex].value == 9_950)
    }

    /// Checked by hand against CIK0000320193.json: the facts of accession 0000320193-23-000106
    /// (10-K filed 2023-11-03, period 2022-09-25 to 2023-09-30) give RevenueFromContract... =
    /// 383285000000 and PaymentsToAcquirePropertyPlantAndEquipment = 10959000000; accession
    /// 0001193125-09-214859 (10-K filed 2009-10-27, period 2007-09-30 to 2008-09-27) gives
    /// SalesRevenueNet = 32479000000 and PaymentsToAcquireProductiveAssets = 1091000000, and the
    /// 10-K/A 0001193125-10-012091 of 2010-01-25 restates that revenue to 37491000000.
    @Test("Apple's fiscal years end in September, with revenue and capex as filed")
    func appleSeptemberYears() throws {
        let database = try CapexDatabase.emptyInMemory()
        let report = try importInto(database, "CIK0000320193.json")
        #expect(report.companies.first?.company.fiscalYearEndMonth == 9)
        #expect(report.companies.first?.company.ticker == "AAPL")
        let years = try database.companyYears(ciks: [320_193])
        let fy2023 = try #require(years.first { $0.fiscalYear == 2023 })
        #expect(fy2023.periodEnd == "2023-09-30")
        #expect(fy2023[.revenue].value == 383_285)
        #expect(fy2023[.capex].value == 10_959)
        #expect(fy2023.figures[.capex]?.source?.accession == "0000320193-23-000106")
        let fy2008 = try #require(years.first { $0.fiscalYear == 2008 })
        #expect(fy2008.periodEnd == "2008-09-27")
        #expect(fy2008[.revenue].value == 32_479)
        #expect(fy2008.figures[.revenue]?.concept == "us-gaap:SalesRevenueNet")
        #expect(fy2008[.capex].value == 1_091)
        #expect(fy2008.figures[.capex]?.concept == "us-gaap:PaymentsToAcquireProductiveAssets")
        let restated = try #require(try database.restatements().first { $0.fiscalYear == 2008 && $0.metric == .revenue })
        #expect(restated.new.valueUSD == 37_491_000_000)
        #expect(restated.new.form == "10-K/A")
        #expect(Set(years.map(\.fiscalYear)) == Set(2007...2025))
    }

    @Test("importing Alphabet over the bundled figures finds no conflict and changes nothing the second time")
    func overBundledAndIdempotent() throws {
        let database = try CapexDatabase.inMemory()
        let first = try importInto(database, "CIK0001652044.json")
        #expect(first.conflicts.isEmpty)
        #expect(first.companies.first?.company.role == "hyperscaler")
        let before = try database.snapshot()
        let second = try importInto(database, "CIK0001652044.json")
        #expect(!second.changed)
        #expect(second.companies.first?.added == 0)
        let after = try database.snapshot()
        let difference = after.split(separator: "\n").difference(from: before.split(separator: "\n"))
        #expect(difference.isEmpty, "\(difference.prefix(6).map { "\($0)" })")
    }
}
