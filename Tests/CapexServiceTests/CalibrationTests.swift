import CapexData
import CapexModel
import CapexService
import CapexTestSupport
import Foundation
import Testing

/// `scenario calibrate`: the first projected year against the cited observations.
@Suite("Scenario calibration")
struct CalibrationTests {
    let service: CapexService
    init() throws { service = CapexService(database: try CapexDatabase.inMemory()) }

    @Test("base passes: every 2026 stream is inside its observed range")
    func basePasses() throws {
        let result = try service.calibrate(ScenarioRequest(scenario: ScenarioName("base")))
        #expect(result.passes)
        #expect(Set(result.rows.map(\.target.stream)) == Set(CalibrationTarget.streams))
        #expect(result.rows.allSatisfy { $0.status == .inside })
        // The headline's AI revenue is this year's total, not Sequoia's mid-2024 "~$100B".
        let total = try #require(result.rows.first { $0.target.stream == "total" })
        #expect((80...170).contains(try #require(total.model)))
    }

    @Test("bear departs on API and total revenue and says why; bull stays inside")
    func bullAndBear() throws {
        let bear = try service.calibrate(ScenarioRequest(scenario: ScenarioName("bear")))
        #expect(bear.passes)
        #expect(Set(bear.rows.filter { $0.status == .departs }.map(\.target.stream)) == ["api", "total"])
        #expect(bear.rows.filter { $0.status == .departs }.allSatisfy { !($0.reason ?? "").isEmpty })
        #expect(try service.calibrate(ScenarioRequest(scenario: ScenarioName("bull"))).rows.allSatisfy { $0.status == .inside })
    }

    @Test("a scenario whose 2026 API revenue is outside the observations fails, naming the streams")
    func outsideFails() throws {
        let request = ScenarioRequest(scenario: ScenarioName("base"), assignments: [try ParameterAssignment(parsing: "api_revenue_usd_b=150", specs: BuildoutModel.specs)])
        let result = try service.calibrate(request)
        #expect(!result.passes)
        #expect(result.failures.map(\.target.stream) == ["api", "total"])
        let api = try #require(result.failures.first)
        #expect(try #require(api.model) > api.target.high)
    }
}
