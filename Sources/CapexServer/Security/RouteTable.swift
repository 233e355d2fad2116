import Hummingbird

/// The methods each route answers, so a known route asked with another method answers 405
/// (with `Allow`) rather than 404.
struct RouteTable: Sendable {
    private var routes: [(segments: [String], methods: Set<HTTPRequest.Method>)] = []

    mutating func add(_ path: String, methods: Set<HTTPRequest.Method>) {
        routes.append((path.split(separator: "/").map(String.init), methods))
    }

    /// The methods of the route matching `path` (`:name` segments match any), or `nil`.
    func methods(for path: String) -> Set<HTTPRequest.Method>? {
        let segments = path.split(separator: "/").map(String.init)
        return routes.first { route in
            route.segments.count == segments.count && zip(route.segments, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }?.methods
    }
}

/// Answers an unknown route (404) or a wrong method (405): JSON under `/api/`, an HTML page
/// elsewhere.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            if let methods = routes.methods(for: path), !methods.contains(request.method) {
                let allow = methods.map(\.rawValue).sorted().joined(separator: ", ")
                throw APIError(status: .methodNotAllowed, message: "\(request.method.rawValue) is not allowed on \(path); use \(allow)", field: nil,
                               headers: [.allow: allow])
            }
            if path.hasPrefix("/api") { throw APIError.notFound(path) }
            return .html(DashboardPage.error("There is no page at \(path).", title: "Page not found"), status: .notFound)
        }
    }
}
