import CapexReport

/// A failure the CLI reports to the user, with the exit code it maps to.
///
/// Exit codes: 0 success, 1 failure (unreadable database or file, failed import), 2 usage
/// (unknown flag, ticker, format or an out-of-range value).
enum CLIError: Error, CustomStringConvertible {
    /// The command line asks for something that does not exist or is out of range.
    case usage(String)
    /// The command was valid but could not be carried out.
    case failure(String)

    var description: String {
        switch self {
        case .usage(let message), .failure(let message): message
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 2
        case .failure: 1
        }
    }
}

/// Turns a request the library cannot answer into a usage error (exit 2).
enum RequestFailure {
    static func usage<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RequestError {
            throw CLIError.usage(error.description)
        } catch let error as GapRunError {
            throw CLIError.usage(error.description)
        }
    }
}
