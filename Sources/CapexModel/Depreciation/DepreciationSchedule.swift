/// Straight-line depreciation of yearly capex vintages under a useful life.
///
/// Each year's server capex (capex x server share) is depreciated over `life` years with the
/// half-year convention: half a year's charge in the year it is spent, a full charge in each
/// following year, and the remainder in the last year. A year's depreciation sums the charges
/// of every vintage still in service; it is unresolved when a vintage it needs is missing
/// (the capex history starts too late), never a partial sum.
public struct DepreciationSchedule: Sendable, Hashable {
    /// Useful life in years (fractions allowed, e.g. 5.5).
    public let life: Double

    public init(life: Double) {
        self.life = life
    }

    /// The share of a vintage's cost charged `age` years after the year it was spent (age 0).
    public func charge(age: Int) -> Double {
        guard age >= 0 else { return 0 }
        let start = max(0, Double(age) - 0.5)
        let end = min(life, Double(age) + 0.5)
        return max(0, end - start) / life
    }

    /// The oldest vintage (in years before) that still carries a charge.
    public var maximumAge: Int { Int((life + 0.5).rounded(.up)) }

    /// Depreciation in `year` of the vintages `capexByYear` (USD, any unit), unresolved when a
    /// needed vintage is absent.
    public func depreciation(in year: Int, capexByYear: [Int: Figure]) -> Figure {
        var parts: [Figure] = []
        for age in 0...maximumAge {
            let share = charge(age: age)
            guard share > 0 else { continue }
            guard let capex = capexByYear[year - age] else { return .unresolved }
            parts.append(Figure.derived(capex) { $0[0] * share })
        }
        return Figure.sum(parts)
    }
}
