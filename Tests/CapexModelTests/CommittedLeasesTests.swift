import CapexModel
import CapexTestSupport
import Testing

/// ``CommittedLeases`` and the capex definitions built on it.
@Suite("Capex with committed leases and net of customer hardware")
struct CommittedLeasesTests {
    static let company = Company(cik: 1, ticker: "TEST", name: "Test Corp", role: "hyperscaler")
    static let note = Source(key: "lease-note", title: "10-K lease note")

    static func balance(_ end: String, _ metric: String, _ value: Double, _ evidence: EvidenceStatus = .reported) -> FinancingFact {
        let date = CalendarDate(iso: end)!
        return FinancingFact(company: company, start: date, end: date, metric: metric, figure: Figure(value, evidence), definition: metric,
                             source: note, tier: .primary, note: nil)
    }

    static func year(_ fiscalYear: Int, start: String, end: String, cash: Double, leases: Double) -> CompanyYear {
        CompanyYear(company: company, fiscalYear: fiscalYear, periodStart: start, periodEnd: end,
                    figures: [.capex: StatementFigure(figure: Figure(cash, .reported)),
                              .financeLeaseAssetsObtained: StatementFigure(figure: Figure(leases, .reported))])
    }

    @Test("a year's increase is the closing balance minus the opening one; parts of a balance are summed; a missing end leaves it out")
    func increase() throws {
        let facts = [
            Self.balance("2024-06-30", "leases_not_yet_commenced_finance", 108_400),
            Self.balance("2024-06-30", "leases_not_yet_commenced_operating", 8_600),
            Self.balance("2025-06-30", "leases_not_yet_commenced", 92_700),
            Self.balance("2026-06-28", "leases_not_yet_commenced", 329_100), // a 52/53-week year end two days early
            Self.balance("2026-06-28", "debt_outstanding", 46_136),
        ]
        let years = CommittedLeases.attach(to: [
            Self.year(2024, start: "2023-07-01", end: "2024-06-30", cash: 44_477, leases: 20_000),
            Self.year(2025, start: "2024-07-01", end: "2025-06-30", cash: 64_551, leases: 20_511),
            Self.year(2026, start: "2025-07-01", end: "2026-06-30", cash: 88_000, leases: 24_000),
        ], facts: facts)
        // No balance at 2023-06-30: FY2024 has no increase, and its committed capex is unresolved.
        #expect(years[0][.committedLeaseIncrease] == .unresolved)
        #expect(CapexDefinition.withCommittedLeases.capex(of: years[0], leaseLine: .assetsObtained).figure == .unresolved)
        // FY2025: 92,700 - (108,400 + 8,600) = -24,300 (more leases commenced than were signed).
        #expect(years[1][.committedLeaseIncrease] == Figure(-24_300, .derived))
        #expect(years[2][.committedLeaseIncrease] == Figure(236_400, .derived))
        let fy2026 = CapexDefinition.withCommittedLeases.capex(of: years[2], leaseLine: .assetsObtained)
        #expect(fy2026.figure.value == 348_400) // 88,000 cash + 24,000 finance leases + 236,400
        #expect(fy2026.basis.contains("leases not yet commenced"))
        #expect(years[2].figures[.committedLeaseIncrease]?.source == Self.note)
    }

    @Test("with-committed-leases differs from with-leases by exactly the increase, in every year that has one")
    func conservation() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let opening = Double.random(in: 0...400_000, using: &generator), closing = Double.random(in: 0...400_000, using: &generator)
            let facts = [Self.balance("2025-12-31", "leases_not_yet_commenced", opening), Self.balance("2026-12-31", "leases_not_yet_commenced", closing)]
            let year = CommittedLeases.attach(to: [Self.year(2026, start: "2026-01-01", end: "2026-12-31", cash: Double.random(in: 0...200_000, using: &generator),
                                                            leases: Double.random(in: 0...50_000, using: &generator))], facts: facts)[0]
            let withLeases = try #require(CapexDefinition.withLeases.capex(of: year, leaseLine: .assetsObtained).figure.value)
            let committed = try #require(CapexDefinition.withCommittedLeases.capex(of: year, leaseLine: .assetsObtained).figure.value)
            #expect(abs(committed - withLeases - (closing - opening)) < 1e-6)
        }
    }

    @Test("net of customer hardware subtracts a reported figure and is unresolved without one")
    func customerHardware() {
        var year = Self.year(2026, start: "2026-01-01", end: "2026-12-31", cash: 10_000, leases: 0)
        #expect(CapexDefinition.netOfCustomerHardware.capex(of: year, leaseLine: .assetsObtained).figure == .unresolved)
        year.figures[.customerSuppliedHardware] = StatementFigure(figure: Figure(1_500, .reported))
        #expect(CapexDefinition.netOfCustomerHardware.capex(of: year, leaseLine: .assetsObtained).figure == Figure(8_500, .derived))
    }
}
