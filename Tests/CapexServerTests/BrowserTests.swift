#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CapexReport
import CapexTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The built `capexgap-server`, started as a user would, on a free port.
final class RunningServer: @unchecked Sendable {
    let process = Process()
    let url: URL
    let firstLine: String

    init(database: String, arguments: [String] = []) throws {
        let executable = [Fixtures.packageRoot.appendingPathComponent(".build/debug/capexgap-server"),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("capexgap-server")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        process.executableURL = try #require(executable, "capexgap-server is not built")
        process.arguments = ["--port", "0", "--db", database] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        firstLine = String(decoding: line, as: UTF8.self)
        let address = try #require(firstLine.split(separator: " ").first { $0.hasPrefix("http://") }, "no URL in: \(firstLine)")
        url = try #require(URL(string: String(address)))
    }

    /// Ctrl-C; returns the exit status.
    func interrupt() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func get(_ path: String) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: path, relativeTo: url)!)
        // Well under the server's 30-second idle timeout, so a stall cannot pass as a slow answer.
        request.timeoutInterval = 20
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}

@Suite("End to end: the server binary in a real browser", .serialized)
struct BrowserTests {
    static let browser = HeadlessBrowser.locate()

    /// Where the screenshots are kept for a person to look at (ignored by git).
    static let screenshots = Fixtures.packageRoot.appendingPathComponent(".build/screenshots")

    @Test("capexgap-server logs one line with its loopback URL and stops cleanly on Ctrl-C")
    func startAndStop() async throws {
        let server = try RunningServer(database: try Fixtures.temporaryDirectory().appendingPathComponent("e2e.sqlite").path)
        #expect(server.firstLine.hasPrefix("CapexGap dashboard on http://127.0.0.1:"))
        let (status, body) = try await server.get("/api/headline")
        #expect(status == 200)
        #expect(body.contains("\"ticker\" : \"GOOGL\""))
        #expect(server.interrupt() == 0)
    }

    @Test("a thousand clients that never finish their request do not stall the others, and are closed after the head deadline")
    func slowClients() async throws {
        let server = try RunningServer(database: try Fixtures.temporaryDirectory().appendingPathComponent("slow.sqlite").path,
                                       arguments: ["--request-head-seconds", "3"])
        defer { _ = server.interrupt() }
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<1_000 {
            let socket = try #require(Self.connect(port: server.url.port ?? 0))
            let partial = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
            _ = partial.withCString { send(socket, $0, strlen($0), 0) }
            sockets.append(socket)
        }
        for path in ["/api/overview", "/", "/api/simulate?paths=20000"] {
            let (status, _) = try await server.get(path)
            #expect(status == 200, "\(path)")
        }
        // Past the deadline the server has closed them: a read gets end-of-file (or a reset).
        try await Task.sleep(for: .seconds(5))
        var closed = 0
        for socket in sockets.prefix(20) {
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var byte: UInt8 = 0
            if recv(socket, &byte, 1, 0) <= 0 { closed += 1 }
        }
        #expect(closed == 20)
    }

    @Test("a request line over the limit answers 400 with a JSON body and the security headers")
    func oversizedRequest() async throws {
        let server = try RunningServer(database: try Fixtures.temporaryDirectory().appendingPathComponent("long.sqlite").path)
        defer { _ = server.interrupt() }
        let (status, body) = try await server.get("/api/companies?ticker=" + String(repeating: "x", count: 90_000))
        #expect(status == 400)
        #expect(body.contains("\"error\": \"the request could not be read"))
    }

    @Test("the overview, a company, the lab, a gap model, quarters, commitments and the screen render in Chromium: not blank, charts and tables, no error", .enabled(if: browser != nil, "no headless Chromium (apt install chromium); .ci/run installs it"))
    func screenshots() async throws {
        let browser = try #require(Self.browser)
        let server = try RunningServer(database: try Fixtures.temporaryDirectory().appendingPathComponent("browser.sqlite").path)
        defer { _ = server.interrupt() }
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        for (path, name, heading) in [("/", "overview", "AI capex against AI revenue"), ("/companies/GOOGL", "company-googl", "Alphabet Inc. (GOOGL)"),
                                       ("/lab", "scenario-lab", "Scenario lab"), ("/gap-models/tco", "gap-model-tco", "Total cost of ownership"),
                                       ("/quarters", "quarters", "Quarters"), ("/commitments", "commitments", "Commitments, financing and deals"),
                                       ("/screen", "screen", "Screen")] {
            let page = URL(string: path, relativeTo: server.url)!
            let image = Self.screenshots.appendingPathComponent("\(name).png")
            try? FileManager.default.removeItem(at: image)
            try browser.screenshot(page, to: image, width: 1280, height: 2000)
            let data = try Data(contentsOf: image)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
            // A blank 1280x2000 page compresses to a few kilobytes; charts and tables do not.
            #expect(data.count > 60_000, "\(name).png is \(data.count) bytes: blank?")
            let dom = try browser.dumpDOM(page)
            #expect(dom.contains(heading), "\(name): no heading")
            #expect(name == "quarters" || dom.contains("<svg"), "\(name): no chart")
            #expect(name == "scenario-lab" || dom.contains("<table"), "\(name): no table")
            #expect(!dom.contains("class=\"error\""), "\(name) shows an error")
        }
    }

    static func connect(port: Int) -> Int32? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); return nil }
        return socket
    }
}
