import HTTPTypes
import Hummingbird
import Logging

/// Adds the security headers to every answer, errors included: no content sniffing, a
/// Content-Security-Policy that allows only the dashboard's own script and stylesheet, no
/// framing, no referrer to other sites, and a Cache-Control suited to the answer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let answer = APIError(error)
            if answer.status == .internalServerError { context.logger.error("\(request.method) \(request.uri.path): \(error)") }
            response = try answer.response(from: request, context: context)
        }
        SecurityHeaders.secure(&response.headers, path: request.uri.path)
        return response
    }
}

/// The headers every answer carries.
enum SecurityHeaders {
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    static func secure(_ headers: inout HTTPFields, path: String) {
        headers[.xContentTypeOptions] = "nosniff"
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[frameOptions] = "DENY"
        headers[referrerPolicy] = "no-referrer"
        if headers[.cacheControl] == nil {
            // Assets change only with a new release; everything else is revalidated (ETag).
            headers[.cacheControl] = path.hasPrefix("/assets/") ? "public, max-age=3600" : "no-cache"
        }
    }
}
