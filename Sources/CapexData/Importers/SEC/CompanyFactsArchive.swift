import Foundation
import ZIPFoundation

/// SEC's bulk archive `companyfacts.zip` (one `CIK##########.json` per filer), read entry by
/// entry into memory: never unzipped to disk.
public struct CompanyFactsArchive {
    public let url: URL
    private let archive: Archive

    /// Opens the archive; a file that is not a zip is an ``ImportError`` naming it.
    public init(url: URL, displayName: String? = nil) throws {
        self.url = url
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportError.badFile(.malformed(file: displayName ?? url.path, place: "zip", reason: "not a readable zip archive (\(error))"))
        }
    }

    /// The names of the companyfacts files in the archive, in its order.
    public var companyFactsNames: [String] {
        archive.compactMap { entry in
            entry.type == .file && Self.isCompanyFacts(entry.path) ? entry.path : nil
        }
    }

    /// `CIK##########.json`, in any folder of the archive.
    static func isCompanyFacts(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix("CIK") && name.hasSuffix(".json") && name.dropFirst(3).dropLast(5).allSatisfy(\.isNumber)
    }

    /// The bytes of one entry, checked against its CRC-32 and a size limit.
    public func data(of path: String, maximumBytes: Int = InputFile.defaultMaximumBytes) throws -> Data {
        let name = "\(url.lastPathComponent):\(path)"
        guard let entry = archive[path] else {
            throw ImportError.badFile(.malformed(file: name, place: "zip", reason: "no such entry"))
        }
        guard entry.uncompressedSize <= UInt64(maximumBytes) else {
            throw ImportError.badFile(.tooLarge(file: name, bytes: Int(clamping: entry.uncompressedSize), limit: maximumBytes))
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in data.append(chunk) }
        } catch {
            throw ImportError.badFile(.malformed(file: name, place: "zip", reason: "the entry cannot be read (\(error))"))
        }
        return data
    }
}
