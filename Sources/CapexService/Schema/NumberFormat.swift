/// How a number is meant to be read: the unit class that decides how renderers show it.
/// Machine formats (JSON, CSV) always carry the raw value; this only shapes text.
public enum NumberFormat: Sendable, Hashable {
    /// A whole number without grouping (a year, a CIK).
    case plain
    /// USD millions with thousands separators: `91,447`.
    case millions
    /// A fraction shown as a percentage with two decimals: `22.70%`.
    case percent
    /// A fraction shown as a signed percentage with one decimal: `+74.1%`.
    case growth
    /// A multiple with two decimals: `4.33x`.
    case multiple
    /// A number with the given decimals and grouping.
    case decimal(Int)
    /// Up to four decimals, trailing zeros dropped: `50`, `0.0675`, `650.026`.
    case auto
}
