import CapexModel

/// One value of a result row, typed: text, a whole number, a number, a figure with its
/// evidence, or a yes/no. `nil` is a missing value (JSON `null`, an empty CSV cell).
public enum FieldValue: Sendable, Hashable {
    case text(String?)
    case integer(Int?)
    case number(Double?)
    case figure(Figure)
    /// A figure shown in its own format rather than its field's (e.g. a year among amounts).
    case styledFigure(Figure, NumberFormat)
    case bool(Bool?)

    /// The figure it carries, if any.
    public var figure: Figure? {
        switch self {
        case .figure(let figure), .styledFigure(let figure, _): figure
        default: nil
        }
    }
}
