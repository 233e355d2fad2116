import Foundation

/// Why a download failed; every case names the address.
public enum FetchError: Error, Sendable, CustomStringConvertible, Equatable {
    /// No connection: DNS, refused, reset, TLS (`reason` is the system's words).
    case network(url: String, reason: String)
    /// No complete answer within the time limit.
    case timeout(url: String, seconds: Double)
    /// An HTTP status that retrying does not fix (403, 404, ...).
    case status(url: String, code: Int)
    /// Still 429 or 5xx after the allowed attempts.
    case gaveUp(url: String, code: Int, attempts: Int)
    /// Not a file from the mirror folder.
    case missingInMirror(path: String)

    public var description: String {
        switch self {
        case .network(let url, let reason):
            "cannot reach \(url): \(reason)"
        case .timeout(let url, let seconds):
            "\(url) did not answer within \(Self.seconds(seconds)) s"
        case .status(let url, 403):
            "\(url) answered 403 Forbidden: SEC refuses requests without a User-Agent naming a contact, or above 10 requests a second"
        case .status(let url, 404):
            "\(url) answered 404 Not Found: no companyfacts for this CIK (check the CIK, or the --source address)"
        case .status(let url, let code):
            "\(url) answered HTTP \(code)"
        case .gaveUp(let url, let code, let attempts):
            "\(url) still answered HTTP \(code) after \(attempts) attempts; try again later"
        case .missingInMirror(let path):
            "\(path) is not in the mirror folder"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
