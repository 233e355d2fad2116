import CapexData
import CapexModel
import CapexService
import CapexTestSupport
import Foundation
import Testing

@Suite("Commitments, financing, guidance and deals")
struct BalanceSheetTests {
    let service: CapexService
    init() throws { service = CapexService(database: try CapexDatabase.inMemory()) }

    @Test("a commitment is set against the company's revenue over the four quarters to its date")
    func yearsOfRevenue() throws {
        let rows = try service.commitments(CompanyFilter(tickers: ["MSFT"])).rows
        let total = try #require(rows.first { $0.commitment.metric == "rpo_total" && $0.commitment.periodEnd == CalendarDate(iso: "2026-06-30") })
        #expect(total.commitment.figure == Figure(684_000, .reported))
        // Microsoft's FY2026 revenue, the four quarters to 2026-06-30: 331,839.
        #expect(total.ttmRevenue.value.map { Int($0.rounded()) } == 331_839)
        #expect(abs((total.commitment.yearsOfRevenue(total.ttmRevenue).value ?? 0) - 684_000.0 / 331_839) < 1e-9)
    }

    @Test("the guidance ledger sets Alphabet's 2025 guidance against the cash capex then filed for 2025")
    func guidance() throws {
        let rows = try service.guidance(CompanyFilter(tickers: ["GOOGL"])).rows.filter { $0.entry.periodLabel == "CY2025" }
        #expect(rows.count >= 3)
        // Alphabet's four 2025 quarters add up to its FY2025 10-K: 91,447.
        #expect(rows.allSatisfy { $0.actual.value.map { abs($0 - 91.447) < 1e-6 } == true })
        // Guidance rose through the year: $75B in February, $91-93B in October.
        let said = rows.sorted { $0.entry.announced < $1.entry.announced }.compactMap(\.entry.midpoint)
        #expect(said.first == 75 && said.last == 92)
    }

    @Test("Amazon's guidance, net of proceeds and incentives, is set against its net line: 128,320 for 2025 from the 10-K")
    func guidanceNet() throws {
        let rows = try service.guidance(CompanyFilter(tickers: ["AMZN"])).rows.filter { $0.entry.periodLabel == "CY2025" }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.entry.capexDefinition == .net })
        #expect(rows.allSatisfy { $0.actual.value.map { abs($0 - 128.32) < 1e-9 } == true })
    }

    @Test("a guided fiscal year whose quarters lack the lease line is checked against the 10-K's year: Microsoft FY2025 with leases 85,062")
    func guidanceAnnualFallback() throws {
        let rows = try service.guidance(CompanyFilter(tickers: ["MSFT"])).rows
        // The $80B blog figure names no lease definition: cash, from the four quarters (64,551 in the 10-K).
        let blog = try #require(rows.first { $0.entry.periodLabel == "FY2025" && $0.entry.midpoint == 80 })
        #expect(blog.actual.value.map { abs($0 - 64.551) < 1e-9 } == true && !blog.fromAnnualReport)
        // "Capital expenditures incl. finance leases": 64,551 + 20,511 of finance-lease assets obtained, from the 10-K.
        let withLeases = try #require(rows.first { $0.entry.periodLabel == "FY2025" && $0.entry.capexDefinition == .withLeases })
        #expect(withLeases.actual.value.map { abs($0 - 85.062) < 1e-9 } == true && withLeases.fromAnnualReport)
        // A calendar 2026 guide is no fiscal year of Microsoft's: it stays unresolved until its quarters are filed.
        #expect(rows.first { $0.entry.periodLabel == "CY2026" }?.actual == .unresolved)
    }

    @Test("deals narrowed to an entity keep only its deals; an unknown entity is a usage error naming the valid ones")
    func dealsFocus() throws {
        let openai = try service.deals(entity: "openai")
        #expect(!openai.graph.deals.isEmpty && openai.graph.deals.allSatisfy { $0.payer == "openai" || $0.payee == "openai" })
        #expect { try service.deals(entity: "nobody") } throws: { ($0 as? any UserInputError)?.message.contains("openai") == true }
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(openai)) as? [String: Any])
        #expect((json["edges"] as? [Any])?.count == openai.graph.deals.count)
        #expect(json["nodes"] is [Any])
    }
}
