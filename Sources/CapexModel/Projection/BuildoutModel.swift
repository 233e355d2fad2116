import RealModule

/// The AI build-out projection: capex vintages by asset category, the compute capacity they
/// put in service, and AI revenue from its drivers bounded by that capacity (USD billions;
/// t = 1...Y after the base year, the last actual year).
///
/// Capex: `capex_next_usd_b` in the first projected year (guidance, which already holds the
/// year's replacements), then a path growing at `capex_growth`, whose mean decays by
/// `capex_growth_decay` a year, with noise `capex_growth_sigma`. The AI part is
/// `ai_share_of_capex` of it, and of actual capex from `ai_start_year` on.
///
/// Capacity by vintage: IT equipment (`it_share_of_capex` of AI capex) is in service for
/// `it_life_years` from the year it is bought and then retires; facilities are in service for
/// `facility_life_years` once built, `facility_lead_years` later. Retiring IT is replaced on
/// top of the path: replacement capex buys back the retiring capacity at the year's price,
/// which is lower by `compute_efficiency_gain` a year of age. A vintage's capacity is its IT
/// dollars times its efficiency, (1 + gain)^(year - base year). Depreciation is straight-line
/// over each asset's life; opex = `opex_rate` x the IT dollars in service, a replacement
/// carrying the opex of the capacity it replaces (running a unit of capacity costs the same
/// whichever vintage delivers it, so a shorter life cannot lower opex).
///
/// Revenue: demand from its drivers, each grown at a rate that decays by `growth_decay` a year:
/// consumer subscriptions (subscribers x price x 12), enterprise seats (seats x price x 12),
/// API revenue (token volume growing by `api_volume_growth`, with noise
/// `revenue_growth_sigma`, times a price per token falling by `token_price_decline`), all lifted
/// by `value_growth` a year, and internal monetisation (`internal_ai_revenue_usd_b`, AI-attributed
/// uplift of ads, search and recommendation, growing by `internal_growth`). Revenue is the
/// demand, but at most the capacity in service x `revenue_per_it_usd` x `utilisation` (each
/// stream scaled down alike when the bound binds).
///
/// Capital costs `cost_of_capital` a year (r):
/// - required_t = (depreciation_t + opex_t + r x capital employed_t) / gross_margin, where
///   capital employed_t = net book value at the start of t + AI capex_t;
/// - gap_t = required_t - revenue_t; crossover: the first year gap <= 0;
/// - cash_0 = -(AI capex of every actual vintage, compounded at r to the base year);
///   cash_t = cash_{t-1} + (gross_margin x revenue_t - opex_t - AI capex_t) / (1 + r)^t;
///   payback: the first year cash >= 0 (discounted, counting the actual vintages whose
///   depreciation the projection charges).
/// With r = 0 the required revenue is (depreciation + opex) / gross_margin and cash is undiscounted.
public struct BuildoutModel: PathSimulating {
    public static let specs: [ParameterSpec] = [
        ParameterSpec("capex_next_usd_b", "capex of the peer set in the first projected year", unit: "USD_b", range: .positive),
        ParameterSpec("capex_growth", "initial mean yearly capex growth after that", unit: "ratio_per_year", range: .between(-0.9, 3)),
        ParameterSpec("capex_growth_decay", "yearly decay of mean capex growth", unit: "ratio", range: .fraction),
        ParameterSpec("capex_growth_sigma", "year-to-year noise on capex growth", unit: "ratio", range: .between(0, 2)),
        ParameterSpec("ai_share_of_capex", "share of capex for the AI build-out", unit: "ratio", range: .fraction),
        ParameterSpec("ai_start_year", "first year of actual capex counted as AI", unit: "year", range: .between(1990, 2100)),
        ParameterSpec("it_share_of_capex", "IT equipment's share of capex (servers, accelerators, networking)", unit: "ratio", range: .fraction),
        ParameterSpec("it_life_years", "useful life of IT equipment, rounded to whole years", unit: "years", range: .between(1, 30)),
        ParameterSpec("facility_life_years", "useful life of facilities, rounded to whole years", unit: "years", range: .between(1, 60)),
        ParameterSpec("facility_lead_years", "construction lead time of facilities, rounded", unit: "years", range: .between(0, 10)),
        ParameterSpec("opex_rate", "energy and operations per $ of IT in service per year", unit: "ratio_per_year", range: .fraction),
        ParameterSpec("consumer_subscribers_m", "paying consumer subscribers in the base year", unit: "million", range: .nonNegative),
        ParameterSpec("consumer_price_usd_per_month", "consumer subscription price", unit: "USD_per_month", range: .nonNegative),
        ParameterSpec("subscriber_growth", "initial yearly growth of subscribers", unit: "ratio_per_year", range: .between(-0.9, 10)),
        ParameterSpec("enterprise_seats_m", "paid enterprise seats in the base year", unit: "million", range: .nonNegative),
        ParameterSpec("seat_price_usd_per_month", "enterprise seat price", unit: "USD_per_month", range: .nonNegative),
        ParameterSpec("seat_growth", "initial yearly growth of seats", unit: "ratio_per_year", range: .between(-0.9, 10)),
        ParameterSpec("api_revenue_usd_b", "API and cloud AI revenue in the base year", unit: "USD_b", range: .nonNegative),
        ParameterSpec("api_volume_growth", "initial yearly growth of tokens served", unit: "ratio_per_year", range: .between(-0.9, 20)),
        ParameterSpec("token_price_decline", "yearly fall of the price per token", unit: "ratio_per_year", range: .marginFraction),
        ParameterSpec("value_growth", "yearly rise of value (price) per interaction", unit: "ratio_per_year", range: .between(-0.5, 2)),
        ParameterSpec("growth_decay", "yearly decay of the drivers' mean growth", unit: "ratio", range: .fraction),
        ParameterSpec("revenue_growth_sigma", "year-to-year noise on API volume growth", unit: "ratio", range: .between(0, 2)),
        ParameterSpec("gross_margin", "share of AI revenue left to pay for the infrastructure", unit: "ratio", range: .shareFraction),
        ParameterSpec("cost_of_capital", "yearly return the capital employed must earn", unit: "ratio_per_year", range: .between(0, 0.5)),
        ParameterSpec("utilisation", "share of the capacity in service that earns revenue", unit: "ratio", range: .shareFraction),
        ParameterSpec("revenue_per_it_usd", "AI revenue a dollar of IT in service can earn a year at full use (base-year efficiency)",
                      unit: "ratio_per_year", range: .positive),
        ParameterSpec("compute_efficiency_gain", "yearly rise of the capacity a dollar of IT buys", unit: "ratio_per_year", range: .between(0, 2)),
        ParameterSpec("internal_ai_revenue_usd_b", "AI-attributed uplift of ads, search and recommendation in the base year", unit: "USD_b",
                      range: .nonNegative),
        ParameterSpec("internal_growth", "initial yearly growth of internal monetisation", unit: "ratio_per_year", range: .between(-0.9, 5)),
    ]

