#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation

/// `capexgap serve`: starts the dashboard, which lives in its own executable (`capexgap-server`)
/// so that the command-line tool builds without the web server's dependencies.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web dashboard and JSON API (runs capexgap-server, built beside capexgap).",
        discussion: """
            Build the server once: swift build -c release --product capexgap-server (the first build \
            compiles Hummingbird and SwiftNIO; see the README for how long it takes). Then \
            capexgap serve starts it in under a second on http://127.0.0.1:8080.
            """
    )

    @Option(name: .long, help: "Address to bind (loopback unless told otherwise).")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A host name the server answers to, besides addresses and localhost (repeatable).", valueName: "name"))
    var allowHost: [String] = []

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is out of range; give 0 (any free port) to 65535") }
    }

    func run() throws {
        let server = Self.serverExecutable()
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw CLIError.failure("""
                the dashboard server is not built: \(server) is missing. Build it once with
                  swift build -c release --product capexgap-server
                (or run it directly: swift run -c release capexgap-server --port \(port))
                """)
        }
        var arguments = [server, "--host", host, "--port", String(port)]
        if let db = database.db { arguments += ["--db", db] }
        for name in allowHost { arguments += ["--allow-host", name] }
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(server, cArguments)
        throw CLIError.failure("could not start \(server): \(String(cString: strerror(errno)))")
    }

    /// `capexgap-server` in the folder of the running `capexgap`.
    static func serverExecutable() -> String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("capexgap-server").path
    }
}
