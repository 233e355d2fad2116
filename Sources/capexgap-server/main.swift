import ArgumentParser
import CapexData
import CapexServer
import Foundation
import Hummingbird
import Logging

/// `capexgap-server` (also started by `capexgap serve`): the dashboard and JSON API.
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capexgap-server",
        abstract: "Serve the CapexGap dashboard and JSON API (loopback only unless --host says otherwise).",
        discussion: """
            The database is opened read-only: the server never writes it (imports and updates go \
            through capexgap). Requests must name the server by an IP address, localhost, or a name \
            given with --allow-host (a defence against DNS rebinding). Stops cleanly on Ctrl-C \
            (SIGINT) or SIGTERM. Exit codes: 0 stopped, 1 failure (database, address in use), 2 usage.
            """
    )

    @Option(name: .long, help: "Address to bind (loopback unless told otherwise; 0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("The database file (default: the same as capexgap's).", valueName: "path"))
    var db: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A host name the server answers to, besides addresses and localhost (repeatable).", valueName: "name"))
    var allowHost: [String] = []

    @Option(name: .long, help: ArgumentHelp("Seconds a connection has to send a whole request head before it is closed (1 to 300).", valueName: "seconds"))
    var requestHeadSeconds: Int = 10

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is out of range; give 0 to 65535") }
        guard (1...300).contains(requestHeadSeconds) else { throw ValidationError("--request-head-seconds \(requestHeadSeconds) is out of range; give 1 to 300") }
    }

    /// Usage errors exit 2, as the help says (ArgumentParser's own code is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : (code == .failure ? 1 : code.rawValue))
        }
    }

    func run() async throws {
        let database: CapexDatabase
        do {
            database = try CapexDatabase.open(path: db, access: .read)
        } catch {
            FileHandle.standardError.write(Data("capexgap-server: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var logger = Logger(label: "capexgap-server")
        logger.logLevel = .warning
        var limits = ServerLimits(computeSlots: ProcessInfo.processInfo.activeProcessorCount)
        limits.requestHeadSeconds = Int64(requestHeadSeconds)
        let state = ServerState(database: database, limits: limits)
        let path = database.path
        let app = Dashboard.application(state: state, host: host, port: port, allowedHosts: AllowedHosts(names: allowHost), logger: logger) { url in
            FileHandle.standardOutput.write(Data("CapexGap dashboard on \(url) (database \(path), read-only); Ctrl-C stops it\n".utf8))
        }
        do {
            try await app.runService()
        } catch {
            FileHandle.standardError.write(Data("capexgap-server: cannot serve on \(host):\(port): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
