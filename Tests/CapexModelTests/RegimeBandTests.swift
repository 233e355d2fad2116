import CapexModel
import Testing

@Suite("Regime bands")
struct RegimeBandTests {
    static let source = Source(key: "essay", title: "essay", evidence: .estimated)
    let bands = RegimeBands([
        RegimeBand(id: "infrastructure", label: "infrastructure", lower: 0.20, upper: nil, source: source),
        RegimeBand(id: "software", label: "software", lower: 0.03, upper: 0.06, source: source),
        RegimeBand(id: "early_cloud", label: "early cloud", lower: 0.10, upper: 0.15, source: source),
    ])

    @Test("bands are kept sorted by their lower bound whatever the input order")
    func sorted() {
        #expect(bands.bands.map(\.id) == ["software", "early_cloud", "infrastructure"])
    }

    @Test("an intensity is placed within, between or below the bands", arguments: [
        (0.01, "<software"), (0.03, "software"), (0.06, "software"), (0.08, "software–early cloud"),
        (0.1049, "early cloud"), (0.1501, "early cloud–infrastructure"), (0.2270, "infrastructure"), (0.95, "infrastructure"),
    ])
    func placement(intensity: Double, label: String) {
        #expect(bands.place(Figure(intensity, .derived)).label == label)
    }

    @Test("an unresolved intensity has no band")
    func unresolved() {
        #expect(bands.place(.unresolved) == .unresolved)
    }

    @Test("ranges read as a person writes them")
    func rangeText() {
        #expect(bands.bands.map(\.rangeText) == ["3-6%", "10-15%", "20%+"])
    }
}
