import CapexModel
import Testing

@Suite("Sensitivity and the inverse solver")
struct SensitivitySolverTests {
    let scenario = ScenarioFixtures.handCheckable
        .setting("api_volume_growth", to: 0.5)
        .settingDistribution("api_volume_growth", .triangular(min: 0.2, mode: 0.5, max: 1.2))
        .settingDistribution("gross_margin", .uniform(min: 0.3, max: 0.7))

    @Test("the tornado ranks the parameter that moves the gap most first")
    func tornado() {
        var long = scenario
        long.horizon = 2035
        let (_, bars) = Tornado.bars(long, year: 2035)
        #expect(bars.map(\.parameter) == ["api_volume_growth", "gross_margin"])
        #expect(bars[0].gapSwing > bars[1].gapSwing)
        #expect(bars[0].gapAtHigh < bars[0].gapAtLow, "faster API growth narrows the gap")
    }

    @Test("first-order indices are shares: between 0 and 1, the dominant parameter first")
    func indices() {
        var long = scenario
        long.horizon = 2035
        let indices = FirstOrderIndices.compute(long, year: 2035, paths: 20_000, seed: 3, threads: 2)
        #expect(indices.count == 2)
        #expect(indices.allSatisfy { (0...1).contains($0.gap) })
        #expect(indices[0].parameter == "api_volume_growth")
        #expect(indices.map(\.gap).reduce(0, +) <= 1.05)
    }

    @Test("plugging the solver's answer back in meets the target, and just past it does not", arguments: [
        SolverTarget.crossover(2029), .crossover(2031), .payback(2031),
    ])
    func roundTrip(target: SolverTarget) throws {
        var long = scenario
        long.horizon = 2033
        let result = try InverseSolver.solve(long, parameter: "api_volume_growth", target: target)
        guard case .solved(let value, let atLeast) = result.outcome else {
            Issue.record("expected a solution, got \(result.sentence)")
            return
        }
        #expect(atLeast, "more API growth brings the crossover and payback forward")
        let at = Projector.project(long.setting("api_volume_growth", to: value))
        let before = Projector.project(long.setting("api_volume_growth", to: value - 1e-6))
        switch target {
        case .crossover(let year):
            #expect((at.crossoverYear ?? .max) <= year)
            #expect((before.crossoverYear ?? .max) > year)
        case .payback(let year):
            #expect((at.paybackYear ?? .max) <= year)
            #expect((before.paybackYear ?? .max) > year)
        }
        #expect(result.sentence.hasPrefix("For \(target), api_volume_growth must be at least"))
    }

    @Test("a payback that never comes within the horizon is reported unreachable, not met")
    func unreachable() throws {
        // With no revenue growth and margins capped below 1, cumulative cash never turns positive.
        let flat = ScenarioFixtures.handCheckable.setting("api_volume_growth", to: 0).setting("api_revenue_usd_b", to: 1)
        let result = try InverseSolver.solve(flat, parameter: "gross_margin", target: .payback(2027))
        #expect(result.outcome == .unreachable)
        #expect(result.eventYear == nil)
        #expect(result.sentence.contains("No value of gross_margin"))
        #expect(result.sentence.contains("does not come by 2029"))
    }

    @Test("a target already met everywhere says so")
    func alwaysMet() throws {
        let result = try InverseSolver.solve(ScenarioFixtures.handCheckable, parameter: "seat_growth", target: .crossover(2029))
        #expect(result.outcome == .alwaysMet)
    }

    @Test("an unknown parameter is refused with the valid names")
    func unknownParameter() {
        #expect(throws: ParameterError.unknown(name: "magic", valid: BuildoutModel.specs.map(\.name))) {
            try InverseSolver.solve(scenario, parameter: "magic", target: .crossover(2030))
        }
        #expect(ParameterError.unknown(name: "magic", valid: ["a", "b"]).description == "unknown parameter 'magic'; valid: a, b")
    }
}

extension Scenario {
    func settingDistribution(_ name: String, _ distribution: Distribution) -> Scenario {
        var copy = self
        copy.parameters[name]?.distribution = distribution
        return copy
    }
}