    public let years: Int
    public let baseYear: Int
    /// Actual capex of the years before t = 1, oldest first, and the first of those years.
    let history: ReadOnlyArray<Double>
    let historyStart: Int
    /// Longest IT life, facility life and lead a path can draw.
    let maxItLife: Int
    let maxFacilityLife: Int
    let maxLead: Int

    public init(scenario: Scenario) {
        years = scenario.years
        baseYear = scenario.baseYear
        let known = scenario.capexHistory.filter { $0.key <= scenario.baseYear }
        historyStart = known.keys.min() ?? scenario.baseYear
        history = ReadOnlyArray((historyStart...max(historyStart, scenario.baseYear)).map { known[$0] ?? 0 })
        func upper(_ name: String, _ fallback: Int, _ cap: Int) -> Int {
            let bound = scenario.parameters[name]?.distribution.support.upper ?? Double(fallback)
            return max(0, min(cap, Int((bound.isFinite ? bound : Double(cap)) + 0.5)))
        }
        maxItLife = max(1, upper("it_life_years", 6, 30))
        maxFacilityLife = max(1, upper("facility_life_years", 20, 60))
        maxLead = upper("facility_lead_years", 1, 10)
    }

    /// Length of the vintage arrays: history plus projected years.
    var vintageCount: Int { history.count + years + 1 }
    var scratchCount: Int { 3 * vintageCount }
    /// Capex growth noise from the second year on, API volume noise every year.
    var normalsPerPath: Int { 2 * years - 1 }

