import CapexData
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
            var object: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                switch Int.random(in: 0...6, using: &generator) {
                case 0: object[randomString()] = .string(randomString())
                case 1: object[randomString()] = .integer(Int64.random(in: -1_000_000...1_000_000, using: &generator))
                case 2: object[randomString()] = .number(Double.random(in: -1e6...1e6, using: &generator))
                case 3: object[randomString()] = .null
                case 4: object[randomString()] = .array([.string(randomString()), .number(Double.random(in: 0...1, using: &generator))])
                case 5: object[randomString()] = .bool(Bool.random(using: &generator))
                default: object[randomString()] = .object(["inner": .string(randomString())])
                }
            }
            let text = JSONWriter.text(.object(object))
            // The strict reader gives back the same tree (whole doubles come back as integers).
            let parsed = try StrictJSON.parse(Array(text.utf8))
            #expect(JSONWriter.text(parsed) == text, "\(text)")
            for (key, value) in object {
                guard case .number(let number) = value else { continue }
                #expect(parsed[key]?.number == number, "\(key)")
            }
        }
    }

    @Test("keys in natural order; whole numbers without a decimal point")
    func layout() {
        let text = JSONWriter.text(["p25": 1, "p5": 2.5, "10": 3, "9": 4, "a_b": 5, "ab": 6, "empty": [], "none": .object([:])])
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
