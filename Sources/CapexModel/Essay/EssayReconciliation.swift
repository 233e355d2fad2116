/// Which fiscal year and capex definition each figure of the essay's table matches, and a
/// plain verdict.
///
/// For every fiscal year of the company, the printed revenue is compared with filed revenue,
/// and the printed capex with four capex definitions: cash purchases, net of proceeds (where
/// reported), cash + finance-lease assets obtained, and cash + finance-lease principal. The
/// match with the smallest relative deviation wins. Printed values are whole USD billions
/// with "~", so a difference under $0.5B is within rounding.
public struct EssayReconciliation: Sendable, Hashable {
    public var row: EssayRow
    public var revenue: FilingMatch?
    public var capex: FilingMatch?
    /// Capex / revenue of the two matched figures (fraction).
    public var matchedIntensity: Figure
    /// Capex intensity of the capex match's own fiscal year, same capex definition (fraction).
    public var capexYearIntensity: Figure
    /// The printed capex / printed revenue (fraction), to check the printed percent.
    public var printedRatio: Double
    public var verdict: String

    /// The capex definitions tried, with the metrics they add up.
    static let capexDefinitions: [(label: String, parts: [FinancialMetric])] = [
        ("cash capex", [.capex]),
        ("net capex", [.capexNet]),
        ("cash capex + finance-lease assets", [.capex, .financeLeaseAssetsObtained]),
        ("cash capex + finance-lease principal", [.capex, .financeLeasePrincipal]),
    ]

    /// Printed figures are whole USD billions.
    static let printedPrecisionUSDMillions = 1_000.0

    public init(row: EssayRow, years: [CompanyYear]) {
        self.row = row
        let printedRevenue = row.revenueUSDBillions * 1_000
        let printedCapex = row.capexUSDBillions * 1_000
        let precision = Self.printedPrecisionUSDMillions
        revenue = years.compactMap {
            FilingMatch(definition: "revenue", fiscalYear: $0.fiscalYear, filed: $0[.revenue],
                        printedUSDMillions: printedRevenue, precisionUSDMillions: precision)
        }.min { abs($0.deviation) < abs($1.deviation) }
        capex = years.flatMap { year in
            Self.capexDefinitions.compactMap { definition in
                FilingMatch(definition: definition.label, fiscalYear: year.fiscalYear,
                            filed: .sum(definition.parts.map { year[$0] }),
                            printedUSDMillions: printedCapex, precisionUSDMillions: precision)
            }
        }.min { abs($0.deviation) < abs($1.deviation) }
        printedRatio = row.capexUSDBillions / row.revenueUSDBillions
        matchedIntensity = .ratio(capex?.filed ?? .unresolved, revenue?.filed ?? .unresolved)
        if let capex, let capexYear = years.first(where: { $0.fiscalYear == capex.fiscalYear }) {
            capexYearIntensity = .ratio(capex.filed, capexYear[.revenue])
        } else {
            capexYearIntensity = .unresolved
        }
        verdict = Self.verdict(row: row, revenue: revenue, capex: capex, capexYearIntensity: capexYearIntensity)
    }

    /// True when the matched revenue and capex come from different fiscal years.
    public var mixesYears: Bool {
        guard let revenue, let capex else { return false }
        return revenue.fiscalYear != capex.fiscalYear
    }

    private static func verdict(row: EssayRow, revenue: FilingMatch?, capex: FilingMatch?, capexYearIntensity: Figure) -> String {
        guard let revenue, let capex else { return "No filed figures for \(row.ticker) to compare with." }
        let revenuePart = "revenue is FY\(revenue.fiscalYear) (\(describe(revenue)))"
        let capexPart: String
        if capex.quality == .none {
            capexPart = "capex matches no filed figure (nearest: FY\(capex.fiscalYear) \(capex.definition), \(NumberText.signedPercent(capex.deviation)))"
        } else {
            capexPart = "capex is FY\(capex.fiscalYear) \(capex.definition) (\(describe(capex)))"
        }
        let opening: String
        if revenue.fiscalYear != capex.fiscalYear {
            opening = "Mixes fiscal years: "
        } else {
            opening = "Same fiscal year: "
        }
        var text = opening + revenuePart + ", " + capexPart
        if let intensity = capexYearIntensity.value {
            text += "; FY\(capex.fiscalYear)'s own ratio is \(NumberText.percent(intensity, digits: 1)) vs \(row.printed.percent) printed"
        }
        return text + "."
    }

    private static func describe(_ match: FilingMatch) -> String {
        switch match.quality {
        case .withinRounding: "within rounding, \(NumberText.signedPercent(match.deviation))"
        case .close: "\(NumberText.signedPercent(match.deviation))"
        case .none: "nearest, \(NumberText.signedPercent(match.deviation))"
        }
    }
}
