@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing
import ZIPFoundation

@Suite("SEC bulk archive (companyfacts.zip)", .needsSharedData)
struct CompanyFactsArchiveTests {
    static let files = ["companyfacts/CIK0001652044.json", "companyfacts/CIK0000320193.json", "companyfacts-trimmed/CIK0001326801.json"]

    /// A zip of the shared files, compressed, in a folder of the archive as SEC's is not.
    func makeZip() throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("companyfacts.zip")
        let archive = try Archive(url: url, accessMode: .create)
        for file in Self.files {
            let source = Fixtures.sharedData.appendingPathComponent("sec").appendingPathComponent(file)
            try archive.addEntry(with: "facts/" + source.lastPathComponent, fileURL: source, compressionMethod: .deflate)
        }
        try archive.addEntry(with: "README.txt", type: .file, uncompressedSize: Int64(5), provider: { _, _ in Data("hello".utf8) })
        return url
    }

    @Test("a zip of several real files imports the same figures and filed periods as the files one by one")
    func zipEqualsFiles() throws {
        let archive = try CompanyFactsArchive(url: try makeZip())
        #expect(archive.companyFactsNames == Self.files.map { "facts/" + ($0.split(separator: "/").last.map(String.init) ?? "") })
        let importer = try SECImporter()
        let fromZip = try CapexDatabase.emptyInMemory()
        _ = try fromZip.apply(try archive.companyFactsNames.map { try importer.plan(data: try archive.data(of: $0), file: $0) })
        let oneByOne = try CapexDatabase.emptyInMemory()
        for file in Self.files {
            _ = try oneByOne.apply([try importer.plan(contentsOf: Fixtures.sharedData.appendingPathComponent("sec").appendingPathComponent(file))])
        }
        #expect(try fromZip.companyYears() == oneByOne.companyYears())
        #expect(try fromZip.companyQuarters() == oneByOne.companyQuarters())
        // Not two empty databases: Apple's FY2023 revenue as filed, and Alphabet's derived Q2 2025 capex.
        #expect(try fromZip.companyYears(ciks: [320_193], from: 2023, to: 2023).first?[.revenue] == Figure(383_285, .reported))
        #expect(try fromZip.companyQuarters()[1_652_044]?.first { $0.label == "FY2025 Q2" }?[.capex] == Figure(22_446, .derived))
    }

    @Test("a file that is not a zip is refused naming it")
    func notAZip() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("companyfacts.zip")
        try Data("{\"cik\": 1}".utf8).write(to: url)
        #expect { try CompanyFactsArchive(url: url) } throws: { "\($0)".contains("companyfacts.zip") && "\($0)".contains("not a readable zip") }
    }
}
