import CapexModel
import Testing

@Suite("Number formatting")
struct NumberTextTests {
    @Test("grouping and decimals ignore the locale", arguments: [
        (91_447.0, 0, "91,447"), (1_659_849.0, 0, "1,659,849"), (-73_266.4, 1, "-73,266.4"), (0.0, 2, "0.00"), (999.995, 2, "1,000.00"),
    ])
    func grouped(value: Double, digits: Int, text: String) {
        #expect(NumberText.grouped(value, digits: digits) == text)
    }

    @Test("percentages and signed growth")
    func percentages() {
        #expect(NumberText.percent(91_447.0 / 402_836.0) == "22.70%")
        #expect(NumberText.signedPercent(0.741) == "+74.1%")
        #expect(NumberText.signedPercent(-0.0336) == "-3.4%")
        #expect(NumberText.signedPercent(0.00001) == "0.0%")
    }

    @Test("billions from millions")
    func billions() {
        #expect(NumberText.billions(fromMillions: 378_718) == "$378.7B")
        #expect(NumberText.billions(fromMillions: 100_000, digits: 0) == "$100B")
        #expect(NumberText.billions(fromMillions: -394) == "-$0.4B")
    }

    @Test("non-finite values print as empty text")
    func nonFinite() {
        #expect(NumberText.fixed(.nan, digits: 2) == "")
        #expect(NumberText.percent(.infinity) == "")
    }
}
