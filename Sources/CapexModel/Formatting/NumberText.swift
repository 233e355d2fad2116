/// Locale-independent number formatting for tables and prose.
///
/// The same digits whatever the machine's locale: `.` as decimal point, `,` between thousands.
///
/// ```swift
/// NumberText.grouped(91_447)              // "91,447"
/// NumberText.fixed(0.22701, digits: 3)    // "0.227"
/// NumberText.percent(0.22701)             // "22.70%"
/// NumberText.signedPercent(-0.0336, digits: 1)   // "-3.4%"
/// ```
public enum NumberText {
    /// `value` rounded to `digits` decimals, without grouping. Non-finite values give "".
    public static func fixed(_ value: Double, digits: Int) -> String {
        render(value, digits: digits, grouping: false)
    }

    /// `value` rounded to `digits` decimals with thousands separators.
    public static func grouped(_ value: Double, digits: Int = 0) -> String {
        render(value, digits: digits, grouping: true)
    }

    /// A fraction as a percentage: 0.227 -> "22.70%".
    public static func percent(_ fraction: Double, digits: Int = 2) -> String {
        let text = fixed(fraction * 100, digits: digits)
        return text.isEmpty ? "" : text + "%"
    }

    /// A fraction as a signed percentage: 0.5 -> "+50.0%", -0.0336 -> "-3.4%", 0 -> "0.0%".
    public static func signedPercent(_ fraction: Double, digits: Int = 1) -> String {
        let text = percent(fraction, digits: digits)
        guard !text.isEmpty, !text.hasPrefix("-") else { return text }
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." || $0 == "%" }
        return isZero ? text : "+" + text
    }

    /// A number in its shortest exact form without grouping: 0.5 -> "0.5", 100 -> "100",
    /// 0.0675 -> "0.0675".
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// USD millions as billions with one decimal: 91_447 -> "$91.4B".
    public static func billions(fromMillions millions: Double, digits: Int = 1) -> String {
        let text = grouped(millions / 1_000, digits: digits)
        guard !text.isEmpty else { return "" }
        return text.hasPrefix("-") ? "-$" + text.dropFirst() + "B" : "$" + text + "B"
    }

    private static func render(_ value: Double, digits: Int, grouping: Bool) -> String {
        guard value.isFinite else { return "" }
        let digits = max(0, min(digits, 12))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e18 else { return String(value) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var text = grouping ? groupedDigits(whole) : String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return units != 0 && value < 0 ? "-" + text : text
    }

    private static func groupedDigits(_ number: UInt64) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
