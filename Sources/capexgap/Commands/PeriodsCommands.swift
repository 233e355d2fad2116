import ArgumentParser
import CapexModel
import CapexReport
import CapexService

/// `capexgap quarters`: one row per company fiscal quarter.
struct QuartersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarters",
        abstract: "Revenue, capex and capex intensity per company fiscal quarter, reported or derived from year-to-date filings.",
        discussion: """
            Quarters a filing states as three months are shown as reported; the others are derived from \
            year-to-date figures with the same fiscal-year start (Q2 = six months - Q1, Q3 = nine - six, \
            Q4 = year - nine months) and marked D. A missing piece leaves the quarter unresolved. \
            --from and --to are calendar quarters (2024Q1); each row has both the fiscal label and the \
            calendar quarter holding most of its days.
            """
    )

    @OptionGroup var selection: CompanySelection
    @Option(name: .long, help: ArgumentHelp("First calendar quarter, e.g. 2024Q1.", valueName: "quarter"))
    var from: CalendarQuarter?
    @Option(name: .long, help: ArgumentHelp("Last calendar quarter, e.g. 2026Q2.", valueName: "quarter"))
    var to: CalendarQuarter?
    @Flag(name: .long, help: "Order by calendar quarter, then company.")
    var calendar = false
    @Option(name: .long, help: "Capex definition: cash, with-leases, with-committed-leases, net or net-of-customer-hardware (capexgap definitions says what each adds up).")
    var capex: CapexDefinition = .cash
    @Option(name: .long, help: "Which filing of a period: first (as first reported) or latest (after restatements).")
    var basis: FilingBasis = .first
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let service = try database.service()
        let result = try service.quarters(QuartersRequest(companies: selection.filter(), from: from, to: to, calendar: calendar,
                                                          capex: capex, basis: basis))
        let filingsThrough = try service.filingsThrough()
        output.print(result, QuartersTable.make(result, filingsThrough: filingsThrough))
    }
}

/// `capexgap ttm`: trailing twelve months per company.
struct TTMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ttm",
        abstract: "Trailing-twelve-month revenue, capex, capex intensity and capex / operating cash flow per company.",
        discussion: """
            The four fiscal quarters ending at each company's latest quarter, or at the quarter whose \
            calendar quarter is --as-of. Four quarters or the figure is unresolved, and the note says which is missing.
            """
    )

    @OptionGroup var selection: CompanySelection
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Calendar quarter the twelve months end with, e.g. 2025Q4.", valueName: "quarter"))
    var asOf: CalendarQuarter?
    @Option(name: .long, help: "Which filing of a period: first or latest.")
    var basis: FilingBasis = .first
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let result = try database.service().ttm(TTMRequest(companies: selection.filter(), asOf: asOf, basis: basis))
        output.print(result, TTMTable.make(result))
    }
}

extension CalendarQuarter: ExpressibleByArgument {
    public init?(argument: String) {
        guard let quarter = CalendarQuarter(argument), (1990...2100).contains(quarter.year) else { return nil }
        self = quarter
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
