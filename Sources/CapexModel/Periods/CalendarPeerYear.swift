/// A peer set's totals for one calendar year, summed from its members' calendar quarters
/// (USD millions). Unlike fiscal-year sums, every member's figures cover the same months.
///
/// - capex, revenue: sums of the members' four calendar quarters; unresolved when any member
///   lacks a quarter or the quarter's figure (``incomplete`` names them)
/// - weighted intensity = capex / revenue
/// - growth = this year's sum / the previous calendar year's - 1
public struct CalendarPeerYear: Sendable, Hashable {
    public var year: Int
    public var totals: [CalendarYearTotal]
    public var capex: Figure
    public var revenue: Figure
    public var weightedIntensity: Figure
    public var capexGrowth: Figure
    /// Members whose capex or revenue for the year is unresolved, with why: `ORCL: no 2025Q4`.
    public var incomplete: [String]

    public init(year: Int, totals: [CalendarYearTotal], definition: CapexDefinition, previous: CalendarPeerYear?) {
        self.year = year
        self.totals = totals.sorted { $0.company.displayTicker < $1.company.displayTicker }
        capex = .sum(self.totals.map { $0.capex(definition) })
        revenue = .sum(self.totals.map { $0.sum(.revenue) })
        weightedIntensity = .ratio(capex, revenue)
        if let previous, previous.year == year - 1 {
            capexGrowth = .derived(capex, previous.capex) { $0[1] == 0 ? nil : $0[0] / $0[1] - 1 }
        } else {
            capexGrowth = .unresolved
        }
        incomplete = self.totals.compactMap { total in
            let ticker = total.company.displayTicker
            if !total.missing.isEmpty { return "\(ticker): no \(Self.text(total.missing))" }
            var lacking: [String] = []
            if !total.capex(definition).isResolved { lacking.append(definition == .cash ? "capex" : definition.label) }
            if !total.sum(.revenue).isResolved { lacking.append("revenue") }
            guard !lacking.isEmpty else { return nil }
            let quarters = total.quarters.filter { !$0[.revenue].isResolved || !definition.capex(of: $0, leaseLine: total.leaseLine).figure.isResolved }
            return "\(ticker): no \(lacking.joined(separator: "/")) for \(Self.text(quarters.compactMap(\.calendarQuarter)))"
        }
    }

    /// Quarters of one year as `2025Q1-Q3` when consecutive, else `2025Q1 2025Q3`.
    static func text(_ quarters: [CalendarQuarter]) -> String {
        guard let first = quarters.first, let last = quarters.last else { return "" }
        let consecutive = zip(quarters, quarters.dropFirst()).allSatisfy { $0.next == $1 }
        if quarters.count > 1, consecutive, first.year == last.year { return "\(first)-Q\(last.quarter)" }
        return quarters.map(\.description).joined(separator: " ")
    }
}
