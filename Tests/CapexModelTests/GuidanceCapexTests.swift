import CapexModel
import Testing

/// ``GuidanceCapex``: a calendar year's capex from the guidance ledger.
@Suite("First-year capex from the guidance ledger")
struct GuidanceCapexTests {
    static let source = Source(key: "call", title: "earnings call")

    static func company(_ ticker: String, _ cik: Int) -> Company { Company(cik: cik, ticker: ticker, name: ticker, role: "hyperscaler") }

    static func guide(_ company: Company, _ label: String, _ start: String, _ end: String, said: String, low: Double? = nil, high: Double? = nil,
                      point: Double? = nil, definition: String = "capital expenditures") -> GuidanceEntry {
        GuidanceEntry(company: company, periodLabel: label, start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!, definition: definition,
                      low: low, high: high, point: point, qualifier: nil, announced: said, occasion: nil, evidence: .estimated, tier: .primary,
                      source: source, note: nil)
    }

    static func year(_ company: Company, _ fiscalYear: Int, cash: Double, principal: Double) -> CompanyYear {
        CompanyYear(company: company, fiscalYear: fiscalYear, periodStart: "\(fiscalYear)-01-01", periodEnd: "\(fiscalYear)-12-31",
                    figures: [.capex: StatementFigure(figure: Figure(cash, .reported)), .financeLeasePrincipal: StatementFigure(figure: Figure(principal, .reported))])
    }

    @Test("the latest revision's middle, prorated by days, the uncovered days at the latest rate, converted to the projection's definition")
    func total() throws {
        let calendar = Self.company("CAL", 1), fiscal = Self.company("FIS", 2), leases = Self.company("LEA", 3)
        var withPrincipal = Self.year(leases, 2025, cash: 90_000, principal: 10_000)
        withPrincipal.company.capexLeaseLine = .principal
        let guidance = [
            Self.guide(calendar, "CY2026", "2026-01-01", "2026-12-31", said: "2026-02-01", low: 90, high: 110),
            Self.guide(calendar, "CY2026", "2026-01-01", "2026-12-31", said: "2026-04-29", low: 110, high: 130), // raised: 120
            Self.guide(calendar, "CY2025", "2025-01-01", "2025-12-31", said: "2025-10-29", point: 75),         // another year
            // A fiscal year to 30 June: 181 of its 365 days fall in 2026; July-December has no guide.
            Self.guide(fiscal, "FY2026", "2025-07-01", "2026-06-30", said: "2026-03-10", point: 73),
            Self.guide(leases, "CY2026", "2026-01-01", "2026-12-31", said: "2026-04-29", point: 50, definition: "capital expenditures including finance lease principal"),
        ]
        let parts = try GuidanceCapex.total(year: 2026, members: [calendar, fiscal, leases], guidance: guidance,
                                            companyYears: [withPrincipal], definition: .cash).get()
        #expect(parts.map(\.company.displayTicker) == ["CAL", "FIS", "LEA"])
        #expect(parts[0].value == 120)
        // 73 x 181/365 for January-June, and the 184 days of July-December at the same daily rate: 73 in all.
        #expect(abs(parts[1].value - 73) < 1e-9)
        #expect(parts[1].basis.contains("181/365 days") && parts[1].basis.contains("184 days no guide covers"))
        // With-leases guidance on a cash projection: x 90,000 / 100,000.
        #expect(abs(parts[2].value - 45) < 1e-9)
        #expect(parts[2].basis.contains("x 0.9"))
    }

    @Test("a member without a numbered guide for the year, or with no year to convert by, is named")
    func failures() {
        let calendar = Self.company("CAL", 1)
        let qualitative = Self.guide(calendar, "CY2026", "2026-01-01", "2026-12-31", said: "2025-10-29")
        #expect(GuidanceCapex.total(year: 2026, members: [calendar], guidance: [qualitative], companyYears: [], definition: .cash)
            == .failure(.noGuidance(ticker: "CAL", year: 2026)))
        let leases = Self.guide(calendar, "CY2026", "2026-01-01", "2026-12-31", said: "2026-04-29", point: 50, definition: "capex incl. finance leases")
        #expect(GuidanceCapex.total(year: 2026, members: [calendar], guidance: [leases], companyYears: [], definition: .cash)
            == .failure(.noConversion(ticker: "CAL", from: .withLeases, to: .cash)))
    }

    @Test("raising any member's guide raises the total by the same amount on its own definition")
    func monotone() throws {
        let calendar = Self.company("CAL", 1)
        var previous = -Double.infinity
        for point in stride(from: 10.0, through: 300, by: 10) {
            let parts = try GuidanceCapex.total(year: 2026, members: [calendar], guidance: [Self.guide(calendar, "CY2026", "2026-01-01", "2026-12-31", said: "2026-04-29", point: point)],
                                                companyYears: [], definition: .cash).get()
            #expect(parts[0].value > previous)
            previous = parts[0].value
        }
    }
}
