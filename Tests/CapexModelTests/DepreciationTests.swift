import CapexModel
import CapexTestSupport
import Testing

@Suite("Depreciation schedules and useful lives")
struct DepreciationTests {
    @Test("a vintage's charges sum to its cost and end after its life", arguments: [1.0, 2, 2.5, 3, 4, 5, 5.5, 6, 14])
    func chargesSumToOne(life: Double) {
        let schedule = DepreciationSchedule(life: life)
        let total = (0...schedule.maximumAge + 3).map(schedule.charge).reduce(0, +)
        #expect(abs(total - 1) < 1e-12)
        #expect(schedule.charge(age: Int(life.rounded(.up)) + 1) == 0, "an asset leaves service after its life")
    }

    @Test("cumulative depreciation is never higher with a longer life; with growing capex, neither is any year's")
    func longerLifeNeverRaises() {
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<200 {
            var capex: [Int: Figure] = [:]
            var level = Double.random(in: 1...100, using: &generator)
            for year in 2000...2030 {
                level *= Double.random(in: 1.0...1.4, using: &generator)
                capex[year] = Figure(level, .reported)
            }
            let lives = [2.0, 3, 4, 5, 5.5, 6, 8]
            for (short, long) in zip(lives, lives.dropFirst()) {
                var cumulativeShort = 0.0
                var cumulativeLong = 0.0
                for year in 2010...2030 {
                    let a = DepreciationSchedule(life: short).depreciation(in: year, capexByYear: capex).value!
                    let b = DepreciationSchedule(life: long).depreciation(in: year, capexByYear: capex).value!
                    cumulativeShort += a
                    cumulativeLong += b
                    #expect(b <= a + 1e-9)
                    #expect(cumulativeLong <= cumulativeShort + 1e-9)
                }
            }
        }
    }

    @Test("a year whose vintages are not all known is unresolved, not a partial sum")
    func unresolvedBeforeHistory() {
        let capex: [Int: Figure] = [2020: Figure(100, .reported), 2021: Figure(100, .reported)]
        #expect(DepreciationSchedule(life: 5).depreciation(in: 2021, capexByYear: capex) == .unresolved)
        // Life 1: half in the year spent, half the next: 2021 = 50 + 50.
        #expect(DepreciationSchedule(life: 1).depreciation(in: 2021, capexByYear: capex).value == 100)
    }

    @Test("the policy life follows the stated changes")
    func policyLife() throws {
        let source = Source(key: "k", title: "10-K")
        let changes = [(3.0, 4.0, "2020-01-01"), (4, 5, "2022-01-01"), (5, 6, "2024-01-01"), (6, 5, "2025-01-01")].map {
            UsefulLifeChange(company: "Amazon", assetClass: "servers", fromYears: $0.0, toYears: $0.1, effective: $0.2,
                             statedImpact: "", tier: .primary, source: source, note: nil)
        }
        let capex = Dictionary(uniqueKeysWithValues: (2012...2025).map { ($0, Figure(100, .reported)) })
        let comparison = UsefulLifeComparison(capexByYear: capex, lives: [4, 6], serverShare: Figure(0.5, .estimated), changes: changes)
        #expect(comparison.years.first { $0.fiscalYear == 2019 }?.policyLife == 3)
        #expect(comparison.years.first { $0.fiscalYear == 2024 }?.policyLife == 6)
        #expect(comparison.years.first { $0.fiscalYear == 2025 }?.policyLife == 5)
        // Constant server capex of 50: every life depreciates 50 a year once the history covers it.
        let last = try #require(comparison.years.last?.depreciation)
        #expect(last.count == comparison.lives.count && !last.isEmpty)
        #expect(last.allSatisfy { abs(($0.value ?? 0) - 50) < 1e-9 })
        #expect(comparison.estimates.count == 4)
    }
}
