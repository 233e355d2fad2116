import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// The OpenAPI 3 description of the API, generated from the same endpoint list as the router,
/// with each answer's fields and their JSON types.
enum OpenAPIDocument {
    static func json(_ endpoints: [Endpoint], version: String) -> String {
        var paths: [String: JSONValue] = [:]
        for endpoint in endpoints {
            var operations: [String: JSONValue] = ["get": operation(endpoint, method: "get")]
            if endpoint.acceptsBody { operations["post"] = operation(endpoint, method: "post") }
            paths[endpoint.path] = .object(operations)
        }
        paths["/api/openapi.json"] = ["get": [
            "summary": "This document", "operationId": "openapi",
            "responses": ["200": ["description": "The OpenAPI 3 document", "content": ["application/json": ["schema": ["type": "object"]]]]],
        ]]
        let document: JSONValue = [
            "openapi": "3.0.3",
            "info": ["title": "CapexGap API", "version": .string(version),
                     "description": "AI infrastructure capex against AI revenue: the figures from filings and the models, as JSON (or CSV). Every figure carries its evidence status (reported, derived, estimated, scenario, unresolved) in a `<field>_evidence` key."],
            "paths": .object(paths),
            "components": ["schemas": [
                "Error": ["type": "object", "required": ["error", "field"], "properties": [
                    "error": ["type": "string", "description": "what is wrong and what would be valid"],
                    "field": ["type": "string", "nullable": true, "description": "the parameter at fault"],
                ]],
                "Evidence": ["type": "string", "nullable": true, "enum": .array(EvidenceStatus.allCases.map { .string($0.rawValue) } + [.null]),
                             "description": "how far the value can be trusted"],
                "PercentileBand": ["type": "object", "properties": .object(Dictionary(uniqueKeysWithValues: ["p5", "p25", "p50", "p75", "p95"].map {
                    ($0, ["type": "number"] as JSONValue)
                }))],
            ]],
        ]
        return JSONWriter.text(document)
    }

