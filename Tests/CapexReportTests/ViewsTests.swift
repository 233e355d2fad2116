import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation
import Testing

@Suite("Views of the bundled data")
struct ViewsTests {
    let database: CapexDatabase
    var service: CapexService { CapexService(database: database) }
    init() throws { database = try CapexDatabase.inMemory() }

    func jsonRows(_ result: some Encodable) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(TableRenderer.json(result).utf8)) as? [[String: Any]])
    }

    @Test("the headline lists the five hyperscalers' latest years and their total")
    func headline() throws {
        let headline = try service.headline()
        let rows = try jsonRows(headline)
        #expect(rows.map { $0["ticker"] as? String } == ["AMZN", "GOOGL", "META", "MSFT", "ORCL", "Total"])
        // Latest fiscal years: FY2025 for AMZN, GOOGL and META, FY2026 for MSFT (10-K filed 2026-07-29) and ORCL.
        #expect(rows.map { $0["fiscal_year"] as? Int } == [2025, 2025, 2025, 2026, 2026, nil])
        #expect(rows.last?["capex_usd_m"] as? Int == 131_819 + 91_447 + 69_691 + 115_948 + 55_663)
        // Each company's trailing twelve months to its latest quarter: Microsoft's FY2026 Q4 ends in 2026Q2.
        #expect(rows[3]["ttm_as_of"] as? String == "2026Q2")
        #expect(abs((rows[3]["capex_intensity_ttm"] as? Double ?? 0) - 115_948.0 / 331_839) < 1e-12)
        #expect(rows.last?["capex_usd_m_evidence"] as? String == "estimated")
        let text = TableRenderer.render(HeadlineTable.make(headline), as: .table)
        // FY2015: 5,387 + 5,944 + 9,915 + 2,523 + 1,391 = 25,160.
        #expect(text.contains("FY2015 $25.2B -> FY2025 $378.7B"))
        #expect(text.contains("capexgap sources"))
    }

    @Test("peers mark FY2021 as the year combined capex passed $100B and FY2024 $200B")
    func peerMilestones() throws {
        let rows = try jsonRows(try service.peers(PeersRequest()))
        let marked = rows.compactMap { row -> String? in
            guard let milestone = row["milestone"] as? String, !milestone.isEmpty else { return nil }
            return "\(row["fiscal_year"] ?? "") \(milestone)"
        }
        // FY2020 sums to 94,541 and FY2021 to 127,140; FY2023 to 149,048 and FY2024 to 224,133.
        #expect(marked == ["2021 passed $100B", "2024 passed $200B"])
    }

    @Test("the essay view states a verdict for each of the five rows")
    func essay() throws {
        let rows = try jsonRows(try service.essay())
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { ($0["verdict"] as? String)?.isEmpty == false })
        let microsoft = try #require(rows.first { $0["ticker"] as? String == "MSFT" })
        // Microsoft FY2024: 44,477 cash capex + 11,633 finance-lease assets = 56,110 against a printed ~$55B.
        #expect(microsoft["capex_definition"] as? String == "cash capex + finance-lease assets")
        #expect(microsoft["capex_filed_usd_m"] as? Int == 56_110)
        #expect(microsoft["mixes_years"] as? Bool == false)
    }
}
