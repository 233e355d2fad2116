/// The capital-intensity metrics of one company fiscal year.
///
/// Formulas (USD millions; ratios are fractions):
/// - capex intensity = capex / revenue
/// - capex / D&A = capex / depreciation and amortisation (the cash-flow add-back)
/// - capex / depreciation = capex / depreciation alone, where the company states it (the
///   ratio peers publish; D&A adds amortisation that differs by company)
/// - capex / OCF = capex / operating cash flow
/// - free cash flow, reported = operating cash flow - cash capex
/// - free cash flow, lease-adjusted = operating cash flow - cash capex - finance-lease principal
/// - capex growth = capex / previous fiscal year's capex - 1
///
/// Capex follows the chosen ``CapexDefinition`` in every ratio; the two free-cash-flow
/// variants always use cash capex, so they match the companies' own definitions.
public struct CapitalIntensityRow: Sendable, Hashable {
    public var year: CompanyYear
    public var definition: CapexDefinition
    public var capex: Figure
    /// What the capex figure is made of under ``definition``.
    public var capexBasis: String
    public var capexIntensity: Figure
    public var capexToDepreciation: Figure
    public var capexToDepreciationAlone: Figure
    public var capexToOperatingCashFlow: Figure
    public var freeCashFlowReported: Figure
    public var freeCashFlowLeaseAdjusted: Figure
    public var capexGrowth: Figure
    public var regime: RegimePlacement

    /// Computes the metrics of `year`, with `previous` (the same company's prior fiscal year,
    /// if known) for growth; `leaseLine` is the company's finance-lease line under
    /// ``CapexDefinition/withLeases``, the same in every year (by default the one the company
    /// states, else assets obtained).
    public init(year: CompanyYear, previous: CompanyYear?, definition: CapexDefinition, leaseLine: LeaseLine? = nil, bands: RegimeBands) {
        let leaseLine = leaseLine ?? year.company.capexLeaseLine ?? .assetsObtained
        self.year = year
        self.definition = definition
        (capex, capexBasis) = definition.capex(of: year, leaseLine: leaseLine)
        capexIntensity = .ratio(capex, year[.revenue])
        capexToDepreciation = .ratio(capex, year[.depreciationAmortization])
        capexToDepreciationAlone = .ratio(capex, year[.depreciation])
        capexToOperatingCashFlow = .ratioOfPositive(capex, year[.operatingCashFlow])
        freeCashFlowReported = .derived(year[.operatingCashFlow], year[.capex]) { $0[0] - $0[1] }
        freeCashFlowLeaseAdjusted = .derived(year[.operatingCashFlow], year[.capex], year[.financeLeasePrincipal]) {
            $0[0] - $0[1] - $0[2]
        }
        if let previous, previous.company.cik == year.company.cik, previous.fiscalYear == year.fiscalYear - 1 {
            let previousCapex = definition.capex(of: previous, leaseLine: leaseLine).figure
            capexGrowth = .derived(capex, previousCapex) { $0[1] == 0 ? nil : $0[0] / $0[1] - 1 }
        } else {
            capexGrowth = .unresolved
        }
        regime = bands.place(capexIntensity)
    }

    /// Metrics for every year of `years` (any companies, any order), each with its predecessor.
    /// The result is ordered by company ticker, then fiscal year.
    public static func rows(for years: [CompanyYear], definition: CapexDefinition, bands: RegimeBands) -> [CapitalIntensityRow] {
        let byCompany = Dictionary(grouping: years, by: \.company.cik)
        return byCompany.values
            .map { $0.sorted { $0.fiscalYear < $1.fiscalYear } }
            .sorted { ($0[0].company.displayTicker) < ($1[0].company.displayTicker) }
            .flatMap { companyYears in
                let leaseLine = LeaseLine.choose(stated: companyYears[0].company.capexLeaseLine, periods: companyYears)
                return companyYears.indices.map { index in
                    CapitalIntensityRow(year: companyYears[index],
                                        previous: index > 0 ? companyYears[index - 1] : nil,
                                        definition: definition, leaseLine: leaseLine, bands: bands)
                }
            }
    }
}
