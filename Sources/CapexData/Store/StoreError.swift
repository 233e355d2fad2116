/// A problem with the database file itself, naming the file.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file cannot be opened or is not a CapexGap database (corrupt, not SQLite, no permission).
    case unreadable(path: String, reason: String)
    /// The directory that should hold the database does not exist.
    case missingDirectory(path: String)
    /// The database was written by a newer version of CapexGap, with migrations this one lacks.
    case newerSchema(path: String, unknownMigrations: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot use the database \(path): \(reason). Move it aside to start afresh, or pass --db with another file."
        case .missingDirectory(let path):
            "cannot create the database \(path): its directory does not exist"
        case .newerSchema(let path, let unknown):
            "the database \(path) was written by a newer CapexGap (migrations \(unknown.joined(separator: ", "))); update CapexGap or pass --db with another file"
        }
    }
}
