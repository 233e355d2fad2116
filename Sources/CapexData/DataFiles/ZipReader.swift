import CapexZlib
import Foundation

/// A zip archive read straight from its central directory: the entries' names, sizes and
/// offsets, and each entry inflated with zlib and checked against its CRC-32. Reads use
/// `pread`, so one reader serves several threads at once. ZIP64 fields (offsets past 2 or
/// 4 GB, more than 65,535 entries) are read.
public final class ZipReader: @unchecked Sendable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        var method: UInt16
        var crc: UInt32
        public var compressedSize: Int
        public var size: Int
        var headerOffset: Int
    }

    public let url: URL
    public let entries: [Entry]
    private let descriptor: Int32

    /// Opens `url` and reads its directory; `name` is how errors call the file.
    public init(url: URL, name: String? = nil) throws {
        self.url = url
        let label = name ?? url.path
        descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw ZipError.unreadable(file: label, reason: String(cString: strerror(errno))) }
        do {
            entries = try Self.readDirectory(descriptor, label: label)
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit { close(descriptor) }

    public enum ZipError: Error, CustomStringConvertible, Equatable {
        case unreadable(file: String, reason: String)
        case notZip(file: String, reason: String)
        case badEntry(file: String, entry: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let file, let reason): "\(file): cannot be read: \(reason)"
            case .notZip(let file, let reason): "\(file): not a readable zip archive: \(reason)"
            case .badEntry(let file, let entry, let reason): "\(file):\(entry): \(reason)"
            }
        }
    }

    /// `count` bytes at `offset`, or fewer at the end of the file.
    private static func read(_ descriptor: Int32, offset: Int, count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got <= 0 { break }
            done += got
        }
        return Array(buffer.prefix(done))
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }
    private static func u64(_ bytes: [UInt8], _ at: Int) -> Int { u32(bytes, at) | u32(bytes, at + 4) << 32 }

    private static func readDirectory(_ descriptor: Int32, label: String) throws -> [Entry] {
        let size = Int(lseek(descriptor, 0, SEEK_END))
        guard size >= 22 else { throw ZipError.notZip(file: label, reason: "\(size) bytes: too short for a zip") }
        let tailLength = min(size, 22 + 65_535)
        let tail = read(descriptor, offset: size - tailLength, count: tailLength)
        guard let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { tail[$0] == 0x50 && tail[$0 + 1] == 0x4b && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06 }) else {
            throw ZipError.notZip(file: label, reason: "no end-of-central-directory record")
        }
        var count = u16(tail, end + 10), directorySize = u32(tail, end + 12), directoryOffset = u32(tail, end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: the locator just before the record points at the ZIP64 end record.
            let locatorAt = end - 20
            guard locatorAt >= 0, u32(tail, locatorAt) == 0x0706_4b50 else { throw ZipError.notZip(file: label, reason: "a ZIP64 archive without its locator") }
            let record = read(descriptor, offset: u64(tail, locatorAt + 8), count: 56)
            guard record.count == 56, u32(record, 0) == 0x0606_4b50 else { throw ZipError.notZip(file: label, reason: "no ZIP64 end record") }
            count = u64(record, 32)
            directorySize = u64(record, 40)
            directoryOffset = u64(record, 48)
        }
        guard directoryOffset + directorySize <= size else { throw ZipError.notZip(file: label, reason: "the central directory lies past the end of the file (truncated?)") }
        let directory = read(descriptor, offset: directoryOffset, count: directorySize)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = 0
        while at + 46 <= directory.count, u32(directory, at) == 0x0201_4b50 {
            let nameLength = u16(directory, at + 28), extraLength = u16(directory, at + 30), commentLength = u16(directory, at + 32)
            guard at + 46 + nameLength <= directory.count else { break }
            let name = String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            var entry = Entry(name: name, method: UInt16(u16(directory, at + 10)), crc: UInt32(u32(directory, at + 16)),
                              compressedSize: u32(directory, at + 20), size: u32(directory, at + 24), headerOffset: u32(directory, at + 42))
            // ZIP64 extra field (0x0001): the 8-byte values of the fields set to 0xFFFFFFFF, in order.
            if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.headerOffset == 0xFFFF_FFFF {
                var extra = at + 46 + nameLength
                let extraEnd = min(extra + extraLength, directory.count)
                while extra + 4 <= extraEnd {
                    let id = u16(directory, extra), length = u16(directory, extra + 2)
                    if id == 0x0001 {
                        var field = extra + 4
                        if entry.size == 0xFFFF_FFFF, field + 8 <= extraEnd { entry.size = u64(directory, field); field += 8 }
                        if entry.compressedSize == 0xFFFF_FFFF, field + 8 <= extraEnd { entry.compressedSize = u64(directory, field); field += 8 }
                        if entry.headerOffset == 0xFFFF_FFFF, field + 8 <= extraEnd { entry.headerOffset = u64(directory, field) }
                        break
                    }
                    extra += 4 + length
                }
            }
            entries.append(entry)
            at += 46 + nameLength + extraLength + commentLength
        }
        guard entries.count == count else { throw ZipError.notZip(file: label, reason: "the directory lists \(count) entries but holds \(entries.count)") }
        return entries
    }

    /// The bytes of `entry`, inflated and checked against its CRC-32.
    public func data(of entry: Entry) throws -> Data {
        let label = url.lastPathComponent
        let header = Self.read(descriptor, offset: entry.headerOffset, count: 30)
        guard header.count == 30, Self.u32(header, 0) == 0x0403_4b50 else {
            throw ZipError.badEntry(file: label, entry: entry.name, reason: "no local header at its offset")
        }
        let dataOffset = entry.headerOffset + 30 + Self.u16(header, 26) + Self.u16(header, 28)
        let compressed = Self.read(descriptor, offset: dataOffset, count: entry.compressedSize)
        guard compressed.count == entry.compressedSize else { throw ZipError.badEntry(file: label, entry: entry.name, reason: "truncated") }
        var output: Data
        switch entry.method {
        case 0:
            output = Data(compressed)
        case 8:
            output = Data(count: entry.size)
            var stream = z_stream()
            guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw ZipError.badEntry(file: label, entry: entry.name, reason: "zlib would not start")
            }
            defer { inflateEnd(&stream) }
            let status: Int32 = compressed.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBytes { target in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                    stream.avail_in = uInt(input.count)
                    stream.next_out = target.bindMemory(to: Bytef.self).baseAddress
                    stream.avail_out = uInt(target.count)
                    return inflate(&stream, Z_FINISH)
                }
            }
            guard status == Z_STREAM_END, Int(stream.total_out) == entry.size else {
                throw ZipError.badEntry(file: label, entry: entry.name, reason: "the deflate stream is damaged (zlib status \(status))")
            }
        default:
            throw ZipError.badEntry(file: label, entry: entry.name, reason: "compression method \(entry.method) (only stored and deflate are read)")
        }
        let crc = output.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
        guard crc == entry.crc else { throw ZipError.badEntry(file: label, entry: entry.name, reason: "CRC-32 mismatch: the entry is damaged") }
        return output
    }
}
