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
        let curated = try CSVTable(contentsOf: Fixtures.packageRoot.appendingPathComponent("Sources/CapexData/Dataset/financials_curated.csv"))
        var replaced: [String: Double] = [:]
        for row in curated.rows {
            replaced["\(try row.required("ticker")) \(try row.required("fiscal_year")) \(try row.required("metric"))"] = try row.requiredDouble("value_usd_m")
        }
        var compared = 0, curatedCompared = 0
        for (ticker, byYear) in filed.values {
            for (fiscalYear, columns) in byYear {
                let year = try year(ticker, fiscalYear)
                for (column, metric) in [("revenue_usd_m", FinancialMetric.revenue), ("capex_usd_m", .capex),
                                         ("capex_net_usd_m", .capexNet), ("operating_cash_flow_usd_m", .operatingCashFlow),
                                         ("depreciation_amortization_usd_m", .depreciationAmortization),
                                         ("finance_lease_assets_obtained_usd_m", .financeLeaseAssetsObtained),
                                         ("finance_lease_principal_usd_m", .financeLeasePrincipal)] {
                    // A figure financials_curated.csv replaces or adds is that file's; every other is the shared file's.
                    if let value = replaced["\(ticker) \(fiscalYear) \(metric.rawValue)"] {
                        #expect(year[metric].value == value, "\(ticker) FY\(fiscalYear) \(column) (curated)")
                        curatedCompared += 1
                    } else {
                        #expect(year[metric].value == columns[column], "\(ticker) FY\(fiscalYear) \(column)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared + curatedCompared == 58 * 7)
        // Meta FY2015-FY2020 (capex, D&A, operating cash flow, 2019-20 lease principal), Oracle FY2024-FY2025 (three each)
        // and Oracle's FY2025 finance-lease assets.
        #expect(curatedCompared == 6 * 3 + 2 + 2 * 3 + 1)
    }

    @Test("the bundled copy of each data file is identical to ../shared/data", .needsSharedData, arguments: [
        "financials", "seed_table", "anchors", "ai_revenue", "unit_costs", "useful_life_changes", "capex_mix", "analogs", "gdp",
    ])
    func bundledCopyIsIdentical(name: String) throws {
        let bundled = Fixtures.packageRoot.appendingPathComponent("Sources/CapexData/Dataset/\(name).csv")
        let shared = Fixtures.sharedData.appendingPathComponent("\(name).csv")
        #expect(try Data(contentsOf: bundled) == Data(contentsOf: shared))
    }

    @Test("Meta FY2015 capex is the FY2015 10-K's (2,523), no longer an aggregator's; FY2021 capex is still estimated")
    func perFigureEvidence() throws {
        let year = try year("META", 2015)
        #expect(year[.revenue].evidence == .reported)
        #expect(year[.capex] == Figure(2_523, .reported))
        #expect(year.figures[.capex]?.source?.title.contains("0001326801-16-000043") == true)
        #expect(year.figures[.revenue]?.source?.accession == "0001326801-17-000007")
        // D&A and depreciation alone, as filed in the same 10-K.
        #expect(year[.depreciationAmortization] == Figure(1_945, .reported))
        #expect(year[.depreciation] == Figure(1_220, .reported))
        #expect(try self.year("META", 2021)[.capex].evidence == .estimated)
    }

    @Test("Oracle FY2025 figures are the 10-K's exact values as quoted by third parties: estimated")
    func oracleEstimated() throws {
        let year = try year("ORCL", 2025)
        #expect(year[.revenue] == Figure(57_399, .estimated))
        #expect(year[.capex] == Figure(21_215, .estimated))
        #expect(year.figures[.capex]?.source?.title.contains("0000950170-25-087926") == true)
    }

    @Test("Microsoft FY2026 comes from its 10-K filed 2026-07-29")
    func microsoftFY2026() throws {
        let year = try year("MSFT", 2026)
        #expect(year[.revenue] == Figure(331_839, .reported))
        #expect(year[.capex] == Figure(115_948, .reported))
        #expect(year[.financeLeaseAssetsObtained] == Figure(24_608, .reported))
        #expect(year.figures[.capex]?.source?.title.contains("0001193125-26-323660") == true)
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

    @Test("sources say what they support", arguments: [("META", "StockAnalysis", EvidenceStatus.estimated)])
    func sources(ticker: String, titleFragment: String, evidence: EvidenceStatus) throws {
        let meta = try #require(try database.companies().first { $0.ticker == ticker })
        let usages = try database.sourceUsages(ciks: [meta.cik])
        let usage = try #require(usages.first { $0.source.title.contains(titleFragment) })
        #expect(usage.source.evidence == evidence)
        // Only FY2021 capex is still an aggregator's: FY2015-FY2020 now cite the 10-Ks.
        #expect(usage.supports == ["META FY2021: capex"])
        #expect(usages.allSatisfy { $0.tickers == ["META"] })
    }
}
