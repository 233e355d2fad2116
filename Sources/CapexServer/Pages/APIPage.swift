import CapexReport

/// `/api`: the API's routes with an example each, and a link to the OpenAPI document.
enum APIPage {
    static func render(_ endpoints: [Endpoint]) -> String {
        var body = "<h1>JSON API</h1><p class=\"lead\">Everything the pages show, as JSON (or CSV with <code>format=csv</code>). "
            + "The routes and their parameters are described by the OpenAPI 3 document at <a href=\"/api/openapi.json\">/api/openapi.json</a>. "
            + "A bad parameter answers 400 with <code>{\"error\": ..., \"field\": ...}</code>; an unknown route 404.</p>"
        body += "<pre>curl 'http://127.0.0.1:8080/api/companies?ticker=GOOGL&amp;from=2023'\ncurl 'http://127.0.0.1:8080/api/gap/sequoia?gross_margin=0.6'\n"
            + "curl -X POST -H 'Content-Type: application/json' -d '{\"parameters\": {\"gross_margin\": 0.6}}' http://127.0.0.1:8080/api/gap/sequoia</pre>"
        body += "<figure class=\"table\"><div class=\"scroll\"><table><thead><tr><th>Route</th><th>What it answers</th><th>Parameters</th></tr></thead><tbody>"
        for endpoint in endpoints {
            let names = endpoint.allParameters.map(\.name)
            body += "<tr><td><a href=\"\(HTMLText.escape(endpoint.path))\"><code>\(HTMLText.escape(endpoint.path))</code></a>\(endpoint.acceptsBody ? " (GET, POST)" : "")</td>"
                + "<td>\(HTMLText.escape(endpoint.summary))</td><td class=\"cite\">\(HTMLText.escape(names.joined(separator: ", ")))</td></tr>"
        }
        body += "</tbody></table></div></figure>"
        return DashboardPage.document("API", current: "/api", body: body)
    }
}
