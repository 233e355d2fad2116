import CapexModel
import Testing

@Suite("Evidence status and figures")
struct EvidenceTests {
    @Test("statuses order from reported (strongest) to unresolved (weakest)")
    func ordering() {
        #expect(EvidenceStatus.allCases.sorted() == [.reported, .derived, .estimated, .scenario, .unresolved])
        #expect(EvidenceStatus.weakest([.reported, .estimated, .derived]) == .estimated)
    }

    @Test("a value computed from reported figures is derived, never reported")
    func derivedFromReported() {
        #expect(EvidenceStatus.derived(from: [.reported, .reported]) == .derived)
        #expect(Figure.ratio(Figure(91_447, .reported), Figure(402_836, .reported)).evidence == .derived)
    }

    @Test("a computed value takes the weakest status of its inputs", arguments: [
        ([EvidenceStatus.reported, .estimated], EvidenceStatus.estimated),
        ([.derived, .scenario], .scenario),
        ([.estimated, .scenario, .reported], .scenario),
    ])
    func weakestInputWins(inputs: [EvidenceStatus], expected: EvidenceStatus) {
        let figures = inputs.map { Figure(1, $0) }
        #expect(Figure.sum(figures).evidence == expected)
    }

    @Test("a missing input gives an unresolved value with no number, never zero")
    func missingInputIsUnresolved() {
        let capex = Figure(2_523, .estimated)
        let depreciation = Figure.unresolved
        let ratio = Figure.ratio(capex, depreciation)
        #expect(ratio.value == nil)
        #expect(ratio.evidence == .unresolved)
        #expect(Figure.sum([capex, depreciation]).value == nil)
    }

    @Test("division by zero is unresolved rather than infinite")
    func divisionByZero() {
        #expect(Figure.ratio(Figure(10, .reported), Figure(0, .reported)) == .unresolved)
        #expect(Figure(.infinity, .reported) == .unresolved)
    }

    @Test("summing one figure keeps its evidence; summing several derives")
    func sumOfOne() {
        #expect(Figure.sum([Figure(44_477, .reported)]) == Figure(44_477, .reported))
        #expect(Figure.sum([Figure(44_477, .reported), Figure(11_633, .reported)]) == Figure(56_110, .derived))
        #expect(Figure.sum([]) == .unresolved)
    }

    @Test("data words map to statuses, secondary meaning estimated")
    func dataWords() {
        #expect(EvidenceStatus(dataWord: "secondary") == .estimated)
        #expect(EvidenceStatus(dataWord: "Reported") == .reported)
        #expect(EvidenceStatus(dataWord: "rumour") == nil)
    }
}
