import CapexModel
import Testing

@Suite("Essay reconciliation")
struct EssayReconciliationTests {
    static let essay = Source(key: "essay", title: "founding essay", evidence: .estimated)

    /// The essay's Alphabet row as printed: ~$307B revenue, ~$52B capex, ~17%.
    let alphabetRow = EssayRow(company: "Alphabet", ticker: "GOOGL", revenueUSDBillions: 307, capexUSDBillions: 52,
                               capexPercent: 17, printed: .init(revenue: "~$307B", capex: "~$52B", percent: "~17%"), source: essay)

    @Test("Alphabet's printed revenue is FY2023 and its capex FY2024: the row mixes years")
    func alphabetMixesYears() throws {
        let fy2023 = Filings.year(Filings.alphabet, 2023, [.revenue: 307_394, .capex: 32_251, .financeLeaseAssetsObtained: 564])
        let item = EssayReconciliation(row: alphabetRow, years: [fy2023, Filings.alphabet2024, Filings.alphabet2025])
        let revenue = try #require(item.revenue)
        let capex = try #require(item.capex)
        #expect(revenue.fiscalYear == 2023)
        #expect(revenue.quality == .withinRounding)
        #expect(capex.fiscalYear == 2024)
        #expect(capex.definition == "cash capex")
        #expect(item.mixesYears)
        #expect(item.verdict.hasPrefix("Mixes fiscal years"))
    }

    @Test("a printed capex far from every filed figure is reported as no match, with the nearest")
    func noMatch() throws {
        let row = EssayRow(company: "Alphabet", ticker: "GOOGL", revenueUSDBillions: 350, capexUSDBillions: 70,
                           capexPercent: 20, printed: .init(revenue: "~$350B", capex: "~$70B", percent: "~20%"), source: Self.essay)
        let item = EssayReconciliation(row: row, years: [Filings.alphabet2024, Filings.alphabet2025])
        #expect(item.capex?.quality == FilingMatch.Quality.none)
        #expect(item.verdict.contains("matches no filed figure"))
    }

    @Test("without filed figures the verdict says so")
    func noFilings() {
        let item = EssayReconciliation(row: alphabetRow, years: [])
        #expect(item.revenue == nil)
        #expect(item.verdict.contains("No filed figures"))
    }
}
