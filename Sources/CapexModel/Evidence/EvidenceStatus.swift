/// How much a figure can be trusted, from strongest to weakest.
///
/// Every number CapexGap shows carries one of these. A value computed from other values takes
/// the weakest status of its inputs (and is at best ``derived``); a value with a missing input
/// is ``unresolved`` and has no number at all.
///
/// ```swift
/// let status = EvidenceStatus.weakest([.reported, .estimated])   // .estimated
/// ```
public enum EvidenceStatus: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Read from a company filing (10-K, 10-Q, 8-K exhibit) or a company-issued release.
    case reported
    /// Computed by CapexGap from reported figures.
    case derived
    /// From a cited secondary source (press, analyst, aggregator).
    case estimated
    /// A user assumption or a model parameter without a source.
    case scenario
    /// An input was missing: the value is unknown and shown empty, never as zero.
    case unresolved

    /// Rank from strongest (0) to weakest.
    public var weakness: Int {
        switch self {
        case .reported: 0
        case .derived: 1
        case .estimated: 2
        case .scenario: 3
        case .unresolved: 4
        }
    }

    public static func < (lhs: EvidenceStatus, rhs: EvidenceStatus) -> Bool {
        lhs.weakness < rhs.weakness
    }

    /// The weakest status among `statuses` (``reported`` for an empty list).
    public static func weakest<S: Sequence>(_ statuses: S) -> EvidenceStatus where S.Element == EvidenceStatus {
        statuses.max() ?? .reported
    }

    /// The status of a value computed from inputs with these statuses: at best ``derived``.
    public static func derived<S: Sequence>(from inputs: S) -> EvidenceStatus where S.Element == EvidenceStatus {
        max(.derived, weakest(inputs))
    }

    /// A one-letter mark for tables: R, D, E, S, or `?` for unresolved.
    public var mark: String {
        switch self {
        case .reported: "R"
        case .derived: "D"
        case .estimated: "E"
        case .scenario: "S"
        case .unresolved: "?"
        }
    }

    /// Parses the evidence words used in data files, including `secondary` (an estimate).
    public init?(dataWord: String) {
        switch dataWord.lowercased() {
        case "reported": self = .reported
        case "derived": self = .derived
        case "estimated", "secondary": self = .estimated
        case "scenario": self = .scenario
        case "unresolved": self = .unresolved
        default: return nil
        }
    }
}
