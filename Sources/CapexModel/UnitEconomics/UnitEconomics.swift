import RealModule

/// What an hour of an accelerator, a million tokens and a user's month of usage cost, and
/// whether subscription prices cover it.
///
/// - capital recovery per hour = accelerator capex x CRF(r, useful life) / 8,760
/// - energy per hour = power (kW) x PUE x electricity price ($/kWh)
/// - cost per accelerator-hour = capital recovery + energy + other opex per hour (owned), or
///   the rental price (rented, when `rental_usd_per_hour` > 0)
/// - break-even rental price = owned cost per hour / utilisation (the price per rented hour at
///   which an owner renting out `utilisation` of its hours covers its costs)
/// - cost per used hour = cost per accelerator-hour / utilisation
/// - cost per million tokens = cost per used hour / (tokens per second x 3,600) x 10^6
/// - tokens per user per month = queries per day x tokens per query x 365 / 12
/// - cost per user per month = tokens per user per month x cost per token
/// - margin of a plan = (price - cost per user) / price (negative: a subsidy)
/// - year profitable: the first year in which cost x (1 - yearly decline)^t <= price
public enum UnitEconomicsModel {
    /// The name its presets are filed under.
    public static let id = "unit-economics"
    public static let hoursPerYear = 8_760.0
    public static let daysPerMonth = 365.0 / 12

    public static let specs: [ParameterSpec] = [
        ParameterSpec("accelerator_capex_usd", "capex per accelerator, with its share of server, network and facility", unit: "USD", range: .positive),
        ParameterSpec("useful_life_years", "useful life of the accelerator", unit: "years", range: .years),
        ParameterSpec("cost_of_capital", "cost of capital", unit: "ratio_per_year", range: .between(0, 1)),
        ParameterSpec("power_kw", "power per accelerator, with its share of the server", unit: "kW", range: .nonNegative),
        ParameterSpec("pue", "power usage effectiveness (facility overhead)", unit: "ratio", range: .between(1, 5)),
        ParameterSpec("electricity_usd_per_kwh", "electricity price", unit: "USD_per_kWh", range: .nonNegative),
        ParameterSpec("other_opex_usd_per_kw_year", "other operating cost per kW of IT power", unit: "USD_per_kW_year", range: .nonNegative),
        ParameterSpec("rental_usd_per_hour", "rental price paid per accelerator-hour (0: owned)", unit: "USD_per_GPU_hour", range: .nonNegative),
        ParameterSpec("utilisation", "share of hours serving requests", unit: "ratio", range: .shareFraction),
        ParameterSpec("tokens_per_second", "tokens served per second per accelerator while serving", unit: "tokens_per_second", range: .positive),
        ParameterSpec("queries_per_day", "queries per user per day", unit: "queries_per_day", range: .nonNegative),
        ParameterSpec("tokens_per_query", "tokens processed per query (input and output)", unit: "tokens", range: .nonNegative),
        ParameterSpec("consumer_price_usd_per_month", "consumer plan price", unit: "USD_per_month", range: .nonNegative),
        ParameterSpec("seat_price_usd_per_month", "business seat price", unit: "USD_per_month", range: .nonNegative),
        ParameterSpec("pro_price_usd_per_month", "professional plan price", unit: "USD_per_month", range: .nonNegative),
        ParameterSpec("cost_decline_per_year", "yearly decline of the cost of serving the same usage", unit: "ratio_per_year", range: .marginFraction),
        ParameterSpec("start_year", "year the costs refer to", unit: "year", range: .between(2000, 2100)),
    ]

    /// A subscription plan and how its price compares with a user's cost.
    public struct Plan: Sendable, Hashable {
        public var name: String
        public var price: Figure
        /// (price - cost) / price; negative when the plan is subsidised.
        public var margin: Figure
        /// The first year the plan covers its user's cost, `nil` when it never does.
        public var profitableFrom: Int?
    }

    public struct Result: Sendable, Hashable {
        public var outputs: [ModelOutput]
        public var plans: [Plan]

        public subscript(name: String) -> Figure {
            outputs.first { $0.name == name }?.figure ?? .unresolved
        }
    }

