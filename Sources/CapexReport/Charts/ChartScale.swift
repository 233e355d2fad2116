import RealModule

/// A linear map from data values to pixels, with "nice" tick values (1, 2, 2.5 or 5 times a
/// power of ten).
struct ChartScale {
    let domain: (lower: Double, upper: Double)
    let range: (start: Double, end: Double)

    /// A scale covering `values` (and zero when `includeZero`), widened to nice tick bounds.
    init(values: [Double], range: (Double, Double), includeZero: Bool = true, ticks: Int = 5) {
        var lower = values.filter(\.isFinite).min() ?? 0
        var upper = values.filter(\.isFinite).max() ?? 1
        if includeZero {
            lower = min(lower, 0)
            upper = max(upper, 0)
        }
        if lower == upper {
            lower -= 1
            upper += 1
        }
        let step = Self.niceStep((upper - lower) / Double(max(1, ticks)))
        domain = ((lower / step).rounded(.down) * step, (upper / step).rounded(.up) * step)
        self.range = range
    }

    /// A scale with an exact domain (for years).
    init(exact lower: Double, _ upper: Double, range: (Double, Double)) {
        domain = (lower, upper == lower ? lower + 1 : upper)
        self.range = range
    }

    func position(_ value: Double) -> Double {
        range.start + (value - domain.lower) / (domain.upper - domain.lower) * (range.end - range.start)
    }

    /// Tick values within the domain.
    func ticks(count: Int = 5) -> [Double] {
        let step = Self.niceStep((domain.upper - domain.lower) / Double(max(1, count)))
        var values: [Double] = []
        var value = (domain.lower / step).rounded(.up) * step
        while value <= domain.upper + step * 1e-9 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return values
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = Double.pow(10, Double.log10(raw).rounded(.down))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }
}
