import Foundation

/// SEC's bulk archive `companyfacts.zip` (one `CIK##########.json` per filer), read entry by
/// entry into memory: never unzipped to disk.
public struct CompanyFactsArchive: Sendable {
    public let url: URL
    private let reader: ZipReader
    private let entries: [ZipReader.Entry]

    /// Opens the archive; a file that is not a zip is an ``ImportError`` naming it.
    public init(url: URL, displayName: String? = nil) throws {
        self.url = url
        do {
            reader = try ZipReader(url: url, name: displayName ?? url.path)
        } catch let error as ZipReader.ZipError {
            throw ImportError.badFile(.malformed(file: displayName ?? url.path, place: "zip", reason: "\(error)".components(separatedBy: ": ").dropFirst().joined(separator: ": ")))
        }
        entries = reader.entries.filter { Self.isCompanyFacts($0.name) }
    }

    /// The names of the companyfacts files in the archive, in its order.
    public var companyFactsNames: [String] { entries.map(\.name) }

    /// `CIK##########.json`, in any folder of the archive.
    static func isCompanyFacts(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return !path.hasSuffix("/") && name.hasPrefix("CIK") && name.hasSuffix(".json") && name.dropFirst(3).dropLast(5).allSatisfy(\.isNumber)
    }

    /// The bytes of one entry by name, checked against its CRC-32 and a size limit.
    public func data(of path: String, maximumBytes: Int = InputFile.defaultMaximumBytes) throws -> Data {
        guard let entry = entries.first(where: { $0.name == path }) else {
            throw ImportError.badFile(.malformed(file: "\(url.lastPathComponent):\(path)", place: "zip", reason: "no such entry"))
        }
        return try data(of: entry, maximumBytes: maximumBytes)
    }

    /// Calls `body` with the name and bytes (or the error reading them) of every companyfacts
    /// entry whose position among them is `share` modulo `of`: each of `of` threads reads its
    /// own share (the reader is safe to share across threads).
    public func forEach(share: Int = 0, of shares: Int = 1, maximumBytes: Int = InputFile.defaultMaximumBytes,
                        _ body: (String, Result<Data, any Error>) throws -> Void) rethrows {
        for index in stride(from: share, to: entries.count, by: max(1, shares)) {
            let entry = entries[index]
            try body(entry.name, Result { try data(of: entry, maximumBytes: maximumBytes) })
        }
    }

    private func data(of entry: ZipReader.Entry, maximumBytes: Int) throws -> Data {
        let name = "\(url.lastPathComponent):\(entry.name)"
        guard entry.size <= maximumBytes else { throw ImportError.badFile(.tooLarge(file: name, bytes: entry.size, limit: maximumBytes)) }
        do {
            return try reader.data(of: entry)
        } catch let error as ZipReader.ZipError {
            throw ImportError.badFile(.malformed(file: name, place: "zip", reason: "\(error)".components(separatedBy: ": ").dropFirst().joined(separator: ": ")))
        }
    }
}
