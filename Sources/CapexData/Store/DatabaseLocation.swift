import Foundation

/// Where the database lives when the user does not pass `--db`.
///
/// Linux and other Unix: `$XDG_DATA_HOME/capexgap/capexgap.sqlite`, with `XDG_DATA_HOME`
/// defaulting to `~/.local/share` (XDG Base Directory specification). macOS:
/// `~/Library/Application Support/capexgap/capexgap.sqlite`.
public enum DatabaseLocation {
    public static let fileName = "capexgap.sqlite"

    /// The default database path for `environment` (usually the process environment).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        directory(environment: environment).appendingPathComponent(fileName).path
    }

    static func directory(environment: [String: String]) -> URL {
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        #if os(macOS)
        return home.appendingPathComponent("Library/Application Support/capexgap", isDirectory: true)
        #else
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("capexgap", isDirectory: true)
        }
        return home.appendingPathComponent(".local/share/capexgap", isDirectory: true)
        #endif
    }
}
