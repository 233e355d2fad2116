@testable import CapexModel
import Testing

@Suite("Path sampling")
struct PathSamplingTests {
    static var scenarios: [Scenario] { [ScenarioFixtures.benchReference, ScenarioFixtures.handCheckable, triangularBuildout] }

    /// The hand-checkable build-out with every parameter the engine allows uncertain made triangular.
    static var triangularBuildout: Scenario {
        var scenario = ScenarioFixtures.handCheckable
        scenario.name = "triangular"
        for (name, parameter) in scenario.parameters {
            guard case .fixed(let value) = parameter.distribution, value > 0, !name.hasSuffix("_years"), name != "ai_start_year" else { continue }
            scenario.parameters[name]?.distribution = .triangular(min: value * 0.5, mode: value, max: value * 1.2)
        }
        return scenario
    }

    @Test("the sampler draws what each distribution draws, value for value and in the same order", arguments: scenarios)
    func samplerMatchesDistributions(scenario: Scenario) {
        let specs = scenario.model.specs
        let sampler = ParameterSampler(distributions: scenario.distributions, specs: specs)
        var fast = Xoshiro256StarStar(seed: 9, stream: 2)
        var plain = fast
        let x = UnsafeMutablePointer<Double>.allocate(capacity: specs.count)
        defer { x.deallocate() }
        for _ in 0..<2_000 {
            sampler.sample(into: x, &fast)
            let expected = zip(scenario.distributions, specs).map { distribution, spec in
                min(max(distribution.sample(&plain), spec.range.lower), spec.range.upper ?? .infinity)
            }
            #expect(Array(UnsafeBufferPointer(start: x, count: specs.count)) == expected)
        }
        #expect(fast.next() == plain.next(), "both used the generator alike")
    }

    /// Counts the normals a path asks for.
    struct CountingNoise: NormalNoise {
        var count = 0
        mutating func normal() -> Double {
            count += 1
            return 0.5
        }
    }

    struct Discard: PathRecorder {
        mutating func record(_ index: Int, _ year: ProjectionYear) {}
    }

    @Test("each model draws exactly the normals it declares for a path", arguments: scenarios)
    func normalsPerPath(scenario: Scenario) {
        func check<Model: PathSimulating>(_ model: Model) {
            let sampler = ParameterSampler(distributions: scenario.distributions, specs: scenario.model.specs)
            let x = UnsafeMutablePointer<Double>.allocate(capacity: scenario.model.specs.count)
            let scratch = UnsafeMutablePointer<Double>.allocate(capacity: model.scratchCount)
            defer {
                x.deallocate()
                scratch.deallocate()
            }
            sampler.medians(into: x)
            var noise = CountingNoise()
            var recorder = Discard()
            _ = model.simulate(x, noise: &noise, scratch: scratch, recorder: &recorder)
            #expect(noise.count == model.normalsPerPath)
        }
        switch scenario.model {
        case .buildout: check(BuildoutModel(scenario: scenario))
        case .benchReference: check(BenchReferenceModel(scenario: scenario))
        }
    }
}
