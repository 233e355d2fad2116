import CapexData
import CapexService

/// A failure the CLI reports to the user, with the exit code it maps to.
///
/// Exit codes: 0 success, 1 failure (unreadable database or file, failed import or download),
/// 2 usage (unknown flag, ticker, format or an out-of-range value).
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

    /// The CLI's one mapping of errors to messages and exit codes: the user's input (2), a
    /// file, database or download that failed (1); `nil` for errors ArgumentParser reports.
    init?(_ error: any Error) {
        switch error {
        case let error as CLIError: self = error
        case let error as any UserInputError: self = .usage(error.message)
        case let error as StoreError: self = .failure(error.description)
        case let error as ImportError: self = .failure("import failed, nothing was written: \(error)")
        case let error as DataFileError: self = .failure(error.description)
        default: return nil
        }
    }
}
