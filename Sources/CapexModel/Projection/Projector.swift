/// The deterministic projection of a scenario: every parameter at its median, no noise.
public enum Projector {
    /// Projects `scenario` year by year to its horizon.
    public static func project(_ scenario: Scenario) -> Projection {
        switch scenario.model {
        case .buildout: project(BuildoutModel(scenario: scenario), scenario: scenario)
        case .benchReference: project(BenchReferenceModel(scenario: scenario), scenario: scenario)
        }
    }

    static func project<Model: PathSimulating>(_ model: Model, scenario: Scenario) -> Projection {
        let sampler = ParameterSampler(distributions: scenario.distributions, specs: scenario.model.specs)
        let x = UnsafeMutablePointer<Double>.allocate(capacity: max(1, sampler.distributions.count))
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: max(1, model.scratchCount))
        defer {
            x.deallocate()
            scratch.deallocate()
        }
        sampler.medians(into: x)
        var noise = ZeroNoise()
        var recorder = YearCollector()
        let (crossover, payback) = model.simulate(x, noise: &noise, scratch: scratch, recorder: &recorder)
        return Projection(scenario: scenario.name, years: recorder.years,
                          crossoverYear: crossover == 0 ? nil : model.baseYear + crossover,
                          paybackYear: payback == 0 ? nil : model.baseYear + payback, horizon: scenario.horizon)
    }
}

/// Keeps every year of a path.
struct YearCollector: PathRecorder {
    var years: [ProjectionYear] = []

    mutating func record(_ index: Int, _ year: ProjectionYear) {
        years.append(year)
    }
}
