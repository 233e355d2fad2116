import CapexData
import CapexModel
import CapexReport
import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// The dashboard and JSON API as a Hummingbird application.
///
/// ```swift
/// let state = ServerState(database: try CapexDatabase.open(path: nil), limits: ServerLimits(computeSlots: 2))
/// let app = Dashboard.application(state: state, host: "127.0.0.1", port: 8080)
/// try await app.runService()
/// ```
public enum Dashboard {
    /// The version the OpenAPI document states.
    public static let version = "0.6.0"

    /// Every API route, in the order the OpenAPI document lists them.
    static func endpoints(_ state: ServerState) -> [Endpoint] {
        FilingsEndpoints.all(state) + ModelEndpoints.all(state)
    }

    /// The router with every page and API route.
    public static func router(_ state: ServerState) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: NotFoundMiddleware())
        let endpoints = endpoints(state)
        let limits = state.limits
        for endpoint in endpoints {
            router.get(RouterPath(endpoint.path)) { request, _ in
                try await endpoint.respond(Query(request))
            }
            if endpoint.acceptsBody {
                router.post(RouterPath(endpoint.path)) { request, _ in
                    var request = request
                    let body: ByteBuffer
                    do {
                        body = try await request.collectBody(upTo: limits.maximumBodyBytes)
                    } catch {
                        throw APIError(status: .contentTooLarge, message: "the body is larger than \(limits.maximumBodyBytes) bytes", field: "body")
                    }
                    return try await endpoint.respond(Query.json(Data(buffer: body)))
                }
            }
        }
        let openAPI = OpenAPIDocument.json(endpoints, version: version)
        router.get("/api/openapi.json") { _, _ in Response.text(openAPI, contentType: "application/json; charset=utf-8") }
        router.get("/api") { _, _ in Response.html(APIPage.render(endpoints)) }

        router.get("/") { _, _ in try await page(current: "/") { try await OverviewPage.render(state) } }
        router.get("/companies") { request, _ in try await page(current: "/companies") { try CompaniesPages.list(state, query: Query(request)) } }
        router.get("/companies/:ticker") { _, context in
            let ticker = context.parameters.get("ticker") ?? ""
            return try await page(current: "/companies") { try CompaniesPages.company(state, ticker: ticker) }
        }
        router.get("/gap-models") { _, _ in try await page(current: "/gap-models") { try GapModelsPage.index(state) } }
        for model in GapModels.all {
            router.get(RouterPath("/gap-models/\(model.id)")) { request, _ in
                try await page(current: "/gap-models") { try GapModelsPage.page(model, state, query: Query(request)) }
            }
            router.get(RouterPath("/gap-models/\(model.id)/results")) { request, _ in
                try await fragment { try GapModelsPage.results(GapModelsPage.run(model, state, query: Query(request)), state: state, query: Query(request)) }
            }
        }
        router.get("/lab") { request, _ in try await page(current: "/lab") { try await ScenarioLabPage.page(state, query: Query(request)) } }
        router.get("/lab/results") { request, _ in
            try await fragment { try await ScenarioLabPage.results(ScenarioLabPage.scenario(state, query: Query(request)), state: state) }
        }
        router.get("/analogs") { request, _ in try await page(current: "/analogs") { try HistoryPages.analogs(state, query: Query(request)) } }
        router.get("/value-chain") { request, _ in try await page(current: "/value-chain") { try HistoryPages.valueChain(state, query: Query(request)) } }
        router.get("/sources") { _, _ in try await page(current: "/sources") { try SourcesPage.render(state) } }
        return router
    }

    /// A page, or an HTML error page with 400 (bad parameters) or 404 (unknown company).
    static func page(current: String, _ render: () async throws -> String) async throws -> Response {
        do {
            return .html(try await render())
        } catch {
            let answer = APIError(error)
            guard answer.status != .internalServerError else { throw error }
            let status: HTTPResponse.Status = answer.field == "ticker" ? .notFound : answer.status
            return .html(DashboardPage.error(answer.message, current: current), status: status)
        }
    }

    /// A part of a page (the dashboard's script swaps it in), or the error in a box with 400.
    static func fragment(_ render: () async throws -> String) async throws -> Response {
        do {
            return .html(try await render())
        } catch {
            let answer = APIError(error)
            guard answer.status != .internalServerError else { throw error }
            return .html(DashboardPage.errorBox(answer.message), status: answer.status)
        }
    }

    /// The application listening on `host:port`; `onRunning` is told the address it bound
    /// (port 0 picks a free port).
    public static func application(state: ServerState, host: String, port: Int, logger: Logger,
                                   onRunning: @escaping @Sendable (String) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(state),
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "CapexGap",
                                                    availableConnectionsDelegate: MaximumAvailableConnections(512)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                await onRunning("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger
        )
    }
}

/// Answers an unknown route: JSON under `/api/`, an HTML page elsewhere.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            if request.uri.path.hasPrefix("/api") { throw APIError.notFound(request.uri.path) }
            return .html(DashboardPage.error("There is no page at \(request.uri.path).", title: "Page not found"), status: .notFound)
        }
    }
}
