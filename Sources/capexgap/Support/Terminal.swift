#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the process's standard streams are connected to.
enum Terminal {
    /// True when standard output is a terminal that accepts colour: not redirected, `NO_COLOR`
    /// unset (https://no-color.org), and `TERM` not `dumb`.
    static var stdoutSupportsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDOUT_FILENO) == 1, environment["NO_COLOR"] == nil else { return false }
        return environment["TERM"] != "dumb"
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// `text` with every control character but newline and tab shown as `?`, so data (an
    /// imported name, a file's contents quoted in a message) cannot drive the terminal.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let isControl = value < 0x20 && scalar != "\n" && scalar != "\t" || (0x7F...0x9F).contains(value)
            return isControl ? "?" : scalar
        }))
    }

    /// Writes `text` to standard error as is.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to standard output in one piece.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
