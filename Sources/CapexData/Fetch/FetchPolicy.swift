import Foundation

/// How the downloader behaves: SEC's fair-access rules and bounded retries.
public struct FetchPolicy: Sendable {
    /// `Name contact@example.com`: SEC requires a User-Agent naming a contact.
    public var userAgent: String
    /// At most this many request starts a second (SEC: 10).
    public var requestsPerSecond: Double
    /// Seconds a request may take, first byte to last.
    public var timeoutSeconds: Double
    /// Attempts per file on 429 and 5xx, the first included.
    public var maximumAttempts: Int
    /// The first back-off after a 5xx, doubled each time (seconds).
    public var backoffSeconds: Double
    /// The longest Retry-After honoured (seconds); a longer one gives up.
    public var maximumRetryAfterSeconds: Double

    public init(userAgent: String, requestsPerSecond: Double = 10, timeoutSeconds: Double = 30, maximumAttempts: Int = 4,
                backoffSeconds: Double = 1, maximumRetryAfterSeconds: Double = 60) {
        self.userAgent = userAgent
        self.requestsPerSecond = requestsPerSecond
        self.timeoutSeconds = timeoutSeconds
        self.maximumAttempts = maximumAttempts
        self.backoffSeconds = backoffSeconds
        self.maximumRetryAfterSeconds = maximumRetryAfterSeconds
    }

    /// Whether `text` names a contact the way SEC asks: some name and an e-mail address.
    public static func isValidUserAgent(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.contains { $0.contains("@") && $0.contains(".") } && text.allSatisfy { $0.isASCII && !$0.isNewline }
    }
}
