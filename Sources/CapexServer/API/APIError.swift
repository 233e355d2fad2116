import CapexData
import CapexReport
import CapexService
import Foundation
import Hummingbird

/// An error the API answers as JSON: `{"error": message, "field": name or null}`.
///
/// Bad parameters are 400 and name the field; unknown routes 404; a wrong method 405; a full
/// compute queue 503 with `Retry-After`. User input never produces a 500, and no answer carries
/// a file path.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var field: String?
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String, field: String?) -> APIError {
        APIError(status: .badRequest, message: message, field: field)
    }

    static func notFound(_ path: String) -> APIError {
        APIError(status: .notFound, message: "no such route: \(path); the routes are listed at /api/openapi.json", field: nil)
    }

    /// Seconds a client should wait after a 503.
    static let retryAfterSeconds = 2

    static let busy = APIError(status: .serviceUnavailable,
                               message: "the server is busy with other simulations; retry in \(retryAfterSeconds) seconds", field: nil,
                               headers: [.retryAfter: String(retryAfterSeconds)])

    var jsonBody: String {
        JSONWriter.text(.object(["error": .string(message), "field": field.map(JSONValue.string) ?? .null]))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: jsonBody)))
    }
}

extension APIError {
    /// The server's one mapping of errors to answers: the user's input is a 400 naming the
    /// field; a database the server cannot read is a 503 without its path; anything else 500.
    init(_ error: any Error) {
        switch error {
        case let error as APIError: self = error
        case let error as any UserInputError: self = .badRequest(error.message, field: error.field)
        case let error as StoreError:
            if case .busy = error {
                self = APIError(status: .serviceUnavailable, message: "the database is being written by another process; retry shortly", field: nil,
                                headers: [.retryAfter: String(Self.retryAfterSeconds)])
            } else {
                self = APIError(status: .internalServerError, message: "the server cannot read its database; see the server's log", field: nil)
            }
        default: self = APIError(status: .internalServerError, message: "internal error; see the server's log", field: nil)
        }
    }
}
