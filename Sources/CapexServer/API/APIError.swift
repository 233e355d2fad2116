import CapexData
import CapexModel
import CapexReport
import Foundation
import Hummingbird

/// An error the API answers as JSON: `{"error": message, "field": name or null}`.
///
/// Bad parameters are 400 and name the field; unknown routes are 404; a full compute queue is
/// 503 with `Retry-After`. User input never produces a 500.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var field: String?

    static func badRequest(_ message: String, field: String?) -> APIError {
        APIError(status: .badRequest, message: message, field: field)
    }

    static func notFound(_ path: String) -> APIError {
        APIError(status: .notFound, message: "no such route: \(path); the routes are listed at /api/openapi.json", field: nil)
    }

    /// Seconds a client should wait after a 503.
    static let retryAfterSeconds = 2

    static let busy = APIError(status: .serviceUnavailable,
                               message: "the server is busy with other simulations; retry in \(retryAfterSeconds) seconds", field: nil)

    static func field(of error: GapRunError) -> String {
        switch error {
        case .unknownModel: "model"
        case .unknownPreset: "preset"
        case .parameter(let error): error.parameterName ?? "parameters"
        case .unknownCapexSource: "from_data"
        case .noCapex: "year"
        }
    }

    var jsonBody: String {
        TableRenderer.jsonText(["error": message, "field": field ?? NSNull()] as [String: Any])
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .serviceUnavailable { headers[.retryAfter] = String(Self.retryAfterSeconds) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: jsonBody)))
    }
}

extension APIError {
    /// Maps a library error about the request to a 400 naming the field; anything else is a
    /// server failure.
    init(_ error: any Error) {
        switch error {
        case let error as APIError: self = error
        case let error as RequestError: self = .badRequest(error.description, field: error.field)
        case let error as ScenarioRequestError: self = .badRequest(error.description, field: error.field)
        case let error as GapRunError: self = .badRequest(error.description, field: Self.field(of: error))
        case let error as ParameterError: self = .badRequest(error.description, field: error.parameterName)
        default: self = APIError(status: .internalServerError, message: "internal error: \(error)", field: nil)
        }
    }
}
