import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads files over HTTP with SEC's fair-access rules: the User-Agent on every request,
/// at most ``FetchPolicy/requestsPerSecond`` request starts a second, Retry-After honoured on
/// 429, exponential back-off on 5xx (bounded), a time limit, and conditional requests for
/// files already cached (If-None-Match / If-Modified-Since, 304 reuses the cache).
///
/// Uses URLSession (FoundationNetworking, part of the toolchain) rather than AsyncHTTPClient:
/// a handful of GETs do not justify its TLS stack's minutes of build.
public final class HTTPDownloader: Sendable {
    /// A downloaded file, and whether it came from the cache after a 304.
    public struct Download: Sendable {
        public var data: Data
        public var notModified: Bool
        public var validators: ResponseCache.Validators
    }

    public let policy: FetchPolicy
    private let session: URLSession
    private let limiter: RateLimiter

    public init(policy: FetchPolicy) {
        self.policy = policy
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeoutSeconds
        configuration.timeoutIntervalForResource = policy.timeoutSeconds
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpMaximumConnectionsPerHost = 1
        session = URLSession(configuration: configuration)
        limiter = RateLimiter(requestsPerSecond: policy.requestsPerSecond)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// GETs `url`; `cached` (body and validators) makes the request conditional.
    public func get(_ url: URL, cached: (data: Data, validators: ResponseCache.Validators)? = nil) async throws -> Download {
        var attempt = 0
        while true {
            attempt += 1
            try await limiter.acquire()
            var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: policy.timeoutSeconds)
            request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
            if let validators = cached?.validators {
                if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
                if let date = validators.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
            }
            let (data, response) = try await send(request)
            let status = response.statusCode
            switch status {
            case 200:
                try checkLength(data, response: response, url: url)
                return Download(data: data, notModified: false,
                                validators: .init(etag: response.value(forHTTPHeaderField: "ETag"),
                                                  lastModified: response.value(forHTTPHeaderField: "Last-Modified")))
            case 304:
                guard let cached else { throw FetchError.status(url: url.absoluteString, code: status) }
                return Download(data: cached.data, notModified: true, validators: cached.validators)
            case 429, 500...599:
                guard attempt < policy.maximumAttempts else {
                    throw FetchError.gaveUp(url: url.absoluteString, code: status, attempts: attempt)
                }
                let wait = status == 429 ? retryAfter(response) ?? backoff(attempt) : backoff(attempt)
                guard wait <= policy.maximumRetryAfterSeconds else {
                    throw FetchError.gaveUp(url: url.absoluteString, code: status, attempts: attempt)
                }
                try await Task.sleep(for: .milliseconds(Int64(wait * 1_000)))
            default:
                throw FetchError.status(url: url.absoluteString, code: status)
            }
        }
    }

    private func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let url = request.url?.absoluteString ?? "?"
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else { throw FetchError.network(url: url, reason: "not an HTTP answer") }
            return (data, http)
        } catch let error as FetchError {
            throw error
        } catch let error as URLError where error.code == .timedOut {
            throw FetchError.timeout(url: url, seconds: policy.timeoutSeconds)
        } catch let error as URLError {
            throw FetchError.network(url: url, reason: Self.words(error))
        } catch {
            throw FetchError.network(url: url, reason: "\(error)")
        }
    }

    /// A body shorter than its Content-Length is a broken download.
    private func checkLength(_ data: Data, response: HTTPURLResponse, url: URL) throws {
        guard response.value(forHTTPHeaderField: "Content-Encoding") == nil,
              let declared = response.value(forHTTPHeaderField: "Content-Length").flatMap(Int.init), declared != data.count else { return }
        throw FetchError.network(url: url.absoluteString, reason: "the body ended after \(data.count) of \(declared) bytes")
    }

    /// Retry-After as seconds, or as an HTTP date (RFC 9110) from now.
    private func retryAfter(_ response: HTTPURLResponse) -> Double? {
        guard let text = response.value(forHTTPHeaderField: "Retry-After")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(text) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text).map { max(0, $0.timeIntervalSinceNow) }
    }

    private func backoff(_ attempt: Int) -> Double {
        policy.backoffSeconds * Double(1 << min(attempt - 1, 10))
    }

    private static func words(_ error: URLError) -> String {
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: "the host name does not resolve (no network, or a wrong --source)"
        case .cannotConnectToHost: "the connection was refused"
        case .notConnectedToInternet: "no network connection"
        case .networkConnectionLost: "the connection was lost during the download"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate: "the TLS connection failed"
        default: error.localizedDescription
        }
    }
}
