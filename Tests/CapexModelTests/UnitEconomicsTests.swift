import CapexModel
import Testing

@Suite("Unit economics")
struct UnitEconomicsTests {
    /// Round inputs whose outputs can be checked by hand (comments give the arithmetic).
    static let values: [String: Double] = [
        "accelerator_capex_usd": 87_600, "useful_life_years": 10, "cost_of_capital": 0, "power_kw": 1, "pue": 1.5,
        "electricity_usd_per_kwh": 0.1, "other_opex_usd_per_kw_year": 876, "rental_usd_per_hour": 0, "utilisation": 0.5,
        "tokens_per_second": 1_000, "queries_per_day": 10, "tokens_per_query": 1_200, "consumer_price_usd_per_month": 20,
        "seat_price_usd_per_month": 30, "pro_price_usd_per_month": 0.25, "cost_decline_per_year": 0.5, "start_year": 2026,
    ]

    func evaluate(_ changes: [String: Double] = [:]) throws -> UnitEconomicsModel.Result {
        let values = Self.values.merging(changes) { $1 }
        return UnitEconomicsModel.evaluate(try Parameters(specs: UnitEconomicsModel.specs,
                                                          values: values.mapValues { ParameterValue($0, evidence: .scenario) }))
    }

    @Test("costs per hour, per token and per user follow the formulas")
    func handChecked() throws {
        let result = try evaluate()
        // 87,600 / 10 years / 8,760 hours = $1.00 of capital per hour.
        #expect(abs(result["capital_recovery_usd_per_hour"].value! - 1.0) < 1e-12)
        // 1 kW x 1.5 PUE x $0.10 = $0.15; 1 kW x $876 / 8,760 = $0.10.
        #expect(abs(result["energy_usd_per_hour"].value! - 0.15) < 1e-12)
        #expect(abs(result["other_opex_usd_per_hour"].value! - 0.10) < 1e-12)
        // $1.25 an hour, serving half the hours: $2.50 per hour of serving = break-even rental price.
        #expect(abs(result["breakeven_rental_usd_per_hour"].value! - 2.5) < 1e-12)
        // 3.6M tokens an hour: $2.50 / 3.6 = $0.69444 per million tokens.
        #expect(abs(result["cost_usd_per_million_tokens"].value! - 2.5 / 3.6) < 1e-12)
        // 10 x 1,200 x 365 / 12 = 365,000 tokens a month, $0.25347 a month.
        #expect(abs(result["tokens_per_user_month"].value! - 365_000) < 1e-6)
        #expect(abs(result["cost_usd_per_user_month"].value! - 0.365 * 2.5 / 3.6) < 1e-12)
    }

    @Test("a plan below cost is a subsidy that ends when the yearly decline brings cost under price")
    func profitableYear() throws {
        let result = try evaluate()
        let pro = try #require(result.plans.first { $0.name == "pro" })
        // Cost $0.25347 against a $0.25 price: a 1.4% subsidy; halving costs yearly covers it in 2027.
        #expect(pro.margin.value! < 0)
        #expect(pro.profitableFrom == 2027)
        #expect(result.plans.first { $0.name == "consumer" }?.profitableFrom == 2026)
        let never = try evaluate(["cost_decline_per_year": 0])
        #expect(never.plans.first { $0.name == "pro" }?.profitableFrom == nil)
    }

    @Test("renting replaces the owned cost per hour")
    func renting() throws {
        let result = try evaluate(["rental_usd_per_hour": 2.95])
        #expect(abs(result["cost_usd_per_used_hour"].value! - 2.95 / 0.5) < 1e-12)
        #expect(abs(result["breakeven_rental_usd_per_hour"].value! - 2.5) < 1e-12)
    }
}
