import ArgumentParser
import CapexData
import CapexModel
import CapexReport

/// `capexgap depreciation`: how the server useful life changes depreciation and the cost to cover.
struct DepreciationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depreciation",
        abstract: "Depreciation of the capex history under different server useful lives.",
        discussion: """
            Compares the 4 -> 6 year extensions, Amazon's 6 -> 5 reversal and the 2-3-year critique on a \
            company's (or the peer set's) actual capex, and lists the companies' stated life changes.
            """
    )

    @Option(name: .long, help: ArgumentHelp("One company (default: the hyperscaler peer set).", valueName: "ticker"))
    var ticker: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A useful life to compare, years (repeatable; default 2 3 4 5 6).", valueName: "years"))
    var life: [Double] = []

    @Option(name: .long, help: ArgumentHelp("Share of capex that is servers and network equipment (default: Microsoft's ~2/3 short-lived assets).", valueName: "fraction"))
    var serverShare: Double?

    @OptionGroup var years: YearRange
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        for value in life where !(ParameterRange.years.contains(value)) {
            throw ValidationError("--life \(NumberText.compact(value)) is out of range; a useful life must be \(ParameterRange.years)")
        }
        if let serverShare, !ParameterRange.shareFraction.contains(serverShare) {
            throw ValidationError("--server-share \(NumberText.compact(serverShare)) is out of range; it must be \(ParameterRange.shareFraction)")
        }
    }

    func run() throws {
        let db = try database.open()
        let companies = try db.companies()
        let members: [Company]
        let subject: String
        if let ticker {
            guard let company = companies.first(where: { $0.ticker?.uppercased() == ticker.uppercased() }) else {
                throw CLIError.usage("unknown ticker '\(ticker)'; known tickers: \(companies.compactMap(\.ticker).joined(separator: ", "))")
            }
            members = [company]
            subject = company.name
        } else {
            members = PeerSet(role: PeerSet.hyperscalerRole, among: companies).members
            subject = "the hyperscaler peer set"
        }
        let peerYears = PeerSet(role: "chosen", members: members)
            .years(from: try db.companyYears(ciks: Set(members.map(\.cik))), definition: .cash)
        let capex = Dictionary(uniqueKeysWithValues: peerYears.map { ($0.fiscalYear, $0.capex) })
        let share: Figure
        if let serverShare {
            share = Figure(serverShare, .scenario)
        } else {
            let observed = try db.observations(dataset: "unit_costs", subject: "short_lived_asset_share_of_capex").first
            share = observed?.figure ?? .unresolved
        }
        let changes = members.count == 1 ? try db.usefulLifeChanges().filter { subject.hasPrefix($0.company) } : []
        var comparison = UsefulLifeComparison(capexByYear: capex, lives: life.isEmpty ? [2, 3, 4, 5, 6] : life,
                                              serverShare: share, changes: changes)
        comparison.years = comparison.years.filter { (years.from ?? .min) <= $0.fiscalYear && $0.fiscalYear <= (years.to ?? .max) }
        Terminal.write(output.render(DepreciationTable.make(comparison, subject: subject, changes: changes)))
    }
}
