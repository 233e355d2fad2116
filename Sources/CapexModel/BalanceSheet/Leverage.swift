/// How leveraged a company's build-out is, from its financing facts (the neoclouds' question):
///
/// - debt / PP&E = debt outstanding / property and equipment, net, at the same date: how much
///   of the equipment is paid for with borrowed money;
/// - interest cover = operating income / interest expense over the same period: below 1, the
///   operating business does not earn its interest.
///
/// Where two rows give the same figure for a date or period, the stronger evidence is used.
public struct LeverageRow: Sendable, Hashable {
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        case debtToPPE = "debt_to_pp_e"
        case interestCover = "interest_cover"

        public var definition: String {
            switch self {
            case .debtToPPE: "debt outstanding / property and equipment, net, at the same date"
            case .interestCover: "operating income / interest expense for the same period (below 1: interest is not covered)"
            }
        }
    }

    public var company: Company
    public var start: CalendarDate?
    public var end: CalendarDate
    public var measure: Measure
    /// A ratio (times).
    public var figure: Figure
    /// The two rows it is computed from (numerator first).
    public var inputs: [FinancingFact]

    /// The ratios `facts` allow, by company, date and measure.
    public static func rows(_ facts: [FinancingFact]) -> [LeverageRow] {
        func strongest(_ rows: [FinancingFact]) -> FinancingFact? { rows.min { $0.figure.evidence < $1.figure.evidence } }
        var result: [LeverageRow] = []
        let byCompany = Dictionary(grouping: facts) { $0.company.ticker ?? String($0.company.cik) }
        for (_, rows) in byCompany {
            for (measure, numerator, denominator) in [(Measure.debtToPPE, "debt_outstanding", "pp_e_net"),
                                                      (.interestCover, "operating_income", "interest_expense")] {
                let tops = Dictionary(grouping: rows.filter { $0.metric == numerator }) { "\($0.start?.description ?? "")/\($0.end)" }
                let bottoms = Dictionary(grouping: rows.filter { $0.metric == denominator }) { "\($0.start?.description ?? "")/\($0.end)" }
                for (key, top) in tops {
                    guard let top = strongest(top), let bottom = bottoms[key].flatMap(strongest) else { continue }
                    result.append(LeverageRow(company: top.company, start: top.isBalance ? nil : top.start, end: top.end, measure: measure,
                                              figure: .ratio(top.figure, bottom.figure), inputs: [top, bottom]))
                }
            }
        }
        return result.sorted {
            ($0.company.displayTicker, $0.end, $0.measure.rawValue, $0.start?.description ?? "") < ($1.company.displayTicker, $1.end, $1.measure.rawValue, $1.start?.description ?? "")
        }
    }
}
