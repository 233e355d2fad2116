import Dispatch

/// Runs expensive work (Monte Carlo, sensitivity) off the request threads, at most `slots` at
/// a time. Further requests wait in a queue of at most `queueLimit`, for at most `waitLimit`;
/// beyond either they fail with ``APIError/busy`` (503), so a burst of simulations cannot stall
/// the pages and the cheap API routes.
actor ComputeLimiter {
    let slots: Int
    let queueLimit: Int
    let waitLimit: Duration
    private var running = 0
    private var waiting: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID = 0

    /// How many requests wait for a slot now.
    var waitingCount: Int { waiting.count }

    init(slots: Int, queueLimit: Int = 32, waitLimit: Duration = .seconds(5)) {
        self.slots = max(1, slots)
        self.queueLimit = queueLimit
        self.waitLimit = waitLimit
    }

    /// Runs `work` on a Dispatch thread once a slot is free.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    private func acquire() async throws {
        if running < slots {
            running += 1
            return
        }
        guard waiting.count < queueLimit else { throw APIError.busy }
        let id = nextID
        nextID += 1
        let limit = waitLimit
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiting.append((id, continuation))
            Task {
                try? await Task.sleep(for: limit)
                self.expire(id)
            }
        }
    }

    /// Hands the slot to the next waiter, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().continuation.resume()
        }
    }

    private func expire(_ id: Int) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).continuation.resume(throwing: APIError.busy)
    }
}
