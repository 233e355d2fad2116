import CapexReport
import Foundation

/// The OpenAPI 3 description of the API, generated from the same endpoint list as the router.
enum OpenAPIDocument {
    static func json(_ endpoints: [Endpoint], version: String) -> String {
        var paths: [String: Any] = [:]
        for endpoint in endpoints {
            var operations: [String: Any] = ["get": operation(endpoint, method: "get")]
            if endpoint.acceptsBody { operations["post"] = operation(endpoint, method: "post") }
            paths[endpoint.path] = operations
        }
        paths["/api/openapi.json"] = ["get": [
            "summary": "This document", "operationId": "openapi",
            "responses": ["200": ["description": "The OpenAPI 3 document", "content": ["application/json": ["schema": ["type": "object"]]]]],
        ] as [String: Any]]
        let document: [String: Any] = [
            "openapi": "3.0.3",
            "info": ["title": "CapexGap API", "version": version,
                     "description": "AI infrastructure capex against AI revenue: the figures from filings and the models, as JSON (or CSV). Every figure carries its evidence status (reported, derived, estimated, scenario, unresolved) in a `<column>_evidence` key."],
            "paths": paths,
            "components": ["schemas": [
                "Error": ["type": "object", "required": ["error", "field"], "properties": [
                    "error": ["type": "string", "description": "what is wrong and what would be valid"],
                    "field": ["type": "string", "nullable": true, "description": "the parameter at fault"],
                ]],
                "Rows": ["type": "array", "items": ["type": "object", "additionalProperties": true],
                         "description": "one object per table row, keyed by snake_case column names; null for a missing value"],
            ]],
        ]
        return TableRenderer.jsonText(document)
    }

    static func operation(_ endpoint: Endpoint, method: String) -> [String: Any] {
        var content: [String: Any] = ["application/json": ["schema": endpoint.offersCSV && !isObject(endpoint)
            ? ["$ref": "#/components/schemas/Rows"] : ["type": "object"]]]
        if endpoint.offersCSV { content["text/csv"] = ["schema": ["type": "string"]] }
        let error: [String: Any] = ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        var responses: [String: Any] = [
            "200": ["description": endpoint.summary, "content": content],
            "400": error.merging(["description": "a parameter is unknown, malformed or out of range"]) { $1 },
        ]
        if endpoint.path == "/api/simulate" || endpoint.path == "/api/sensitivity" || endpoint.path == "/api/solve" {
            responses["503"] = error.merging(["description": "too many simulations queued; retry after Retry-After seconds"]) { $1 }
        }
        var operation: [String: Any] = [
            "summary": endpoint.summary, "description": endpoint.description,
            "operationId": operationID(endpoint.path, method: method), "responses": responses,
        ]
        if method == "get" {
            operation["parameters"] = endpoint.allParameters.map(parameter)
        } else {
            operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": [
                "type": "object",
                "properties": [
                    "preset": ["type": "string"], "from_data": ["type": "string"], "year": ["type": "integer"],
                    "format": ["type": "string", "enum": TableFormat.allCases.map(\.rawValue)],
                    "parameters": ["type": "object", "additionalProperties": ["type": "number"],
                                   "description": "parameter name: value, as the GET query parameters"],
                ] as [String: Any],
            ] as [String: Any]]]] as [String: Any]
        }
        return operation
    }

    static func isObject(_ endpoint: Endpoint) -> Bool {
        ["/api/simulate", "/api/overview", "/api/solve"].contains(endpoint.path)
    }

    static func parameter(_ parameter: EndpointParameter) -> [String: Any] {
        var schema: [String: Any] = ["type": parameter.kind.rawValue]
        if let minimum = parameter.minimum { schema["minimum"] = minimum }
        if let maximum = parameter.maximum { schema["maximum"] = maximum }
        if let choices = parameter.choices { schema["enum"] = choices }
        var object: [String: Any] = ["name": parameter.name, "in": "query", "required": parameter.required, "description": parameter.description]
        if parameter.repeatable {
            object["schema"] = ["type": "array", "items": schema]
            object["style"] = "form"
            object["explode"] = true
        } else {
            object["schema"] = schema
        }
        return object
    }

    /// `get_gap_sequoia` for GET /api/gap/sequoia.
    static func operationID(_ path: String, method: String) -> String {
        method + "_" + path.dropFirst("/api/".count).map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
}
