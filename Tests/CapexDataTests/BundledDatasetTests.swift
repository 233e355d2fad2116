import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Bundled dataset")
struct BundledDatasetTests {
    let database: CapexDatabase
    let years: [CompanyYear]

    init() throws {
        database = try CapexDatabase.inMemory()
        years = try database.companyYears()
    }

    func year(_ ticker: String, _ fiscalYear: Int) throws -> CompanyYear {
        try #require(years.first { $0.company.ticker == ticker && $0.fiscalYear == fiscalYear })
    }

    @Test("Alphabet FY2025 capex is $91,447M on revenue of $402,836M, from its FY2025 10-K")
    func alphabet2025() throws {
        let year = try year("GOOGL", 2025)
        #expect(year[.capex] == Figure(91_447, .reported))
        #expect(year[.revenue] == Figure(402_836, .reported))
        #expect(year.figures[.capex]?.source?.accession == "0001652044-26-000018")
        #expect(year.figures[.capex]?.concept == "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")
    }

    @Test("Microsoft FY2024 capex is $44,477M on revenue of $245,122M, fiscal year ending 2024-06-30")
    func microsoft2024() throws {
        let year = try year("MSFT", 2024)
        #expect(year[.capex].value == 44_477)
        #expect(year[.revenue].value == 245_122)
        #expect(year.periodEnd == "2024-06-30")
        #expect(year.company.fiscalYearEndMonth == 6)
    }

    @Test("every revenue and capex figure equals ../shared/data/financials.csv", .needsSharedData)
    func equalsSharedFile() throws {
        let filed = try FiledFigures()
        var compared = 0
        for (ticker, byYear) in filed.values {
            for (fiscalYear, columns) in byYear {
                let year = try year(ticker, fiscalYear)
                for (column, metric) in [("revenue_usd_m", FinancialMetric.revenue), ("capex_usd_m", .capex),
                                         ("capex_net_usd_m", .capexNet), ("operating_cash_flow_usd_m", .operatingCashFlow),
                                         ("depreciation_amortization_usd_m", .depreciationAmortization),
                                         ("finance_lease_assets_obtained_usd_m", .financeLeaseAssetsObtained),
                                         ("finance_lease_principal_usd_m", .financeLeasePrincipal)] {
                    #expect(year[metric].value == columns[column], "\(ticker) FY\(fiscalYear) \(column)")
                    compared += 1
                }
            }
        }
        #expect(compared == 58 * 7)
    }

    @Test("the bundled copy of each data file is identical to ../shared/data", .needsSharedData, arguments: [
        "financials", "seed_table", "anchors", "ai_revenue", "unit_costs", "useful_life_changes", "capex_mix", "analogs", "gdp",
    ])
    func bundledCopyIsIdentical(name: String) throws {
        let bundled = Fixtures.packageRoot.appendingPathComponent("Sources/CapexData/Dataset/\(name).csv")
        let shared = Fixtures.sharedData.appendingPathComponent("\(name).csv")
        #expect(try Data(contentsOf: bundled) == Data(contentsOf: shared))
    }

    @Test("Meta FY2015 revenue is reported but its aggregator capex is estimated")
    func perFigureEvidence() throws {
        let year = try year("META", 2015)
        #expect(year[.revenue].evidence == .reported)
        #expect(year[.capex].evidence == .estimated)
        #expect(year.figures[.capex]?.source?.title.contains("Financial Modeling Prep") == true)
        #expect(year.figures[.revenue]?.source?.accession == "0001326801-17-000007")
        #expect(year[.depreciationAmortization] == .unresolved)
    }

    @Test("Oracle FY2025 figures from third-party pages are estimated")
    func oracleEstimated() throws {
        let year = try year("ORCL", 2025)
        #expect(year[.revenue] == Figure(57_399, .estimated))
        #expect(year[.capex] == Figure(21_210, .estimated))
    }

    @Test("Amazon FY2015 gross capex cites the FY2017 10-K, its other figures the FY2015 10-K")
    func splitCitation() throws {
        let year = try year("AMZN", 2015)
        #expect(year.figures[.capex]?.source?.title == "SEC Form 10-K FY2017, Amazon.com, Inc.")
        #expect(year.figures[.revenue]?.source?.title == "SEC Form 10-K FY2015, Amazon.com, Inc.")
        #expect(year[.capex].value == 5_387)
    }

    @Test("the regime bands are the essay's 3-6%, 10-15% and 20%+")
    func regimeBands() throws {
        let bands = try database.regimeBands().bands
        #expect(bands.map(\.rangeText) == ["3-6%", "10-15%", "20%+"])
        #expect(bands.allSatisfy { $0.source.title.contains("AI CapEx vs AI Monetization") })
    }

    @Test("the essay's table is loaded as printed, in order")
    func essayRows() throws {
        let rows = try database.essayRows()
        #expect(rows.map(\.ticker) == ["AMZN", "MSFT", "GOOGL", "META", "ORCL"])
        #expect(rows[0].printed.revenue == "~$575B")
        #expect(rows[2].capexUSDBillions == 52)
    }

    @Test("sources say what they support", arguments: [("META", "Financial Modeling Prep", EvidenceStatus.estimated)])
    func sources(ticker: String, titleFragment: String, evidence: EvidenceStatus) throws {
        let meta = try #require(try database.companies().first { $0.ticker == ticker })
        let usages = try database.sourceUsages(ciks: [meta.cik])
        let usage = try #require(usages.first { $0.source.title.contains(titleFragment) })
        #expect(usage.source.evidence == evidence)
        // FY2015-FY2018 cite the aggregator's "Capital Expenditure" field; FY2019-FY2020 its cash-flow page.
        #expect(usage.supports == ["META FY2015-FY2018: capex"])
        #expect(usages.allSatisfy { $0.tickers == ["META"] })
    }
}
