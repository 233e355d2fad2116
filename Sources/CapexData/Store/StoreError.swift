/// A problem with the database file itself, naming the file. The file is never modified when
/// one of these is thrown.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file cannot be opened or read (permissions, I/O).
    case unreadable(path: String, reason: String)
    /// The file is not an SQLite database (or its header is damaged).
    case notSQLite(path: String)
    /// An SQLite database written by another application (no CapexGap marker).
    case foreign(path: String, detail: String)
    /// SQLite's integrity check found damaged pages.
    case damaged(path: String, problems: [String])
    /// The directory that should hold the database does not exist.
    case missingDirectory(path: String)
    /// The database was written by a newer version of CapexGap, with migrations this one lacks.
    case newerSchema(path: String, unknownMigrations: [String])
    /// Another process holds a write lock past the wait.
    case busy(path: String, waitedSeconds: Int)
    /// The database needs an upgrade (an earlier CapexGap wrote it) but cannot be written.
    case readOnlyNeedsUpgrade(path: String, reason: String)
    /// A change could not be written (disk full, permission).
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read the database \(path): \(reason)"
        case .notSQLite(let path):
            "\(path) is not a CapexGap database (not an SQLite file, or its header is damaged); it was left as it is. Pass --db with another file."
        case .foreign(let path, let detail):
            "\(path) is an SQLite database but not CapexGap's (\(detail)); it was left as it is. Pass --db with another file."
        case .damaged(let path, let problems):
            "the database \(path) is damaged (\(problems.prefix(3).joined(separator: "; "))); nothing was written. Restore a backup, or move it aside to start afresh."
        case .missingDirectory(let path):
            "cannot create the database \(path): its directory does not exist"
        case .newerSchema(let path, let unknown):
            "the database \(path) was written by a newer CapexGap (migrations \(unknown.joined(separator: ", "))); it was left as it is. Update CapexGap or pass --db with another file"
        case .busy(let path, let waited):
            "another process is writing to the database \(path) (waited \(waited) s); try again when it has finished"
        case .readOnlyNeedsUpgrade(let path, let reason):
            "the database \(path) was written by an earlier CapexGap and needs an upgrade, but \(reason). Copy it somewhere writable, or open it as its owner once to upgrade it"
        case .writeFailed(let path, let reason):
            "could not write the database \(path): \(reason); nothing was changed"
        }
    }
}