    /// Simulates one path from parameters `x` (in ``specs`` order); `scratch` holds
    /// ``scratchCount`` doubles. Returns the crossover and payback indices (0 when never).
    @inline(__always)
    func simulate<Noise: NormalNoise, Recorder: PathRecorder>(
        _ x: UnsafePointer<Double>, noise: inout Noise, scratch: UnsafeMutablePointer<Double>, recorder: inout Recorder
    ) -> (crossover: Int, payback: Int) {
        let aiShare = x[4]
        let aiStart = Int(x[5].rounded())
        let itShare = x[6]
        let itLife = max(1, Int(x[7].rounded()))
        let facilityLife = max(1, Int(x[8].rounded()))
        let lead = max(0, Int(x[9].rounded()))
        let opexRate = x[10]
        let margin = x[23]
        let rate = x[24], utilisation = x[25], revenuePerIT = x[26], efficiencyGain = x[27]
        // IT and facility vintages: index i is year historyStart + i.
        let it = scratch
        let facility = scratch + vintageCount
        // The opex each IT vintage carries: its own dollars, or those of the capacity it replaced.
        let opexWeight = scratch + 2 * vintageCount
        let first = history.count  // index of t = 1
        let inverseItLife = 1 / Double(itLife)
        let inverseFacilityLife = 1 / Double(facilityLife)
        // The actual vintages: their AI capex compounded to the base year (the payback's
        // starting debt) and their net book value at the end of the base year.
        var historicalCost = 0.0, bookValue = 0.0
        let growthFactor = 1 + rate
        for index in 0..<history.count {
            let capex = history[index]
            let ai = historyStart + index >= aiStart ? capex * aiShare : 0
            it[index] = ai * itShare
            facility[index] = ai * (1 - itShare)
            opexWeight[index] = it[index]
            historicalCost = historicalCost * growthFactor + ai
            let itYears = Double(first - index)
            bookValue += it[index] * max(0, 1 - itYears * inverseItLife)
            let facilityYears = Double(max(0, first - index - lead))
            bookValue += facility[index] * max(0, 1 - facilityYears * inverseFacilityLife)
        }
        var capex = x[0]
        var subscribers = x[11], seats = x[14], api = x[17], internalUplift = x[28]
        // USD billions a year per million subscribers (seats) at the base year's value.
        let consumerScale = x[12] * 12 / 1_000, seatScale = x[15] * 12 / 1_000
        let inverseMargin = 1 / margin
        var valueFactor = 1.0
        var decay = 1.0
        var capexDecay = 1.0
        var cash = -historicalCost, cumulativeCapex = 0.0, cumulativeGross = 0.0
        var discount = 1.0
        let inverseGrowthFactor = 1 / growthFactor
        var crossover = 0, payback = 0
        // Running sums of the vintages in service (dollars, and capacity at base-year
        // efficiency), updated as vintages enter and leave.
        let efficiencyStep = 1 + efficiencyGain
        // (1 + gain)^life: a vintage leaving now had this much less efficiency than today's.
        var lifeFactor = 1.0
        for _ in 0..<itLife { lifeFactor *= efficiencyStep }
        let inverseLifeFactor = 1 / lifeFactor
        // Efficiency of the vintage bought at `first - 1` (the base year) is 1; of index `first + k`, (1 + gain)^(k + 1).
        var efficiency = 1.0
        var itInService = 0.0, capacity = 0.0, opexBase = 0.0
        var historyEfficiency = 1.0
        for k in stride(from: first - 1, through: max(0, first - itLife), by: -1) {
            itInService += it[k]
            opexBase += opexWeight[k]
            capacity += it[k] * historyEfficiency
            historyEfficiency /= efficiencyStep
        }
        var facilityInService = 0.0
        let firstFacilityEnd = first - 1 - lead
        if firstFacilityEnd >= 0 {
            for k in max(0, firstFacilityEnd - facilityLife + 1)...firstFacilityEnd { facilityInService += facility[k] }
        }
        // The growth parameters in locals: read through `x` they would be reloaded after every
        // store to the vintages, which the compiler cannot prove are elsewhere.
        let capexGrowth = x[1], capexGrowthDecay = x[2], capexGrowthSigma = x[3]
        let subscriberGrowth = x[13], seatGrowth = x[16], apiVolumeGrowth = x[18], tokenPriceDecline = x[19]
        let valueGrowth = x[20], growthDecay = x[21], revenueGrowthSigma = x[22], internalGrowth = x[29]
        let capacityRevenue = revenuePerIT * utilisation
        for t in 1...years {
            if t > 1 {
                capex *= 1 + capexGrowth * capexDecay + capexGrowthSigma * noise.normal()
                capexDecay *= capexGrowthDecay
                capex = max(capex, 0)
            }
            let index = first + t - 1
            efficiency *= efficiencyStep
            let leavingIndex = index - itLife
            let leaving = leavingIndex >= 0 ? it[leavingIndex] : 0
            let leavingWeight = leavingIndex >= 0 ? opexWeight[leavingIndex] : 0
            // Retiring IT is bought back at today's price for the same capacity.
            let replacement = leaving * inverseLifeFactor
            let pathCapex = capex * aiShare
            let aiCapex = pathCapex + replacement
            it[index] = pathCapex * itShare + replacement
            opexWeight[index] = pathCapex * itShare + leavingWeight
            facility[index] = pathCapex * (1 - itShare)
            // IT bought in `index` enters now; IT bought `itLife` years earlier leaves.
            itInService += it[index] - leaving
            opexBase += opexWeight[index] - leavingWeight
            capacity += it[index] * efficiency - leaving * efficiency * inverseLifeFactor
            // Facilities enter `lead` years after they are paid for and leave `facilityLife` years later.
            let entering = index - lead
            let leavingFacility = entering - facilityLife
            facilityInService += (entering >= 0 ? facility[entering] : 0) - (leavingFacility >= 0 ? facility[leavingFacility] : 0)
            let depreciation = itInService * inverseItLife + facilityInService * inverseFacilityLife
            let opex = opexRate * opexBase
            let employed = bookValue + aiCapex
            bookValue = max(0, employed - depreciation)
            valueFactor *= 1 + valueGrowth
            subscribers *= 1 + subscriberGrowth * decay
            seats *= 1 + seatGrowth * decay
            api *= max(0, 1 + apiVolumeGrowth * decay + revenueGrowthSigma * noise.normal()) * (1 - tokenPriceDecline * decay)
            internalUplift *= 1 + internalGrowth * decay
            decay *= growthDecay
            var consumer = subscribers * consumerScale * valueFactor
            var enterprise = seats * seatScale * valueFactor
            var apiRevenue = api * valueFactor
            var internalRevenue = internalUplift
            let demand = consumer + enterprise + apiRevenue + internalRevenue
            let bound = capacity * capacityRevenue
            var revenue = demand
            if demand > bound {
                let scale = demand > 0 ? bound / demand : 0
                consumer *= scale
                enterprise *= scale
                apiRevenue *= scale
                internalRevenue *= scale
                revenue = bound
            }
            let required = (depreciation + opex + rate * employed) * inverseMargin
            let gap = required - revenue
            let gross = margin * revenue - opex
            discount *= inverseGrowthFactor
            cash += (gross - aiCapex) * discount
            cumulativeCapex += aiCapex
            cumulativeGross += gross
            if crossover == 0, gap <= 0 { crossover = t }
            if payback == 0, cash >= 0 { payback = t }
            recorder.record(t, ProjectionYear(
                year: baseYear + t, capex: capex + replacement, aiCapex: aiCapex, replacementCapex: replacement, depreciation: depreciation,
                opex: opex, capitalCharge: rate * employed, revenue: revenue, demand: demand, capacityRevenue: bound,
                consumerRevenue: consumer, enterpriseRevenue: enterprise, apiRevenue: apiRevenue, internalRevenue: internalRevenue,
                requiredRevenue: required, gap: gap, cumulativeCapex: cumulativeCapex, cumulativeGrossProfit: cumulativeGross, cash: cash))
        }
        return (crossover, payback)
    }
}
