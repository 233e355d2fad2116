import CapexData
import CapexModel
import CapexService
import CapexTestSupport
import Foundation
import Testing

/// Every preset reproduces its model's published headline, to the precision it was published.
@Suite("Gap model presets against the published results")
struct GapPresetTests {
    let database: CapexDatabase
    let service: CapexService
    init() throws {
        database = try CapexDatabase.inMemory()
        service = CapexService(database: database)
    }

    @Test("each preset reproduces every published result listed for it", arguments: ["sequoia", "tco", "hurdle", "ratio"])
    func reproduces(model: String) throws {
        let checks = try database.presetChecks(model: model)
        #expect(!checks.isEmpty)
        for preset in Set(checks.map(\.preset)) {
            let run = try service.gapRun(GapModelRequest(model: model, preset: preset))
            #expect(run.checks.count == checks.filter { $0.preset == preset }.count)
            for check in run.checks {
                let value = try #require(run.result[check.output].value, "\(preset) \(check.output)")
                #expect(check.isReproduced(by: value), "\(preset) \(check.output): \(value) vs published \(check.published)")
            }
        }
    }

    @Test("the published values checked are those of ../shared/data/anchors.csv", .needsSharedData)
    func checksMatchAnchors() throws {
        let anchors = try CSVTable(contentsOf: Fixtures.sharedData.appendingPathComponent("anchors.csv"))
        let published = Dictionary(anchors.rows.compactMap { row -> (String, Double)? in
            guard let model = row.text("model"), let quantity = row.text("quantity"), let value = try? row.double("value") else { return nil }
            return ("\(model)/\(quantity)", value)
        }, uniquingKeysWith: { first, _ in first })
        // Sequoia 2024 ($600B / gap $500B), Sequoia 2023 ($200B / gap $125B), Epoch ($8.5B, $12B, $7B),
        // J.P. Morgan ($650B, $34.72), Bain ($2T, $800B shortfall).
        for (key, value) in [("sequoia_2024/required_revenue", 600.0), ("sequoia_2024/gap", 500), ("sequoia_2023/required_revenue", 200),
                             ("sequoia_2023/gap", 125), ("epoch_1gw_tco_2026/annualised_tco", 8.5),
                             ("epoch_1gw_tco_2026/annualised_tco_it_life_3y", 12), ("epoch_1gw_tco_2026/annualised_tco_it_life_7y", 7),
                             ("jpmorgan_2025/required_annual_revenue", 650), ("jpmorgan_2025/required_revenue_per_iphone_user", 34.72),
                             ("bain_2025/required_revenue_2030", 2_000), ("bain_2025/revenue_shortfall_2030", 800)] {
            #expect(published[key] == value, "\(key)")
        }
        let all = try ["sequoia", "tco", "hurdle", "ratio"].flatMap { try database.presetChecks(model: $0) }
        #expect(all.count == 15)
    }

    @Test("J.P. Morgan's $34.72 per iPhone user implies 1,560 million users")
    func impliedUsers() throws {
        let run = try service.gapRun(GapModelRequest(model: "hurdle"))
        // 650e9 / 12 / 34.72 = 1.5601e9.
        #expect(abs(run.parameters["payers_m"] - 650e3 / 12 / 34.72) < 0.05)
    }

    @Test("--from-data takes the peer set's actual capex and says so")
    func fromData() throws {
        let run = try service.gapRun(GapModelRequest(model: "ratio", fromData: .peerSet, year: 2025))
        // FY2025 capex of the five: 131,819 + 91,447 + 69,691 + 64,551 + 21,215 = $378.723B (FY2026 is not complete).
        #expect(abs(run.parameters["annual_capex_usd_b"] - 378.723) < 1e-9)
        #expect(run.parameters.figure("annual_capex_usd_b").evidence == .estimated)
        #expect(run.capexNote?.contains("hyperscaler peer set FY2025") == true)
        #expect(run.checks.isEmpty, "a run on actual capex is not checked against the published headline")
        let google = try service.gapRun(GapModelRequest(model: "tco", fromData: .ticker("GOOGL"), year: 2024))
        #expect(google.parameters["capex_usd_b"] == 52.535)
    }

    @Test("the comparison runs all four models on the same capex")
    func comparison() throws {
        let comparison = try service.gapCompare(GapComparisonRequest(year: 2025))
        #expect(comparison.rows.map { $0.model.id } == ["sequoia", "tco", "hurdle", "ratio"])
        #expect(comparison.aiRevenue.value == 100)
        let ratio = try #require(comparison.rows.last?.required.value)
        #expect(abs(ratio - 378.723 / 0.25) < 1e-9)
        #expect(comparison.observations.allSatisfy { $0.period.hasPrefix("2025") && $0.subject != "NVIDIA" })
    }

    @Test("requests that cannot run say what would be valid", arguments: [
        (GapModelRequest(model: "magic"), "unknown model 'magic'; valid: sequoia, tco, hurdle, ratio"),
        (GapModelRequest(model: "tco", preset: "x"), "unknown preset 'x' for tco; valid: epoch-1gw"),
        (GapModelRequest(model: "tco", fromData: .ticker("everyone")), "from-data everyone"),
        (GapModelRequest(model: "tco", fromData: .peerSet, year: 2030), "no complete capex figure for fiscal year 2030"),
    ])
    func refused(request: GapModelRequest, message: String) throws {
        let error = #expect(throws: GapRunError.self) { try service.gapRun(request) }
        #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
    }
}
