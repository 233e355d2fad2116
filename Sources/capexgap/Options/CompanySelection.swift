import ArgumentParser
import CapexData
import CapexModel
import CapexReport

/// `--ticker` and `--cik` options, resolved against the companies in the database.
struct CompanySelection: ParsableArguments {
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only this company (repeatable), e.g. --ticker GOOGL.", valueName: "ticker"))
    var ticker: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only the company with this SEC CIK (repeatable), e.g. --cik 320193.", valueName: "cik"))
    var cik: [Int] = []

    var isEmpty: Bool { ticker.isEmpty && cik.isEmpty }

    /// The CIKs of the selected companies, or `nil` when none was named (all companies).
    func ciks(in database: CapexDatabase) throws -> Set<Int>? {
        try RequestFailure.usage { try filter().selectedCIKs(in: database) }
    }

    /// The selection as a library filter, with the fiscal-year bounds of `years`.
    func filter(_ years: YearRange? = nil) -> CompanyFilter {
        CompanyFilter(tickers: ticker, ciks: cik, from: years?.from, to: years?.to)
    }
}

/// `--from` / `--to` fiscal-year bounds.
struct YearRange: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("First fiscal year to show.", valueName: "year"))
    var from: Int?

    @Option(name: .long, help: ArgumentHelp("Last fiscal year to show.", valueName: "year"))
    var to: Int?

    /// Years CapexGap accepts in a range.
    static let plausible = CompanyFilter.plausibleYears

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
