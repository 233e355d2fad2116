import Foundation

/// Spaces request starts at least `1 / requestsPerSecond` apart, so no one-second window holds
/// more than `requestsPerSecond` of them (SEC's fair-access limit is 10 a second).
actor RateLimiter {
    private let interval: Duration
    private var next: ContinuousClock.Instant

    init(requestsPerSecond: Double) {
        interval = .nanoseconds(Int64((1_000_000_000 / max(requestsPerSecond, 0.001)).rounded(.up)))
        next = .now
    }

    /// Waits for the next free slot and takes it.
    func acquire() async throws {
        let now = ContinuousClock.Instant.now
        let slot = max(now, next)
        next = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }
}
