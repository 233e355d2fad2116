import CapexData
@testable import CapexReport
import CapexTestSupport
import Foundation
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("random objects round-trip through the strict reader, and Foundation's parser reads the same values")
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
            #expect(parsed == normalised(.object(object)), "\(text)")
            // Foundation's parser finds the same keys and strings.
            let foundation = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(Set(foundation.keys) == Set(object.keys))
            for (key, value) in object { if case .string(let string) = value { #expect(foundation[key] as? String == string) } }
        }
    }

    /// A tree as the writer prints it: whole doubles become integers.
    func normalised(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: .integer(Int64(number))
        case .array(let elements): .array(elements.map(normalised))
        case .object(let members): .object(members.mapValues(normalised))
        default: value
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
