import CapexModel
import Testing

/// ``LeverageRow``: debt / PP&E and interest cover from financing facts.
@Suite("Leverage: debt against PP&E, interest cover")
struct LeverageTests {
    static let company = Company(cik: 1_769_628, ticker: "CRWV", name: "CoreWeave, Inc.", role: "neocloud")

    static func fact(_ metric: String, _ start: String?, _ end: String, _ value: Double, _ evidence: EvidenceStatus = .reported) -> FinancingFact {
        FinancingFact(company: company, start: start.flatMap { CalendarDate(iso: $0) }, end: CalendarDate(iso: end)!, metric: metric,
                      figure: Figure(value, evidence), definition: metric, source: Source(key: metric + end, title: "10-Q"), tier: .primary, note: nil)
    }

    @Test("ratios of the same date or period only, from the strongest evidence where two rows give a figure")
    func ratios() throws {
        let rows = LeverageRow.rows([
            Self.fact("debt_outstanding", "2025-12-31", "2025-12-31", 21_373),
            Self.fact("pp_e_net", "2025-12-31", "2025-12-31", 30_600, .estimated),
            Self.fact("debt_outstanding", "2026-03-31", "2026-03-31", 24_859), // no PP&E at this date: no ratio
            Self.fact("operating_income", "2025-07-01", "2025-09-30", 51.9),
            Self.fact("operating_income", "2025-07-01", "2025-09-30", 43.6, .estimated), // weaker: not used
            Self.fact("interest_expense", "2025-07-01", "2025-09-30", 310.6),
            Self.fact("interest_expense", "2025-01-01", "2025-09-30", 841.4), // nine months: no operating income for it
        ])
        #expect(rows.count == 2)
        let debt = try #require(rows.first { $0.measure == .debtToPPE })
        #expect(debt.figure.value == 21_373.0 / 30_600 && debt.figure.evidence == .estimated)
        let cover = try #require(rows.first { $0.measure == .interestCover })
        #expect(cover.figure.value == 51.9 / 310.6 && cover.figure.evidence == .derived)
        #expect(cover.start?.description == "2025-07-01")
    }

    @Test("interest cover falls as interest grows, and is below one when operating income is below interest")
    func monotone() {
        var previous = Double.infinity
        for interest in stride(from: 10.0, through: 1_000, by: 10) {
            let cover = LeverageRow.rows([Self.fact("operating_income", "2026-01-01", "2026-03-31", 100),
                                          Self.fact("interest_expense", "2026-01-01", "2026-03-31", interest)])[0].figure.value ?? .nan
            #expect(cover < previous)
            #expect((cover < 1) == (interest > 100))
            previous = cover
        }
    }
}