    static func operation(_ endpoint: Endpoint, method: String) -> JSONValue {
        var content: [String: JSONValue] = ["application/json": ["schema": schema(endpoint.response)]]
        if endpoint.offersCSV { content["text/csv"] = ["schema": ["type": "string"]] }
        let error: JSONValue = ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        var responses: [String: JSONValue] = [
            "200": ["description": .string(endpoint.summary), "content": .object(content)],
            "400": error.merging(["description": "a parameter is unknown, malformed or out of range"]),
        ]
        if endpoint.isCompute {
            responses["503"] = error.merging(["description": "too many simulations queued; retry after Retry-After seconds"])
        }
        var operation: [String: JSONValue] = [
            "summary": .string(endpoint.summary), "description": .string(endpoint.description),
            "operationId": .string(operationID(endpoint.path, method: method)), "responses": .object(responses),
            "x-capexgap-operation": .string(endpoint.operation.rawValue),
        ]
        if method == "get" {
            operation["parameters"] = .array(endpoint.allParameters.map(parameter))
        } else {
            operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": [
                "type": "object",
                "properties": [
                    "preset": ["type": "string"], "from_data": ["type": "string"], "year": ["type": "integer"],
                    "format": ["type": "string", "enum": .array(TableFormat.allCases.map { .string($0.rawValue) })],
                    "parameters": ["type": "object", "additionalProperties": ["type": "number"],
                                   "description": "parameter name: number, as the GET query parameters"],
                ],
            ]]]]
        }
        return .object(operation)
    }

    /// The schema of a 200 answer: rows with a property per field, or an object.
    static func schema(_ response: ResponseShape) -> JSONValue {
        switch response {
        case .object(let schema): return schema
        case .rows(let fields):
            var properties: [String: JSONValue] = [:]
            for field in fields {
                properties[field.key] = property(field)
                if case .figure = field.kind { properties[field.key + "_evidence"] = ["$ref": "#/components/schemas/Evidence"] }
            }
            return ["type": "array", "items": ["type": "object", "properties": .object(properties)]]
        }
    }

    static func property(_ field: FieldSchema) -> JSONValue {
        let type: String
        switch field.kind {
        case .text, .citation: type = "string"
        case .integer: type = "integer"
        case .number, .figure: type = "number"
        case .bool: type = "boolean"
        }
        return ["type": .string(type), "nullable": true, "description": .string(field.title)]
    }

    static func parameter(_ parameter: EndpointParameter) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string(parameter.kind.rawValue)]
        if let minimum = parameter.minimum { schema["minimum"] = .number(minimum) }
        if let maximum = parameter.maximum { schema["maximum"] = .number(maximum) }
        if let choices = parameter.choices { schema["enum"] = .array(choices.map(JSONValue.string)) }
        var object: [String: JSONValue] = ["name": .string(parameter.name), "in": "query", "required": .bool(parameter.required),
                                           "description": .string(parameter.description)]
        if parameter.repeatable {
            object["schema"] = ["type": "array", "items": .object(schema)]
            object["style"] = "form"
            object["explode"] = true
        } else {
            object["schema"] = .object(schema)
        }
        return .object(object)
    }

    /// `get_gap_sequoia` for GET /api/gap/sequoia.
    static func operationID(_ path: String, method: String) -> String {
        method + "_" + path.dropFirst("/api/".count).map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    static let yearMap: JSONValue = ["type": "object", "additionalProperties": ["type": "number"]]

    static var eventSchema: JSONValue {
        ["type": "object", "properties": [
            "never_within_horizon": ["type": "integer"], "share_never": ["type": "number"],
            "by_year": yearMap, "by_calendar_year": yearMap, "probability_by_year": yearMap,
            "median_year_if_crossed": ["type": "number", "nullable": true],
        ]]
    }

    static var columnsSchema: JSONValue {
        ["type": "object", "properties": .object(Dictionary(uniqueKeysWithValues: ["p5", "p25", "p50", "p75", "p95"].map {
            ($0, ["type": "array", "items": ["type": "number"]] as JSONValue)
        }))]
    }

    /// `/api/simulate`'s object: `mc_numpy.py`'s keys, CapexGap's own, and the timing apart.
    static var simulationSchema: JSONValue {
        let band: JSONValue = ["$ref": "#/components/schemas/PercentileBand"]
        return ["type": "object", "properties": [
            "impl": ["type": "string"], "scenario": ["type": "string"], "paths": ["type": "integer"], "years": ["type": "integer"],
            "seed": ["type": "integer"], "threads": ["type": "integer"], "base_year": ["type": "integer"],
            "final_year_gap": band, "final_year_cash": band, "final_year_revenue": band,
            "crossover": eventSchema, "payback": eventSchema,
            "gap_by_year": columnsSchema, "cash_by_year": columnsSchema, "revenue_by_year": columnsSchema,
            "calendar_years": ["type": "array", "items": ["type": "integer"]],
            "timing_s": ["type": "object", "description": "how long the run took (not part of the result)", "properties": [
                "simulate": ["type": "number"], "percentiles": ["type": "number"], "total": ["type": "number"], "ns_per_path_year": ["type": "number"],
            ]],
        ]]
    }

    static var solveSchema: JSONValue {
        ["type": "object", "properties": [
            "parameter": ["type": "string"], "target": ["type": "string"], "sentence": ["type": "string"],
            "outcome": ["type": "string", "enum": ["solved", "always_met", "unreachable"]],
            "value": ["type": "number", "nullable": true, "description": "the threshold value when solved; else the value that comes closest"],
            "at_least": ["type": "boolean", "nullable": true, "description": "whether the target holds at the value and above (else at and below)"],
            "event_year": ["type": "integer", "nullable": true],
            "median": ["type": "number"], "lower": ["type": "number"], "upper": ["type": "number"], "horizon": ["type": "integer"],
        ]]
    }

    static var dealsSchema: JSONValue {
        let number: JSONValue = ["type": "number"], optionalNumber: JSONValue = ["type": "number", "nullable": true]
        let text: JSONValue = ["type": "string"], optionalText: JSONValue = ["type": "string", "nullable": true]
        return ["type": "object", "properties": [
            "nodes": ["type": "array", "items": ["type": "object", "properties": [
                "id": text, "name": text, "kind": text, "ticker": optionalText, "inflow_usd_b": number, "outflow_usd_b": number, "comes_back_usd_b": number,
            ]]],
            "edges": ["type": "array", "items": ["type": "object", "properties": [
                "id": text, "source": text, "target": text, "type": text, "status": text, "amount_usd_b": optionalNumber,
                "amount_low_usd_b": optionalNumber, "amount_high_usd_b": optionalNumber, "counted_usd_b": optionalNumber,
                "announced": optionalText, "term_years": optionalNumber, "evidence": text, "tier": text, "source_title": text, "source_url": optionalText,
            ]]],
            "total_usd_b": number,
        ]]
    }

    static var overviewSchema: JSONValue {
        let year: JSONValue = ["type": "integer", "nullable": true]
        return ["type": "object", "properties": [
            "headline": schema(.rows(HeadlineResult.schema)),
            "peers": schema(.rows(PeersResult.schema)),
            "gap_compare": schema(.rows(GapComparison.schema)),
            "outlook": ["type": "object", "properties": [
                "gap": ["type": "object", "nullable": true, "properties": [
                    "fiscal_year": ["type": "integer"], "capex_usd_b": ["type": "number", "nullable": true],
                    "required_revenue_usd_b": ["type": "number"], "ai_revenue_usd_b": ["type": "number"], "ai_revenue_year": ["type": "integer"],
                ]],
                "crossover": ["type": "object", "properties": [
                    "scenario": ["type": "string"], "paths": ["type": "integer"], "seed": ["type": "integer"], "horizon": ["type": "integer"],
                    "median_year": year, "p5_year": year, "p95_year": year,
                ]],
            ]],
        ]]
    }
}

extension JSONValue {
    /// An object with `other`'s members added (theirs win).
    func merging(_ other: JSONValue) -> JSONValue {
        .object(members.merging(other.members) { $1 })
    }
}
