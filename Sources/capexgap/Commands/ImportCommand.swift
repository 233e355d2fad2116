import ArgumentParser
import CapexData
import CapexModel
import CapexReport
import CapexService
import Foundation

/// `capexgap import`: bring in figures from SEC companyfacts JSON or CSV.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import figures from SEC companyfacts JSON (any filer) or from CSV.",
        discussion: """
            Imports are all or nothing: a malformed, truncated or wrong-shaped file is named with the \
            place of the problem, the command exits 1, and the database is left as it was. Importing \
            the same file twice changes nothing. A figure from another source is never overwritten: \
            both are kept and the conflict is listed (see `capexgap conflicts`).
            """,
        subcommands: [ImportSECCommand.self, ImportCSVCommand.self]
    )
}

/// `capexgap import sec FILE_OR_DIR...`
struct ImportSECCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sec",
        abstract: "Import annual figures from SEC XBRL companyfacts JSON files or folders of them.",
        discussion: """
            Reads revenue, capex, D&A, operating cash flow, finance-lease principal and assets obtained \
            under finance leases per fiscal year (the file format of \
            data.sec.gov/api/xbrl/companyfacts/CIK##########.json). Companies are identified by CIK; the \
            ticker comes from CapexGap's list of known companies or from --ticker. A .zip (SEC's bulk \
            archive companyfacts.zip) is read entry by entry, without unzipping it to disk.
            """
    )

    @Argument(help: ArgumentHelp("companyfacts JSON files, folders of them (*.json), or zip archives of them.", valueName: "file-or-dir"))
    var paths: [String]

    @Option(name: .long, help: "Which filing's value to keep when several report a figure: first (as first reported) or latest.")
    var basis: FilingBasis = .first

    @Option(name: .long, help: ArgumentHelp("Ticker for the company (a single file only).", valueName: "ticker"))
    var ticker: String?

    @Option(name: .long, help: ArgumentHelp("Role of the company, e.g. hyperscaler (joins the peer set) or neocloud.", valueName: "role"))
    var role: String?

    @OptionGroup var limits: FileLimitOptions

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let role, role.isEmpty || role.contains(where: \.isWhitespace) {
            throw ValidationError("--role must be one word, e.g. hyperscaler or neocloud")
        }
    }

    func run() throws {
        let zips = paths.filter { $0.lowercased().hasSuffix(".zip") }
        let files = try InputFiles.expand(paths.filter { !$0.lowercased().hasSuffix(".zip") }, extension: "json")
        let archives = try zips.map { path in
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError.failure(ImportError.noInput(path: path, reason: "no such file or folder").description)
            }
            return (path, try CompanyFactsArchive(url: URL(fileURLWithPath: path), displayName: path))
        }
        let entries = archives.flatMap { path, archive in archive.companyFactsNames.map { (path, archive, $0) } }
        if ticker != nil, files.count + entries.count > 1 {
            throw CLIError.usage("--ticker names one company, but \(files.count + entries.count) files were given")
        }
        let importer = try SECImporter()
        let progress = ProgressBar(total: files.count + entries.count, label: "reading")
        var plans: [ImportPlan] = []
        for (index, file) in files.enumerated() {
            progress.update(index, item: file.name)
            plans.append(try importer.plan(contentsOf: file.url, displayName: file.name, basis: basis, ticker: ticker, role: role,
                                           maximumBytes: limits.maximumBytes))
        }
        var done = files.count
        for (path, archive) in archives {
            try archive.forEach(maximumBytes: limits.maximumBytes) { name, data in
                progress.update(done, item: name)
                done += 1
                plans.append(try importer.plan(data: try data.get(), file: "\(path):\(name)", basis: basis, ticker: ticker, role: role))
            }
        }
        progress.finish()
        if plans.isEmpty { throw CLIError.failure("import failed, nothing was written: \(zips.joined(separator: ", ")) holds no CIK##########.json file") }
        let result = ImportResult(report: try database.writingService().database.apply(plans))
        output.print(result, ImportTable.make(result))
    }
}

/// `capexgap import csv FILE`
struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import figures from a CSV file in CapexGap's schema (see the README).",
        discussion: """
            One figure per row. Required columns: cik or ticker, fiscal_year, metric, value_usd_m (USD \
            millions), evidence (reported, estimated or scenario) and source_title; optional: company, \
            role, period_start, period_end, concept, source_url, source_date, source_form, source_accession.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @OptionGroup var limits: FileLimitOptions

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let input = try InputFiles.expand([file], extension: "csv")
        let db = try database.writingService().database
        let known = try KnownCompanies.bundled().companies.values
        let inDatabase = try db.companies()
        let companies = inDatabase + known.filter { company in !inDatabase.contains { $0.cik == company.cik } }
        let importer = FiguresCSVImporter(companies: companies)
        let plans = try input.flatMap { try importer.plans(contentsOf: $0.url, displayName: $0.name, maximumBytes: limits.maximumBytes) }
        let result = ImportResult(report: try db.apply(plans))
        output.print(result, ImportTable.make(result))
    }
}

extension FilingBasis: ExpressibleByArgument {}

/// `--max-file-mb`: the largest input file an import reads.
struct FileLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-mb"), help: ArgumentHelp("Refuse an input file larger than this, MB (default 256).", valueName: "mb"))
    var maximumMegabytes: Int = InputFile.defaultMaximumBytes / 1_000_000

    func validate() throws {
        guard (1...100_000).contains(maximumMegabytes) else { throw ValidationError("--max-file-mb \(maximumMegabytes) is out of range; give 1 to 100000") }
    }

    var maximumBytes: Int { maximumMegabytes * 1_000_000 }
}

/// Input paths given on the command line.
enum InputFiles {
    struct File {
        var url: URL
        /// The path as the user wrote it (or folder/name for files found in a folder).
        var name: String
    }

    /// Files named directly, and the files with `extension` in named folders (sorted).
    static func expand(_ paths: [String], extension wanted: String) throws -> [File] {
        var files: [File] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.failure(ImportError.noInput(path: path, reason: "no such file or folder").description)
            }
            guard isDirectory.boolValue else {
                files.append(File(url: URL(fileURLWithPath: path), name: path))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let found = names.filter { $0.lowercased().hasSuffix("." + wanted) }.sorted()
            guard !found.isEmpty else {
                throw CLIError.failure(ImportError.noInput(path: path, reason: "the folder holds no .\(wanted) files").description)
            }
            let folder = URL(fileURLWithPath: path, isDirectory: true)
            files += found.map { File(url: folder.appendingPathComponent($0), name: (path as NSString).appendingPathComponent($0)) }
        }
        return files
    }
}
