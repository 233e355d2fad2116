import CapexModel
import Testing

@Suite("Peer-set aggregates")
struct PeerSetTests {
    @Test("peer sums add the members' filed figures and weight intensity by revenue")
    func sums() throws {
        let peers = PeerSet(role: "hyperscaler", members: [Filings.alphabet, Filings.microsoft])
        let alphabet2024 = Filings.alphabet2024
        let microsoft2024 = Filings.microsoft2024
        let years = peers.years(from: [alphabet2024, microsoft2024], definition: .cash)
        let year = try #require(years.first)
        #expect(year.capex.value == 52_535.0 + 44_477.0)
        #expect(year.revenue.value == 350_018.0 + 245_122.0)
        #expect(year.weightedIntensity.value == (52_535.0 + 44_477) / (350_018 + 245_122))
        #expect(year.capex.evidence == .derived)
    }

    @Test("a year with a member missing has unresolved totals, not a partial sum")
    func missingMember() throws {
        let peers = PeerSet(role: "hyperscaler", members: [Filings.alphabet, Filings.microsoft])
        let years = peers.years(from: [Filings.alphabet2025], definition: .cash)
        let year = try #require(years.first)
        #expect(year.missing.map(\.displayTicker) == ["MSFT"])
        #expect(year.capex == .unresolved)
        #expect(year.weightedIntensity == .unresolved)
    }

    @Test("a member lacking its finance-lease figure is named, and the milestones say they cannot tell")
    func lackingFigure() throws {
        // Alphabet's FY2024 cash capex and revenue without its finance-lease figures: a member
        // that does not disclose them, as Oracle's rows in the bundled data do not.
        let alphabet = Filings.year(Filings.alphabet, 2024, [.revenue: 350_018, .capex: 52_535])
        let peers = PeerSet(role: "hyperscaler", members: [Filings.alphabet, Filings.microsoft])
        let years = peers.years(from: [alphabet, Filings.microsoft2024], definition: .withLeases)
        let year = try #require(years.first)
        #expect(year.missing.isEmpty)
        #expect(year.lacking.map(\.company.displayTicker) == ["GOOGL"])
        #expect(year.lacking.first?.figures == [.financeLeases])
        #expect(!year.isComplete)
        #expect(year.capex == .unresolved)
        // Revenue is still summed: only capex lacks a member's figure.
        #expect(year.revenue.value == 350_018.0 + 245_122)
        let milestones = CapexMilestone.milestones(years, thresholdsUSDMillions: [90_000])
        #expect(milestones.first?.fiscalYear == nil)
        #expect(milestones.first?.unknownYears == [2024])
        // With cash capex nothing is lacking: 52,535 + 44,477 = 97,012 passes $90B in FY2024.
        let cash = peers.years(from: [alphabet, Filings.microsoft2024], definition: .cash)
        #expect(cash.first?.lacking.isEmpty == true)
        let known = try #require(CapexMilestone.milestones(cash, thresholdsUSDMillions: [90_000]).first)
        #expect(known.fiscalYear == 2024)
        #expect(known.unknownYears.isEmpty)
    }

    @Test("growth needs the previous fiscal year")
    func growth() throws {
        let peers = PeerSet(role: "hyperscaler", members: [Filings.alphabet])
        let years = peers.years(from: [Filings.alphabet2024, Filings.alphabet2025], definition: .cash)
        #expect(years[0].capexGrowth == .unresolved)
        #expect(abs(try #require(years[1].capexGrowth.value) - (91_447.0 / 52_535 - 1)) < 1e-12)
    }

    @Test("the milestone year is the first whose capex reaches the threshold")
    func milestones() {
        let peers = PeerSet(role: "hyperscaler", members: [Filings.alphabet])
        let years = peers.years(from: [Filings.alphabet2024, Filings.alphabet2025], definition: .cash)
        let milestones = CapexMilestone.milestones(years, thresholdsUSDMillions: [50_000, 60_000, 100_000])
        #expect(milestones.map(\.fiscalYear) == [2024, 2025, nil])
    }

    @Test("only companies with the peer role are members")
    func membership() {
        let vendor = Company(cik: 1_045_810, ticker: "NVDA", name: "NVIDIA", role: "accelerator_vendor")
        let peers = PeerSet(role: PeerSet.hyperscalerRole, among: [Filings.meta, vendor, Filings.alphabet])
        #expect(peers.members.map(\.displayTicker) == ["GOOGL", "META"])
    }
}
