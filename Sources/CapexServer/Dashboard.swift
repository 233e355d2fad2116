import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOFoundationEssentialsCompat

/// The dashboard and JSON API as a Hummingbird application.
///
/// ```swift
/// let state = ServerState(database: try CapexDatabase.open(path: nil, access: .read), limits: ServerLimits(computeSlots: 2))
/// let app = Dashboard.application(state: state, host: "127.0.0.1", port: 8080, logger: logger)
/// try await app.runService()
/// ```
public enum Dashboard {
    /// The version the OpenAPI document states.
    public static let version = "0.7.0"

    /// Every API route, in the order the OpenAPI document lists them.
    static func endpoints(_ state: ServerState) -> [Endpoint] {
        FilingsEndpoints.all(state) + PeriodsEndpoints.all(state) + BalanceSheetEndpoints.all(state) + ScreenEndpoints.all(state) + GapEndpoints.all(state) + ScenarioEndpoints.all(state) + HistoryEndpoints.all(state)
    }

    /// The pages, each with the method it answers.
    static let pagePaths = ["/", "/companies", "/companies/:ticker", "/quarters", "/commitments", "/screen", "/gap-models", "/lab", "/lab/results", "/analogs", "/value-chain",
                            "/sources", "/api", "/api/openapi.json", Assets.stylesheetPath, Assets.scriptPath]
        + GapModels.all.flatMap { ["/gap-models/\($0.id)", "/gap-models/\($0.id)/results"] }

    /// The router with every page and API route, behind the host check and the security headers.
    public static func router(_ state: ServerState, allowedHosts: AllowedHosts = .loopback) -> Router<BasicRequestContext> {
        let router = Router()
        let endpoints = endpoints(state)
        var routes = RouteTable()
        for endpoint in endpoints { routes.add(endpoint.path, methods: endpoint.acceptsBody ? [.get, .head, .post] : [.get, .head]) }
        for path in pagePaths { routes.add(path, methods: [.get, .head]) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: HostCheckMiddleware(allowed: allowedHosts))
        router.add(middleware: NotFoundMiddleware(routes: routes))
        let limits = state.limits
        for endpoint in endpoints {
            router.get(RouterPath(endpoint.path)) { request, _ in
                // Simulations are seeded and cheap to key, but they are queued and bounded instead.
                endpoint.isCompute ? try await endpoint.respond(Query(request)) : try await AnswerCache.respond(endpoint, request: request, state: state)
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
        router.get("/api/openapi.json") { _, _ in Response.json(openAPI) }
        router.get("/api") { _, _ in Response.html(APIPage.render(endpoints)) }
        router.get(RouterPath(Assets.stylesheetPath)) { _, _ in Assets.stylesheet }
        router.get(RouterPath(Assets.scriptPath)) { _, _ in Assets.script }

        router.get("/") { _, _ in try await page(current: "/") { try await OverviewPage.render(state) } }
        router.get("/companies") { request, _ in try await page(current: "/companies") { try CompaniesPages.list(state, query: Query(request)) } }
        router.get("/companies/:ticker") { _, context in
            let ticker = context.parameters.get("ticker") ?? ""
            return try await page(current: "/companies") { try CompaniesPages.company(state, ticker: ticker) }
        }
        router.get("/quarters") { request, _ in try await page(current: "/quarters") { try QuartersPage.render(state, query: Query(request)) } }
        router.get("/commitments") { request, _ in try await page(current: "/commitments") { try CommitmentsPage.render(state, query: Query(request)) } }
        router.get("/screen") { request, _ in try await page(current: "/screen") { try ScreenPage.render(state, query: Query(request)) } }
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
            guard answer.status != .internalServerError else { throw answer }
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
            guard answer.status != .internalServerError else { throw answer }
            return .html(DashboardPage.errorBox(answer.message), status: answer.status)
        }
    }

    /// The application listening on `host:port`; `onRunning` is told the address it bound
    /// (port 0 picks a free port).
    public static func application(state: ServerState, host: String, port: Int, allowedHosts: AllowedHosts = .loopback, logger: Logger,
                                   onRunning: @escaping @Sendable (String) async -> Void = { _ in }) -> some ApplicationProtocol {
        let limits = state.limits
        return Application(
            router: router(state, allowedHosts: allowedHosts),
            server: .http1(configuration: .init(additionalChannelHandlers: [RequestHeadDeadline(seconds: limits.requestHeadSeconds),
                                                                            MalformedRequestAnswer()],
                                                idleTimeout: .seconds(30))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "CapexGap",
                                                    availableConnectionsDelegate: MaximumAvailableConnections(limits.maximumConnections)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                await onRunning("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger
        )
    }
}
