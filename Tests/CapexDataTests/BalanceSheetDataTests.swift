@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing

@Suite("Balance-sheet data: commitments, financing, deals, guidance")
struct BalanceSheetDataTests {
    @Test("every curated row has a source with an address and a tier; a row without one is refused")
    func everyRowCited() throws {
        let data = try BalanceSheetData.bundled()
        #expect(data.commitments.count > 40 && data.financing.count > 70 && data.deals.count > 50 && data.guidance.count > 30)
        let sources = data.commitments.map(\.source) + data.financing.map(\.source) + data.deals.map(\.source) + data.guidance.map(\.source)
        #expect(sources.allSatisfy { !$0.title.isEmpty && !($0.url ?? "").isEmpty })
        // Only a primary source's figure is reported; the rest are estimates.
        #expect(data.commitments.allSatisfy { $0.tier == .primary || $0.figure.evidence == .estimated })
        let header = "ticker,evidence,tier,source_title,source_url\n"
        for (row, column) in [("MSFT,reported,P,A title,\n", "source_url"), ("MSFT,reported,,A title,https://example.com\n", "tier"),
                              ("MSFT,reported,P,,https://example.com\n", "source_title")] {
            let table = try CSVTable(text: header + row, file: "commitments.csv")
            #expect { try BalanceSheetData.Cited(table.rows[0]) } throws: { "\($0)".contains(column) && "\($0)".contains("commitments.csv") }
        }
    }

    @Test("the deals graph conserves amounts: the inflows add up to the deals, and what comes back is counted on both sides")
    func conservation() throws {
        let data = try BalanceSheetData.bundled()
        let graph = DealGraph(entities: data.entities, deals: data.deals)
        let flows = graph.flows
        #expect(abs(flows.map(\.inflow).reduce(0, +) - graph.total) < 1e-9)
        #expect(abs(flows.map(\.outflow).reduce(0, +) - graph.total) < 1e-9)
        for flow in flows {
            #expect(flow.comesBack <= min(flow.inflow, flow.outflow) + 1e-9)
            for (payer, amount) in flow.circular {
                let other = try #require(flows.first { $0.entity.id == payer })
                #expect(other.circular.contains { $0.payer == flow.entity.id && abs($0.amount - amount) < 1e-9 })
            }
        }
        // Deals without an amount count nowhere but are named on both of their entities.
        #expect(flows.map(\.undisclosed).reduce(0, +) == 2 * graph.undisclosedCount)
        #expect(graph.undisclosedCount > 0)
        // Unverified claims are not drawn as facts.
        #expect(graph.deals.allSatisfy { $0.tier != .unverified })
    }

    @Test("commitments read from the shared inline-XBRL 10-Ks equal the document's printed values, dimensions included", .needsSharedData)
    func inlineXBRL() throws {
        let folder = Fixtures.sharedData.appendingPathComponent("sec/ixbrl-10k")
        let alphabet = try InlineXBRL(data: try Data(contentsOf: folder.appendingPathComponent("googl-10-k-2025-02-05.html")), file: "googl")
        let backlog = try #require(alphabet.facts("us-gaap:RevenueRemainingPerformanceObligation", undimensioned: true).first)
        #expect(backlog.printed == "93.2" && backlog.scale == 9 && backlog.value == 93.2e9 && backlog.end == CalendarDate(iso: "2024-12-31"))
        // Amazon tags its $177B with a typed dimension (expected timing from 2025-01-01), which companyfacts drops.
        let amazon = try InlineXBRL(data: try Data(contentsOf: folder.appendingPathComponent("amzn-10-k-2025-02-07.html")), file: "amzn")
        let obligations = try #require(amazon.facts("us-gaap:RevenueRemainingPerformanceObligation").first)
        #expect(obligations.value == 177e9)
        #expect(obligations.dimensions["us-gaap:RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis"] == "2025-01-01")
        // The bundled rows for these dates carry the same values.
        let data = try BalanceSheetData.bundled()
        #expect(data.commitments.first { $0.company.ticker == "GOOGL" && $0.periodEnd == backlog.end }?.figure == Figure(93_200, .reported))
        #expect(data.commitments.first { $0.company.ticker == "AMZN" && $0.periodEnd == obligations.end }?.figure == Figure(177_000, .reported))
        // Leases on the balance sheet, also read with their context.
        let leases = alphabet.facts("us-gaap:FinanceLeaseLiability", undimensioned: true)
        #expect(leases.allSatisfy { $0.value > 0 })
    }
}