    public static func evaluate(_ p: Parameters) -> Result {
        let capitalInputs = ["accelerator_capex_usd", "cost_of_capital", "useful_life_years"]
        let energyInputs = ["power_kw", "pue", "electricity_usd_per_kwh"]
        let otherInputs = ["power_kw", "other_opex_usd_per_kw_year"]
        let ownedInputs = capitalInputs + energyInputs + otherInputs
        let hourInputs = ownedInputs + ["rental_usd_per_hour", "utilisation"]
        let tokenInputs = hourInputs + ["tokens_per_second"]
        let usageInputs = ["queries_per_day", "tokens_per_query"]
        let capital = p["accelerator_capex_usd"] * capitalRecoveryFactor(rate: p["cost_of_capital"], years: p["useful_life_years"]) / hoursPerYear
        let energy = p["power_kw"] * p["pue"] * p["electricity_usd_per_kwh"]
        let other = p["power_kw"] * p["other_opex_usd_per_kw_year"] / hoursPerYear
        let owned = capital + energy + other
        let perHour = p["rental_usd_per_hour"] > 0 ? p["rental_usd_per_hour"] : owned
        let perUsedHour = perHour / p["utilisation"]
        let perMillionTokens = perUsedHour / (p["tokens_per_second"] * 3_600) * 1_000_000
        let tokensPerMonth = p["queries_per_day"] * p["tokens_per_query"] * daysPerMonth
        let perUser = tokensPerMonth * perMillionTokens / 1_000_000
        let plans = [
            ("consumer", "consumer_price_usd_per_month"), ("seat", "seat_price_usd_per_month"), ("pro", "pro_price_usd_per_month"),
        ].map { name, parameter in
            plan(name: name, price: p.figure(parameter), cost: p.derived(perUser, from: tokenInputs + usageInputs), decline: p["cost_decline_per_year"],
                 startYear: Int(p["start_year"]))
        }
        return Result(outputs: [
            ModelOutput("capital_recovery_usd_per_hour", "capital recovery per accelerator-hour", unit: "USD_per_hour", p.derived(capital, from: capitalInputs)),
            ModelOutput("energy_usd_per_hour", "energy per accelerator-hour", unit: "USD_per_hour", p.derived(energy, from: energyInputs)),
            ModelOutput("other_opex_usd_per_hour", "other opex per accelerator-hour", unit: "USD_per_hour", p.derived(other, from: otherInputs)),
            ModelOutput("owned_cost_usd_per_hour", "cost of an owned accelerator-hour", unit: "USD_per_hour", p.derived(owned, from: ownedInputs)),
            ModelOutput("breakeven_rental_usd_per_hour", "break-even rental price at this utilisation", unit: "USD_per_hour",
                        p.derived(owned / p["utilisation"], from: ownedInputs + ["utilisation"])),
            ModelOutput("cost_usd_per_used_hour", "cost per hour of serving", unit: "USD_per_hour", p.derived(perUsedHour, from: hourInputs)),
            ModelOutput("cost_usd_per_million_tokens", "cost per million tokens", unit: "USD_per_million_tokens", p.derived(perMillionTokens, from: tokenInputs)),
            ModelOutput("tokens_per_user_month", "tokens per user per month", unit: "tokens_per_month", p.derived(tokensPerMonth, from: usageInputs)),
            ModelOutput("cost_usd_per_user_month", "cost per user per month", unit: "USD_per_month", p.derived(perUser, from: tokenInputs + usageInputs)),
        ], plans: plans)
    }

    static func plan(name: String, price: Figure, cost: Figure, decline: Double, startYear: Int) -> Plan {
        let margin = Figure.derived(price, cost) { $0[0] == 0 ? nil : ($0[0] - $0[1]) / $0[0] }
        var year: Int?
        if let price = price.value, let cost = cost.value {
            if cost <= price {
                year = startYear
            } else if decline > 0, price > 0 {
                // cost x (1 - decline)^t <= price  <=>  t >= ln(price / cost) / ln(1 - decline)
                let years = Double.log(price / cost) / Double.log(1 - decline)
                year = startYear + Int(years.rounded(.up))
            }
        }
        return Plan(name: name, price: price, margin: margin, profitableFrom: year)
    }
}
