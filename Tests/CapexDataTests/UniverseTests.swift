@testable import CapexData
import CapexModel
import CapexTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Loading SEC's bulk archive into the universe tables.
@Suite("Universe: the bulk archive", .needsSharedData)
struct UniverseTests {
    /// A zip of Alphabet's and Apple's real files, two synthetic filers and one bad file.
    func makeZip() throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("companyfacts.zip")
        let archive = try Archive(url: url, accessMode: .create)
        for name in ["CIK0001652044.json", "CIK0000320193.json"] {
            try archive.addEntry(with: name, fileURL: Fixtures.sharedData.appendingPathComponent("sec/companyfacts/\(name)"), compressionMethod: .deflate)
        }
        for cik in [2_000_001, 2_000_002] {
            var builder = CompanyFactsBuilder(cik: cik, entityName: "Synthetic \(cik)")
            for (year, revenue, capex) in [(2023, 1_000e6, 50e6), (2024, 1_100e6, 150e6), (2025, 1_200e6, 300e6)] {
                builder.add("us-gaap:Revenues", start: "\(year)-01-01", end: "\(year)-12-31", value: revenue, accession: "000000000\(cik % 10)-\(year % 100 + 1)-000001",
                            filed: "\(year + 1)-02-01")
                builder.add("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", start: "\(year)-01-01", end: "\(year)-12-31", value: capex * Double(cik % 10),
                            accession: "000000000\(cik % 10)-\(year % 100 + 1)-000001", filed: "\(year + 1)-02-01")
            }
            let data = builder.json
            try archive.addEntry(with: "CIK\(String(format: "%010d", cik)).json", type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let bad = Data("{\"cik\": 2000003, \"entityName\": \"Broken\", \"facts\": {\"us-gaap\": ".utf8)
        try archive.addEntry(with: "CIK0002000003.json", type: .file, uncompressedSize: Int64(bad.count)) { position, size in
            bad.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    @Test("the archive's filers load on two threads: the real ones as import sec reads them, the bad file named and skipped, a second load changes nothing")
    func load() throws {
        let zip = try makeZip()
        let database = try CapexDatabase.emptyInMemory()
        let loader = UniverseLoader(importer: try SECImporter(), threads: 2)
        let summary = try database.storeUniverse(try loader.read(archive: zip, curated: []))
        #expect(summary.loaded == 4 && summary.skipped == 1 && summary.empty == 0)
        #expect(summary.skippedFiles.first?.file.hasSuffix("CIK0002000003.json") == true)
        #expect(summary.skippedFiles.first?.reason.isEmpty == false)
        // Alphabet's and Apple's years equal what `import sec` stores from the same files.
        let imported = try CapexDatabase.emptyInMemory()
        for name in ["CIK0001652044.json", "CIK0000320193.json"] {
            _ = try imported.apply([try SECImporter().plan(contentsOf: Fixtures.sharedData.appendingPathComponent("sec/companyfacts/\(name)"))])
        }
        let universe = try database.universe()
        for cik in [1_652_044, 320_193] {
            let years = try #require(universe.first { $0.cik == cik }).years
            let companyYears = try imported.companyYears(ciks: [cik])
            #expect(years.count == companyYears.count)
            for year in years {
                let expected = try #require(companyYears.first { $0.fiscalYear == year.fiscalYear })
                #expect(year.revenueUSD.map { Double($0) / 1e6 } == expected[.revenue].value, "CIK \(cik) FY\(year.fiscalYear) revenue")
                #expect(year.capexUSD.map { Double($0) / 1e6 } == expected[.capex].value, "CIK \(cik) FY\(year.fiscalYear) capex")
            }
        }
        // Alphabet's trailing twelve months at the latest quarter in the file (FY2026 Q1, ended 2026-03-31):
        // capex 91,447 (10-K FY2025) - 17,197 (Q1 2025) + 35,674 (Q1 2026) = 109,924; revenue
        // 402,836 - 90,234 + 109,896 = 422,498, within $1M (the derived Q4 rounds on its own).
        let alphabet = try #require(universe.first { $0.cik == 1_652_044 }?.ttm)
        #expect(alphabet.end == "2026-03-31")
        #expect(alphabet.capexUSD == 109_924_000_000)
        #expect(abs(alphabet.revenueUSD - 422_498_000_000) <= 1_000_000)
        // Curated companies are left to their curated figures.
        let again = try database.storeUniverse(try loader.read(archive: zip, curated: [1_652_044]))
        #expect(again.curated == 1 && again.changedRows == 0)
        #expect(try database.storeUniverse(try loader.read(archive: zip, curated: [])).changedRows == 0)
    }

    @Test("the screen's band and band-since follow the intensity year by year")
    func screenRow() throws {
        let bands = RegimeBands([
            RegimeBand(id: "software", label: "software", lower: 0.03, upper: 0.06, source: Source(key: "t", title: "t")),
            RegimeBand(id: "early_cloud", label: "early cloud", lower: 0.10, upper: 0.15, source: Source(key: "t", title: "t")),
            RegimeBand(id: "infrastructure", label: "infrastructure", lower: 0.20, upper: nil, source: Source(key: "t", title: "t")),
        ])
        let years = [(2021, 0.02), (2022, 0.05), (2023, 0.12), (2024, 0.22), (2025, 0.30)].map { year, intensity in
            ScreenRow.Year(fiscalYear: year, periodEnd: nil, revenue: Figure(1_000, .reported), capex: Figure(1_000 * intensity, .reported))
        }
        let row = try #require(ScreenRow.row(cik: 1, entity: "E", ticker: nil, isPeer: false, isCurated: false, years: years, fiscalYear: nil, bands: bands))
        #expect(row.fiscalYear == 2025 && row.band == "infrastructure" && row.bandSince == 2024)
        #expect(abs((row.change3.value ?? 0) - (0.30 - 0.05)) < 1e-12)
        #expect(ScreenRow.row(cik: 1, entity: "E", ticker: nil, isPeer: false, isCurated: false, years: years, fiscalYear: 2021, bands: bands)?.band == "below software")
        #expect(ScreenRow.row(cik: 1, entity: "E", ticker: nil, isPeer: false, isCurated: false, years: years, fiscalYear: 2023, bands: bands)?.bandSince == 2023)
    }
}
