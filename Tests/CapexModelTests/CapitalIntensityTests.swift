import CapexModel
import Testing

@Suite("Capital-intensity metrics")
struct CapitalIntensityTests {
    let bands = RegimeBands([
        RegimeBand(id: "software", label: "software", lower: 0.03, upper: 0.06, source: Filings.tenK),
        RegimeBand(id: "early_cloud", label: "early cloud", lower: 0.10, upper: 0.15, source: Filings.tenK),
        RegimeBand(id: "infrastructure", label: "infrastructure", lower: 0.20, upper: nil, source: Filings.tenK),
    ])

    @Test("capex intensity of Alphabet FY2025 is 22.70%, as capex-atlas also reports")
    func alphabetIntensity() throws {
        let row = CapitalIntensityRow(year: Filings.alphabet2025, previous: Filings.alphabet2024, definition: .cash, bands: bands)
        let intensity = try #require(row.capexIntensity.value)
        // capex-atlas README: Alphabet FY2025 capex / revenue 22.7% (anchors.csv).
        #expect(NumberText.percent(intensity) == "22.70%")
        #expect(row.capexIntensity.evidence == .derived)
        #expect(row.regime == .within(bands.bands[2]))
    }

    @Test("Alphabet FY2025 capex / depreciation is 4.33x, matching capex-atlas")
    func alphabetCapexToDepreciation() throws {
        let row = CapitalIntensityRow(year: Filings.alphabet2025, previous: nil, definition: .cash, bands: bands)
        // capex-atlas README: "$91.4B PP&E purchases vs $21.1B depreciation", 4.33x.
        #expect(NumberText.fixed(try #require(row.capexToDepreciation.value), digits: 2) == "4.33")
    }

    @Test("growth compares with the same company's previous fiscal year only")
    func growth() throws {
        let row = CapitalIntensityRow(year: Filings.alphabet2025, previous: Filings.alphabet2024, definition: .cash, bands: bands)
        // 91,447 / 52,535 - 1 from the two 10-Ks.
        #expect(abs(try #require(row.capexGrowth.value) - (91_447.0 / 52_535.0 - 1)) < 1e-12)
        let gap = CapitalIntensityRow(year: Filings.alphabet2025, previous: Filings.microsoft2024, definition: .cash, bands: bands)
        #expect(gap.capexGrowth == .unresolved)
    }

    @Test("free cash flow variants satisfy their identities")
    func freeCashFlowIdentities() throws {
        let year = Filings.microsoft2024
        let row = CapitalIntensityRow(year: year, previous: nil, definition: .withLeases, bands: bands)
        let ocf = try #require(year[.operatingCashFlow].value)
        let capex = try #require(year[.capex].value)
        let principal = try #require(year[.financeLeasePrincipal].value)
        #expect(row.freeCashFlowReported.value == ocf - capex)
        #expect(row.freeCashFlowLeaseAdjusted.value == ocf - capex - principal)
    }

    @Test("with leases, Microsoft FY2024 capex adds the $11,633M of finance-lease assets to $44,477M of cash capex")
    func withLeasesUsesAssetsObtained() {
        let (figure, basis) = CapexDefinition.withLeases.capex(of: Filings.microsoft2024, leaseLine: .assetsObtained)
        #expect(figure == Figure(44_477 + 11_633, .derived))
        #expect(basis == "cash + finance-lease assets obtained")
    }

    @Test("with leases holds one line still: Meta's principal payments in 2024 too, where assets obtained are also disclosed")
    func withLeasesHoldsTheLineStill() {
        // Principal is disclosed in both years, assets obtained in 2024 only.
        let line = LeaseLine.choose(stated: nil, periods: [Filings.meta2024, Filings.meta2025])
        #expect(line == .principal)
        // Meta's own "capital expenditures, including principal payments on finance leases":
        // $39.23B for 2024 (37,256 + 1,969) and 72,215 for 2025 (69,691 + 2,524).
        #expect(CapexDefinition.withLeases.capex(of: Filings.meta2024, leaseLine: line).figure.value == 39_225)
        #expect(CapexDefinition.withLeases.capex(of: Filings.meta2025, leaseLine: line).figure.value == 72_215)
        let rows = CapitalIntensityRow.rows(for: [Filings.meta2024, Filings.meta2025].map { year in
            var year = year
            year.company.capexLeaseLine = .principal
            return year
        }, definition: .withLeases, bands: bands)
        // 72,215 / 39,225 - 1 = 84.1%, not 93% as when 2024 used assets obtained.
        #expect(NumberText.percent(try! #require(rows.last?.capexGrowth.value), digits: 1) == "84.1%")
    }

    @Test("without a stated line, the one disclosed in most periods is used in every period")
    func leaseLineByMajority() {
        let principalOnly = Filings.year(Filings.meta, 2023, [.capex: 27_266, .financeLeasePrincipal: 1_058])
        #expect(LeaseLine.choose(stated: nil, periods: [principalOnly, Filings.meta2025]) == .principal)
        #expect(LeaseLine.choose(stated: nil, periods: [Filings.meta2024, Filings.microsoft2024]) == .assetsObtained)
        // A year without the chosen line is unresolved, not computed with the other line.
        #expect(CapexDefinition.withLeases.capex(of: Filings.meta2025, leaseLine: .assetsObtained).figure == .unresolved)
        #expect(CapexDefinition.withLeases.capex(of: Filings.microsoft2024, leaseLine: .principal).figure.value.map { Int($0.rounded()) } == 44_477 + 1_286)
    }

    @Test("with leases is unresolved, not cash capex, when no lease figure exists")
    func withLeasesUnresolved() {
        let year = Filings.year(Filings.alphabet, 2015, [.revenue: 74_989, .capex: 9_915])
        #expect(CapexDefinition.withLeases.capex(of: year, leaseLine: .assetsObtained).figure == .unresolved)
        #expect(CapexDefinition.withLeases.capex(of: year, leaseLine: .principal).figure == .unresolved)
        #expect(CapexDefinition.cash.capex(of: year, leaseLine: .assetsObtained).figure == Figure(9_915, .reported))
    }

    @Test("a missing D&A leaves capex / D&A unresolved while other metrics resolve")
    func missingDepreciation() {
        let year = Filings.year(Filings.meta, 2015, [.revenue: 17_928, .capex: 2_523])
        let row = CapitalIntensityRow(year: year, previous: nil, definition: .cash, bands: bands)
        #expect(row.capexToDepreciation == .unresolved)
        #expect(row.freeCashFlowReported == .unresolved)
        #expect(row.capexIntensity.isResolved)
    }

    @Test("rows for many companies come out grouped by ticker, oldest year first")
    func rowOrder() {
        let rows = CapitalIntensityRow.rows(for: [Filings.microsoft2024, Filings.alphabet2025, Filings.alphabet2024],
                                            definition: .cash, bands: bands)
        #expect(rows.map { "\($0.year.company.displayTicker) \($0.year.fiscalYear)" } == ["GOOGL 2024", "GOOGL 2025", "MSFT 2024"])
        #expect(rows[1].capexGrowth.isResolved)
    }
}
