import CapexData
import CapexReport
import CapexService
import Foundation
import Hummingbird

/// A query parameter of an API route, as the OpenAPI document describes it.
struct EndpointParameter: Sendable {
    enum Kind: String, Sendable {
        case string, integer, number
    }

    var name: String
    var description: String
    var kind: Kind
    var repeatable = false
    var required = false
    var minimum: Double?
    var maximum: Double?
    var choices: [String]?

    static func string(_ name: String, _ description: String, choices: [String]? = nil, repeatable: Bool = false, required: Bool = false) -> EndpointParameter {
        EndpointParameter(name: name, description: description, kind: .string, repeatable: repeatable, required: required, choices: choices)
    }

    static func integer(_ name: String, _ description: String, _ range: ClosedRange<Int>? = nil, repeatable: Bool = false) -> EndpointParameter {
        EndpointParameter(name: name, description: description, kind: .integer, repeatable: repeatable,
                          minimum: range.map { Double($0.lowerBound) }, maximum: range.map { Double($0.upperBound) })
    }

    static func number(_ name: String, _ description: String, minimum: Double? = nil, maximum: Double? = nil, repeatable: Bool = false) -> EndpointParameter {
        EndpointParameter(name: name, description: description, kind: .number, repeatable: repeatable, minimum: minimum, maximum: maximum)
    }
}

/// What an API route answers with 200: rows described by their fields, or an object.
enum ResponseShape: Sendable {
    /// A JSON array of objects keyed by the fields (a figure adds `<key>_evidence`).
    case rows([FieldSchema])
    /// A JSON object of the given OpenAPI schema.
    case object(JSONValue)
}

/// A route's answer: the service's typed result as JSON, and, for `format=csv`, its table.
struct APIAnswer: Sendable {
    var json: String
    var table: (@Sendable () -> Table)?

    init(_ result: some Encodable, table: (@Sendable () -> Table)?) {
        json = TableRenderer.json(result)
        self.table = table
    }
}

/// A route of the JSON API: the operation it answers, its path, its parameters, what it answers
/// and its handler. The router and the OpenAPI document are both built from the list of
/// endpoints, and the list is checked against ``ServiceOperation`` (every operation the API offers
/// has its route).
struct Endpoint: Sendable {
    var operation: ServiceOperation
    var path: String
    var summary: String
    var description: String
    var parameters: [EndpointParameter]
    var response: ResponseShape
    /// Whether `format=csv` is offered.
    var offersCSV = true
    /// Whether a JSON body may carry the parameters (POST).
    var acceptsBody = false
    /// Whether it runs a simulation (queued, and may answer 503).
    var isCompute = false
    var handler: @Sendable (Query) async throws -> APIAnswer

    static let formatParameter = EndpointParameter.string("format", "json (default) or csv", choices: TableFormat.allCases.map(\.rawValue))

    var allParameters: [EndpointParameter] {
        parameters + (offersCSV ? [Self.formatParameter] : [])
    }

    /// Answers `query`: checks every parameter name, runs the handler, renders the format.
    func respond(_ query: Query) async throws -> Response {
        try query.restrict(to: allParameters.map(\.name))
        let format = offersCSV ? try query.choice("format", TableFormat.allCases) : .json
        let answer: APIAnswer
        do {
            answer = try await handler(query)
        } catch {
            throw APIError(error)
        }
        if format == .csv, let table = answer.table {
            return .csv(TableRenderer.render(table(), as: .csv), path: path)
        }
        return .json(answer.json)
    }
}

extension Response {
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ text: String) -> Response {
        .text(text, contentType: "application/json; charset=utf-8")
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        .text(text, contentType: "text/html; charset=utf-8", status: status)
    }

    /// CSV offered as a download named after the route (`companies.csv`).
    static func csv(_ text: String, path: String) -> Response {
        let name = path.split(separator: "/").dropFirst().joined(separator: "-").replacingOccurrences(of: "api-", with: "")
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"\(name.isEmpty ? "table" : name).csv\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
