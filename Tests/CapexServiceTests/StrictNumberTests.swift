import CapexModel
import CapexTestSupport
import Testing

@Suite("The one number parser")
struct StrictNumberTests {
    @Test("plain decimal numbers are read", arguments: [
        ("12", 12.0), ("-12", -12.0), ("+0.5", 0.5), ("0.6", 0.6), (".5", 0.5), ("5.", 5.0), ("1e3", 1000.0), ("2.5E-2", 0.025),
    ])
    func reads(text: String, value: Double) {
        #expect(StrictNumber.parse(text) == value)
    }

    @Test("hexadecimal, underscores, booleans, infinities and overflow are refused", arguments: [
        "0x10", "1_000", "true", "inf", "-inf", "nan", "NaN", "1e308000", "1e309", "", " ", " 1", "1 ", "1,000", "e5", ".", "-", "1e", "1e+",
        "0b1", "١٢", "12abc", "--1",
    ])
    func refuses(text: String) {
        #expect(StrictNumber.parse(text) == nil)
    }

    @Test("random strings: whatever is accepted is a finite number that prints back to the same value")
    func randomStrings() {
        var generator = SeededGenerator(seed: 20261129)
        let alphabet = Array("0123456789+-.eExX_ ainf,")
        var accepted = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            guard let value = StrictNumber.parse(text) else { continue }
            accepted += 1
            #expect(value.isFinite)
            #expect(!text.contains("x") && !text.contains("_") && !text.contains(" ") && !text.contains(","))
            #expect(StrictNumber.parse("\(value)") == value)
        }
        #expect(accepted > 100)
    }
}
