import Hummingbird

/// The `Host` names the server answers to. A page on another site can make a browser send
/// requests to a loopback server through a name it controls (DNS rebinding); refusing any
/// `Host` that is not an address, `localhost` or a name the user allowed closes that door.
public struct AllowedHosts: Sendable {
    /// Names allowed besides IP addresses and `localhost` (lower case, without port).
    public var names: Set<String>

    public init(names: [String] = []) {
        self.names = Set(names.map { $0.lowercased() })
    }

    /// IP addresses and `localhost` only.
    public static let loopback = AllowedHosts()

    /// Whether a request with this `Host` value (`name`, `name:port`, `[v6]:port`) is answered.
    public func allows(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        let name = Self.name(of: host).lowercased()
        return name == "localhost" || names.contains(name) || Self.isIPAddress(name)
    }

    /// The host part of a `Host` header, without port or brackets.
    static func name(of host: String) -> String {
        if host.hasPrefix("[") { return String(host.dropFirst().prefix { $0 != "]" }) }
        return String(host.prefix { $0 != ":" })
    }

    static func isIPAddress(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, parts.allSatisfy({ part in !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && UInt8(part) != nil }) {
            return true
        }
        return name.contains(":") && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}

/// Refuses a request whose `Host` is not allowed with 421 Misdirected Request.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowed: AllowedHosts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard allowed.allows(request.head.authority) else {
            throw APIError(status: .misdirectedRequest,
                           message: "this server does not answer to the host '\(request.head.authority ?? "")'; use its address or localhost (capexgap serve --allow-host NAME allows a name)",
                           field: nil)
        }
        return try await next(request, context)
    }
}
