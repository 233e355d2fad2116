import CapexData
import CapexModel
import Foundation

/// `update`: refresh companies' filings from SEC EDGAR's companyfacts API (or a mirror folder).
public struct UpdateRequest: Sendable {
    /// The companies to refresh (none named: every company in the database).
    public var companies: CompanyFilter
    /// `Name contact@example.com`; required for downloads (SEC's fair-access rules).
    public var userAgent: String?
    /// The API host: files are `{source}/api/xbrl/companyfacts/CIK##########.json`.
    public var source: URL
    /// A folder holding the same file names, read instead of downloading.
    public var mirror: URL?
    public var basis: FilingBasis
    /// Time limit, attempts and back-off of each download (tests shorten them).
    public var timeoutSeconds: Double
    public var maximumAttempts: Int
    public var backoffSeconds: Double
    public var maximumRetryAfterSeconds: Double

    /// SEC's API host.
    public static let secAPI = URL(string: "https://data.sec.gov")!

    public init(companies: CompanyFilter = CompanyFilter(), userAgent: String? = nil, source: URL = UpdateRequest.secAPI, mirror: URL? = nil,
                basis: FilingBasis = .first, timeoutSeconds: Double = 30, maximumAttempts: Int = 4, backoffSeconds: Double = 1,
                maximumRetryAfterSeconds: Double = 60) {
        self.companies = companies
        self.userAgent = userAgent
        self.source = source
        self.mirror = mirror
        self.basis = basis
        self.timeoutSeconds = timeoutSeconds
        self.maximumAttempts = maximumAttempts
        self.backoffSeconds = backoffSeconds
        self.maximumRetryAfterSeconds = maximumRetryAfterSeconds
    }

    /// The companyfacts file name of a CIK: `CIK0000789019.json`.
    public static func fileName(cik: Int) -> String {
        let digits = String(cik)
        return "CIK" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits + ".json"
    }

    /// The policy of the downloads, or a usage error when no valid User-Agent was given.
    func policy() throws -> FetchPolicy {
        guard let userAgent, FetchPolicy.isValidUserAgent(userAgent) else {
            throw InvalidInput(field: "user_agent", message: userAgent == nil
                ? "SEC requires a User-Agent naming a contact: pass --user-agent \"Your Name you@example.com\" or set CAPEXGAP_USER_AGENT (or read files with --mirror DIR)"
                : "--user-agent '\(userAgent ?? "")' does not name a contact: give a name and an e-mail address, e.g. \"Jane Doe jane@example.com\"",
                allowedValues: [])
        }
        return FetchPolicy(userAgent: userAgent, timeoutSeconds: timeoutSeconds, maximumAttempts: maximumAttempts,
                           backoffSeconds: backoffSeconds, maximumRetryAfterSeconds: maximumRetryAfterSeconds)
    }
}

/// A downloaded file that is not the companyfacts asked for.
public struct UpdateFileError: Error, CustomStringConvertible, Sendable {
    public var url: String
    public var reason: String

    public var description: String { "\(url): \(reason); nothing was written" }
}
