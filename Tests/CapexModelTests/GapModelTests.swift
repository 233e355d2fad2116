import CapexModel
import CapexTestSupport
import Testing

/// The gap models' formulas and properties on hand-made parameters (the published presets are
/// checked against anchors.csv in CapexReportTests).
@Suite("Gap models")
struct GapModelTests {
    static func parameters(_ model: any GapModel.Type, _ values: [String: Double]) throws -> Parameters {
        try Parameters(specs: model.specs, values: values.mapValues { ParameterValue($0, evidence: .estimated) })
    }

    static let sequoia2024: [String: Double] = [
        "nvidia_dc_runrate_usd_b": 150, "nvidia_share_of_accelerators": 1, "gpu_share_of_tco": 0.5, "cloud_margin": 0,
        "end_user_gross_margin": 0.5, "spread_years": 1, "ai_revenue_usd_b": 100,
    ]

    @Test("Sequoia: $150B run-rate at half of TCO and 50% margin needs $600B, a $500B gap")
    func sequoiaFormula() throws {
        let result = SequoiaModel.evaluate(try Self.parameters(SequoiaModel.self, Self.sequoia2024))
        #expect(result["required_revenue_usd_b"].value == 600)
        #expect(result.gap?.value == 500)
        #expect(result["gap_usd_b"].evidence == .estimated)
    }

    @Test("doubling the accelerator run-rate doubles Sequoia's requirement", arguments: [10.0, 50, 150, 333.3])
    func sequoiaScales(runRate: Double) throws {
        var values = Self.sequoia2024
        values["nvidia_dc_runrate_usd_b"] = runRate
        let single = SequoiaModel.evaluate(try Self.parameters(SequoiaModel.self, values)).requiredRevenuePerYear.value
        values["nvidia_dc_runrate_usd_b"] = runRate * 2
        let double = SequoiaModel.evaluate(try Self.parameters(SequoiaModel.self, values)).requiredRevenuePerYear.value
        let one = try #require(single)
        #expect(double == one * 2)
    }

    @Test("Sequoia's switches: a cloud margin raises, spreading over the life lowers the yearly requirement")
    func sequoiaSwitches() throws {
        var values = Self.sequoia2024
        values["cloud_margin"] = 0.25
        values["nvidia_share_of_accelerators"] = 0.8
        values["spread_years"] = 5
        let result = SequoiaModel.evaluate(try Self.parameters(SequoiaModel.self, values))
        // 150 / 0.8 / 0.5 / 0.75 / 0.5 = 1,000 over the life, 200 a year.
        #expect(abs(result["required_revenue_usd_b"].value! - 1_000) < 1e-9)
        #expect(abs(result.requiredRevenuePerYear.value! - 200) < 1e-9)
    }

    @Test("the capital recovery factor is 1/n at a zero rate and the annuity formula otherwise")
    func capitalRecovery() {
        #expect(capitalRecoveryFactor(rate: 0, years: 5) == 0.2)
        // 10% over 2 years: 0.1 / (1 - 1.1^-2) = 0.576190...
        #expect(abs(capitalRecoveryFactor(rate: 0.1, years: 2) - 0.5761904761904762) < 1e-12)
    }

