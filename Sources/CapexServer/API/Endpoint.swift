import CapexReport
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

/// What an API route answers.
enum EndpointAnswer: Sendable {
    /// Rows of a table: a JSON array of objects, or CSV with `format=csv`.
    case table(Table)
    /// A JSON object (already rendered), with the same data as a table for `format=csv`.
    case object(json: String, table: Table?)
}

/// A route of the JSON API: its path, what it does, its parameters and its handler. The router
/// and the OpenAPI document are both built from the list of endpoints, so they cannot disagree.
struct Endpoint: Sendable {
    var path: String
    var summary: String
    var description: String
    var parameters: [EndpointParameter]
    /// Whether `format=csv` is offered.
    var offersCSV: Bool
    /// Whether a JSON body may carry the parameters (POST).
    var acceptsBody: Bool = false
    var handler: @Sendable (Query) async throws -> EndpointAnswer

    static let formatParameter = EndpointParameter.string("format", "json (default) or csv", choices: TableFormat.allCases.map(\.rawValue))

    var allParameters: [EndpointParameter] {
        parameters + (offersCSV ? [Self.formatParameter] : [])
    }

    /// Answers `query`: checks every parameter name, runs the handler, renders the format.
    func respond(_ query: Query) async throws -> Response {
        try query.restrict(to: allParameters.map(\.name))
        let format = offersCSV ? try query.choice("format", TableFormat.allCases) : .json
        let answer: EndpointAnswer
        do {
            answer = try await handler(query)
        } catch {
            throw APIError(error)
        }
        switch (answer, format) {
        case (.table(let table), .json): return .text(TableRenderer.json([table]), contentType: "application/json; charset=utf-8")
        case (.table(let table), .csv), (.object(_, let table?), .csv): return .csv(TableRenderer.render(table, as: .csv), path: path)
        case (.object(let json, _), _): return .text(json, contentType: "application/json; charset=utf-8")
        }
    }
}

extension Response {
    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
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
