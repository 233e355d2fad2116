import CapexData
import CapexModel
import Testing

/// capex-atlas publishes ratios computed from SEC data (bundled anchors.csv, model
/// `capex_atlas`); CapexGap's metrics on the bundled filings must agree to the published digit.
@Suite("Cross-check with capex-atlas")
struct CapexAtlasCrossCheckTests {
    @Test("capex intensity and capex / depreciation agree with capex-atlas's published values", arguments: [
        ("capex_intensity_alphabet_fy2025", "GOOGL", 2025),
        ("capex_intensity_meta_fy2025", "META", 2025),
        ("capex_to_depreciation_alphabet", "GOOGL", 2025),
    ])
    func agrees(quantity: String, ticker: String, fiscalYear: Int) throws {
        let anchors = try CSVTable(contentsOf: try #require(BundledFile.url("anchors")))
        let row = try #require(anchors.rows.first { $0.text("model") == "capex_atlas" && $0.text("quantity") == quantity })
        let published = try row.requiredDouble("value")
        let unit = try row.required("unit")

        let database = try CapexDatabase.inMemory()
        let year = try #require(try database.companyYears().first { $0.company.ticker == ticker && $0.fiscalYear == fiscalYear })
        let metrics = CapitalIntensityRow(year: year, previous: nil, definition: .cash, bands: try database.regimeBands())
        if unit == "pct" {
            #expect(NumberText.fixed(try #require(metrics.capexIntensity.value) * 100, digits: 1) == NumberText.fixed(published, digits: 1))
        } else {
            #expect(NumberText.fixed(try #require(metrics.capexToDepreciation.value), digits: 2) == NumberText.fixed(published, digits: 2))
        }
    }
}
