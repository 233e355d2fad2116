import ArgumentParser
import CapexData
import CapexModel

/// `--ticker` and `--cik` options, resolved against the companies in the database.
struct CompanySelection: ParsableArguments {
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only this company (repeatable), e.g. --ticker GOOGL.", valueName: "ticker"))
    var ticker: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only the company with this SEC CIK (repeatable), e.g. --cik 320193.", valueName: "cik"))
    var cik: [Int] = []

    var isEmpty: Bool { ticker.isEmpty && cik.isEmpty }

    /// The CIKs of the selected companies, or `nil` when none was named (all companies).
    ///
    /// - Throws: ``CLIError/usage(_:)`` naming an unknown ticker or CIK and the known ones.
    func ciks(in database: CapexDatabase) throws -> Set<Int>? {
        guard !isEmpty else { return nil }
        let companies = try database.companies()
        var ciks = Set<Int>()
        for wanted in ticker {
            guard let company = companies.first(where: { $0.ticker?.uppercased() == wanted.uppercased() }) else {
                let known = companies.compactMap(\.ticker).joined(separator: ", ")
                throw CLIError.usage("unknown ticker '\(wanted)'; known tickers: \(known)")
            }
            ciks.insert(company.cik)
        }
        for wanted in cik {
            guard companies.contains(where: { $0.cik == wanted }) else {
                let known = companies.map { "\($0.cik) (\($0.displayTicker))" }.joined(separator: ", ")
                throw CLIError.usage("no company with CIK \(wanted) in the database; known: \(known). Import its companyfacts with `capexgap import sec`")
            }
            ciks.insert(wanted)
        }
        return ciks
    }
}

/// `--from` / `--to` fiscal-year bounds.
struct YearRange: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("First fiscal year to show.", valueName: "year"))
    var from: Int?

    @Option(name: .long, help: ArgumentHelp("Last fiscal year to show.", valueName: "year"))
    var to: Int?

    /// Years CapexGap accepts in a range.
    static let plausible = 1900...2100

    func validate() throws {
        for (name, year) in [("--from", from), ("--to", to)] {
            if let year, !Self.plausible.contains(year) {
                throw ValidationError("\(name) \(year) is out of range; give a fiscal year between \(Self.plausible.lowerBound) and \(Self.plausible.upperBound)")
            }
        }
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }
}

extension CapexDefinition: ExpressibleByArgument {}
