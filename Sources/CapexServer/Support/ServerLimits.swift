/// What the server accepts, so that no request can take more than about a second of CPU and
/// no client can hold the server.
public struct ServerLimits: Sendable {
    /// Monte Carlo paths of one `/api/simulate` request.
    public var maximumPaths = 200_000
    /// Paths of `/api/simulate` when not given.
    public var defaultPaths = 20_000
    /// Paths of each scenario lab recompute, and the threads it runs on: 100,000 paths of
    /// `base` take about 0.08 s on two threads (docs/performance.md).
    public var labPaths = 100_000
    public var labThreads = 2
    /// Paths of one `/api/sensitivity` request (it runs the model once per parameter as well).
    public var maximumSensitivityPaths = 50_000
    /// Projected years of a projection or simulation request.
    public var maximumYears = 50
    /// Largest request body, bytes.
    public var maximumBodyBytes = 64 * 1024
    /// Simulations run at once; more wait in a queue (see ``ComputeLimiter``).
    public var computeSlots: Int
    /// Longest a simulation waits in the queue before the request is answered 503.
    public var computeWaitLimit = Duration.seconds(5)
    /// Connections open at once; past it, new ones wait to be accepted.
    public var maximumConnections = 4_096
    /// Seconds a connection has to send a whole request head before it is closed.
    public var requestHeadSeconds: Int64 = 10

    public init(computeSlots: Int) {
        self.computeSlots = computeSlots
    }
}