    @Test("a longer useful life never raises the TCO")
    func tcoMonotoneInLife() throws {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            var values: [String: Double] = [
                "capex_usd_b": Double.random(in: 1...500, using: &generator),
                "it_share_of_capex": Double.random(in: 0...1, using: &generator),
                "it_life_years": 1, "facility_life_years": Double.random(in: 5...40, using: &generator),
                "cost_of_capital": Double.random(in: 0...0.3, using: &generator),
                "opex_usd_b_per_year": Double.random(in: 0...10, using: &generator), "it_power_gw": 1,
            ]
            var previous = Double.infinity
            for life in stride(from: 1.0, through: 15, by: 0.5) {
                values["it_life_years"] = life
                let cost = TCOModel.annualCost(try Self.parameters(TCOModel.self, values))
                #expect(cost <= previous + 1e-9)
                previous = cost
            }
        }
    }

    @Test("the hurdle's per-payer figure times payers times 12 equals its revenue")
    func hurdleIdentity() throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let parameters = try Self.parameters(HurdleModel.self, [
                "cumulative_capex_usd_b": Double.random(in: 10...10_000, using: &generator),
                "target_return": Double.random(in: 0...0.3, using: &generator),
                "operating_margin": Double.random(in: 0.05...1, using: &generator),
                "payers_m": Double.random(in: 1...5_000, using: &generator),
                "premium_payers_m": Double.random(in: 1...5_000, using: &generator),
            ])
            let result = HurdleModel.evaluate(parameters)
            let revenue = try #require(result.requiredRevenuePerYear.value)
            let perPayer = try #require(result["per_payer_usd_per_month"].value)
            #expect(abs(perPayer * parameters["payers_m"] * 1e6 * 12 - revenue * 1e9) <= 1e-6 * revenue * 1e9)
        }
    }

    @Test("the ratio model divides capex by the ratio and subtracts funding")
    func ratio() throws {
        let result = RatioModel.evaluate(try Self.parameters(RatioModel.self,
                                                             ["annual_capex_usd_b": 500, "capex_to_revenue": 0.25, "funding_usd_b": 1_200]))
        #expect(result.requiredRevenuePerYear.value == 2_000)
        #expect(result.gap?.value == 800)
    }

    @Test("calibrating the TCO model to Epoch's 8.5, 12 and 7 finds a 67.3% IT share at a 6.75% cost of capital")
    func tcoCalibration() throws {
        let base = try Self.parameters(TCOModel.self, [
            "capex_usd_b": 38, "it_share_of_capex": 0.5, "it_life_years": 5, "facility_life_years": 14, "cost_of_capital": 0.05,
            "opex_usd_b_per_year": 0.9, "it_power_gw": 1,
        ])
        // Epoch AI, "AI data center cost breakdown" (anchors.csv epoch_1gw_tco_2026): $8.5B at a 5-year
        // IT life, $12B at 3 years and $7B at 7 years.
        let targets = [TCOCalibration.Target(itLifeYears: 5, annualCostUSDBillions: 8.5),
                       .init(itLifeYears: 3, annualCostUSDBillions: 12), .init(itLifeYears: 7, annualCostUSDBillions: 7)]
        let (share, rate) = TCOCalibration.calibrate(base, to: targets)
        #expect(abs(share - 0.673) <= 0.001)
        #expect(abs(rate - 0.0675) <= 0.0005)
    }
}

@Suite("Model parameters")
struct ParameterTests {
    let parameters = try! Parameters(specs: SequoiaModel.specs,
                                     values: GapModelTests.sequoia2024.mapValues { ParameterValue($0, evidence: .estimated) })

    @Test("a value set by the user becomes a scenario")
    func setIsScenario() throws {
        var parameters = self.parameters
        try parameters.apply([ParameterAssignment(parsing: "end_user_gross_margin=0.6", specs: SequoiaModel.specs)])
        #expect(parameters["end_user_gross_margin"] == 0.6)
        #expect(parameters.figure("end_user_gross_margin").evidence == .scenario)
    }

    @Test("bad assignments are refused, naming the parameter and its valid range", arguments: [
        ("nonsense=1", "unknown parameter 'nonsense'; valid: nvidia_dc_runrate_usd_b"),
        ("end_user_gross_margin=1", "end_user_gross_margin = 1 is out of range; gross margin of the AI companies selling to end users (ratio) must be 0 <= x < 1"),
        ("spread_years=-4", "spread_years = -4 is out of range"),
        ("gpu_share_of_tco=half", "gpu_share_of_tco = 'half' is not a number"),
        ("gpu_share_of_tco=nan", "is not a number"),
        ("gpu_share_of_tco", "'gpu_share_of_tco' is not an assignment"),
    ])
    func refused(assignment: String, message: String) {
        var parameters = self.parameters
        let error = #expect(throws: ParameterError.self) {
            try parameters.apply([ParameterAssignment(parsing: assignment, specs: SequoiaModel.specs)])
        }
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        #expect(parameters == self.parameters)
    }

    @Test("numbers are plain decimals: underscores, hexadecimal and words are refused", arguments: ["1_000", "0x10", "true", "inf", "1e309"])
    func strictNumbers(text: String) {
        #expect(throws: ParameterError.notANumber(name: "nvidia_dc_runrate_usd_b", text: text, spec: SequoiaModel.specs[0])) {
            try ParameterAssignment(parsing: "nvidia_dc_runrate_usd_b=\(text)", specs: SequoiaModel.specs)
        }
    }
}
