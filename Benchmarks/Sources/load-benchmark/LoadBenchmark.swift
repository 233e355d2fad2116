import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Load on a running CapexGap server: N connections, each requesting the table routes in turn
/// for a number of seconds; p50 and p99 latency and requests per second per route set.
///
///     capexgap serve --port 8181 &        # or capexgap-server --port 8181
///     swift run -c release load-benchmark --url http://127.0.0.1:8181 --seconds 10
@main
struct LoadBenchmark {
    static let routes = ["/api/companies", "/api/overview", "/api/quarters", "/api/screen?limit=500"]

    static func main() async throws {
        var base = "http://127.0.0.1:8181", seconds = 10.0, connections = [4, 32]
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--url": base = arguments.next() ?? base
            case "--seconds": seconds = Double(arguments.next() ?? "") ?? seconds
            case "--connections": connections = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
            default:
                print("usage: load-benchmark [--url URL] [--seconds S] [--connections 4,32]")
                exit(2)
            }
        }
        // Warm the server's caches once, as a user's first request would.
        for route in routes { _ = try? await fetch(URL(string: base + route)!, session: .shared) }
        print("route set: \(routes.joined(separator: " ")); \(NumberFormatter.localizedString(from: seconds as NSNumber, number: .decimal)) s each")
        for count in connections {
            let latencies = try await measure(base: base, connections: count, seconds: seconds).sorted()
            func percentile(_ p: Double) -> Double { latencies.isEmpty ? .nan : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
            print(String(format: "%2d connections: %6d requests, %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms", count, latencies.count,
                         Double(latencies.count) / seconds, percentile(0.5), percentile(0.99)))
        }
    }

    /// Every request's latency (ms) from `connections` workers, each on its own connection.
    nonisolated static func measure(base: String, connections: Int, seconds: Double) async throws -> [Double] {
        let deadline = Date().addingTimeInterval(seconds)
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for worker in 0..<connections {
                group.addTask {
                    let configuration = URLSessionConfiguration.ephemeral
                    configuration.httpMaximumConnectionsPerHost = 1
                    configuration.urlCache = nil
                    let session = URLSession(configuration: configuration)
                    defer { session.finishTasksAndInvalidate() }
                    var times: [Double] = []
                    var index = worker
                    while Date() < deadline {
                        let url = URL(string: base + routes[index % routes.count])!
                        let started = DispatchTime.now().uptimeNanoseconds
                        _ = try await fetch(url, session: session)
                        times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
                        index += 1
                    }
                    return times
                }
            }
            var all: [Double] = []
            for try await part in group { all += part }
            return all
        }
    }

    nonisolated static func fetch(_ url: URL, session: URLSession) async throws -> Int {
        let (data, response) = try await session.data(from: url)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return data.count
    }
}
