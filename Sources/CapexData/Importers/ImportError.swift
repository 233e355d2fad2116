/// Why an import was refused. Nothing is written when any input has a problem.
public enum ImportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A file could not be read or parsed; names the file and the place.
    case badFile(DataFileError)
    /// A path given on the command line does not exist or holds no importable files.
    case noInput(path: String, reason: String)
    /// The import would give a ticker to two companies, or a second ticker to one.
    case tickerClash(String)

    public var description: String {
        switch self {
        case .badFile(let error): error.description
        case .noInput(let path, let reason): "\(path): \(reason)"
        case .tickerClash(let message): message
        }
    }
}
