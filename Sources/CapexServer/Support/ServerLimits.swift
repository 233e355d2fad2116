/// What the server accepts, so that no request can take more than about a second of CPU.
public struct ServerLimits: Sendable {
    /// Monte Carlo paths of one `/api/simulate` request.
    public var maximumPaths = 200_000
    /// Paths of the scenario lab and of `/api/simulate` when not given.
    public var defaultPaths = 20_000
    /// Paths of one `/api/sensitivity` request (it runs the model once per parameter as well).
    public var maximumSensitivityPaths = 50_000
    /// Projected years of a projection or simulation request.
    public var maximumYears = 50
    /// Largest request body, bytes.
    public var maximumBodyBytes = 64 * 1024
    /// Simulations run at once; more wait in a queue (see ``ComputeLimiter``).
    public var computeSlots: Int

    public init(computeSlots: Int) {
        self.computeSlots = computeSlots
    }
}
