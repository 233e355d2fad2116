@testable import CapexReport
import CapexTestSupport
import Foundation
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("random objects round-trip through Foundation's parser")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 5)
        let alphabet = Array("ab_09\"\\/\n\t\u{01}é€😀 ")
        func randomString() -> String { String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        for _ in 0..<300 {
            var object: [String: Any] = [:]
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                switch Int.random(in: 0...5, using: &generator) {
                case 0: object[randomString()] = randomString()
                case 1: object[randomString()] = Int.random(in: -1_000_000...1_000_000, using: &generator)
                case 2: object[randomString()] = Double.random(in: -1e6...1e6, using: &generator)
                case 3: object[randomString()] = NSNull()
                case 4: object[randomString()] = [randomString(), Double.random(in: 0...1, using: &generator)] as [Any]
                default: object[randomString()] = ["inner": randomString()]
                }
            }
            let text = JSONWriter.text(object)
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
            // Foundation writes both the same way exactly when the parse gave back the values.
            let expected = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            #expect(try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys]) == expected, "\(text)")
        }
    }

    @Test("keys in natural order; whole numbers without a decimal point")
    func layout() {
        let text = JSONWriter.text(["p25": 1, "p5": 2.5, "10": 3, "9": 4, "a_b": 5, "ab": 6, "empty": [Any](), "none": [String: Any]()])
        #expect(text == """
        {
          "9" : 4,
          "10" : 3,
          "a_b" : 5,
          "ab" : 6,
          "empty" : [],
          "none" : {},
          "p5" : 2.5,
          "p25" : 1
        }

        """)
    }
}
