import ArgumentParser
import CapexModel
import CapexService

/// `--ticker` and `--cik` options.
struct CompanySelection: ParsableArguments {
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only this company (repeatable), e.g. --ticker GOOGL.", valueName: "ticker"))
    var ticker: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only the company with this SEC CIK (repeatable), e.g. --cik 320193.", valueName: "cik"))
    var cik: [Int] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only companies with this role (repeatable): hyperscaler, neocloud, supplier, accelerator_vendor, other. With --ticker or --cik, the companies any of them names.", valueName: "role"))
    var role: [String] = []

    /// The selection as a request filter, with the year bounds of `years`.
    func filter(_ years: YearRange? = nil) -> CompanyFilter {
        CompanyFilter(tickers: ticker, ciks: cik, roles: role, from: years?.from, to: years?.to)
    }
}

/// `--from` / `--to` year bounds (checked by the service).
struct YearRange: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("First fiscal year to show.", valueName: "year"))
    var from: Int?

    @Option(name: .long, help: ArgumentHelp("Last fiscal year to show.", valueName: "year"))
    var to: Int?
}

extension CapexDefinition: ExpressibleByArgument {}
