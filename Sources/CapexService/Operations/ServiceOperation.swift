/// Every operation a user can ask CapexGap for, with where the command-line tool and the
/// HTTP API offer it. The API's endpoint list and its OpenAPI document are checked against
/// this list, and so are the CLI's commands (a test walks it).
public enum ServiceOperation: String, Sendable, CaseIterable {
    case headline, companies, quarters, ttm, peers, calendarPeers = "calendar-peers", definitions, commitments, financing, leverage, guidance, deals, essay, sources, datasetChanges = "dataset-changes", restatements, conflicts
    case gapRun = "gap-run", gapCompare = "gap-compare", unitEconomics = "unit-economics", depreciation
    case scenarioShow = "scenario-show", scenarioCheck = "scenario-check", scenarioCalibrate = "scenario-calibrate", project, simulate, sensitivity, solve
    case analogs, valueChain = "value-chain", report, importData = "import", update, screen, overview

    /// What it answers, in a few words.
    public var summary: String {
        switch self {
        case .headline: "The hyperscalers' latest fiscal years and the peer-set total"
        case .companies: "Capex, revenue and capital-intensity metrics per company fiscal year"
        case .quarters: "Revenue, capex and capex intensity per company fiscal quarter, reported or derived"
        case .ttm: "Trailing-twelve-month revenue, capex and intensity per company"
        case .peers: "Peer-set sums per fiscal year"
        case .calendarPeers: "Peer-set sums per calendar year from calendar quarters"
        case .definitions: "Each company's own capex definition reconciled with CapexGap's figure"
        case .commitments: "Remaining performance obligations and backlogs per company and date"
        case .financing: "Lease liabilities, leases not yet commenced, debt and off-balance-sheet vehicles"
        case .leverage: "Debt against PP&E and interest cover, from the financing figures"
        case .guidance: "Capex guidance and its revisions against what was filed"
        case .deals: "The deals among chip makers, clouds and labs, and the money that comes back"
        case .essay: "The founding essay's table reconciled with the filings"
        case .sources: "Every source with its evidence status and what it supports"
        case .datasetChanges: "What each bundled dataset added, corrected or removed in this database"
        case .restatements: "Figures a later filing changed"
        case .conflicts: "Figures different sources give different values for"
        case .gapRun: "One published gap model from a preset, with any parameter set"
        case .gapCompare: "All four gap models on the same actual capex"
        case .unitEconomics: "Cost per accelerator-hour, per million tokens and per user"
        case .depreciation: "Depreciation of the capex history under different useful lives"
        case .scenarioShow: "A scenario's resolved parameters"
        case .scenarioCheck: "Every problem of a scenario file, with its line"
        case .scenarioCalibrate: "A scenario's first projected year, stream by stream, against cited observations"
        case .project: "The deterministic projection of a scenario"
        case .simulate: "Monte Carlo of a scenario"
        case .sensitivity: "Which assumption matters most: tornado and first-order indices"
        case .solve: "What must be true: one parameter's value for crossover or payback by a year"
        case .analogs: "The AI build-out against past infrastructure cycles"
        case .valueChain: "Who receives each capex dollar: categories and supplier layers"
        case .report: "The whole picture as one document"
        case .importData: "Figures from SEC companyfacts JSON or CSV into the database"
        case .update: "Whatever was filed since the release, from SEC EDGAR's companyfacts API"
        case .screen: "Every SEC filer's capex intensity, growth and band, the hyperscalers marked"
        case .overview: "Everything the dashboard's overview shows"
        }
    }

    /// The command that runs it, as typed after `capexgap` (`gap compare`); `nil` when only
    /// the API offers it.
    public var command: String? {
        switch self {
        case .gapRun: "gap <model>"
        case .gapCompare: "gap compare"
        case .calendarPeers: "peers --calendar"
        case .datasetChanges: "sources --changes"
        case .scenarioShow: "scenario show"
        case .scenarioCheck: "scenario check"
        case .scenarioCalibrate: "scenario calibrate"
        case .importData: "import"
        case .overview: nil
        default: rawValue
        }
    }

    /// Where the API answers it (`/api/gap/{model}`); `nil` when it does not, for the reason
    /// ``apiAbsence`` gives.
    public var apiPath: String? {
        switch self {
        case .gapRun: "/api/gap/{model}"
        case .gapCompare: "/api/gap/compare"
        case .scenarioShow: "/api/scenario"
        case .scenarioCalibrate: "/api/scenario/calibrate"
        case .calendarPeers: "/api/peers/calendar"
        case .datasetChanges: "/api/sources/changes"
        case .scenarioCheck, .report, .importData, .update: nil
        default: "/api/" + rawValue
        }
    }

    /// Why the API does not offer it.
    public var apiAbsence: String? {
        switch self {
        case .scenarioCheck: "reads a file on the user's machine; the API runs shipped scenarios only"
        case .report: "writes a document file; the dashboard's pages show the same content"
        case .importData, .update: "changes the database; the server opens it read-only"
        default: nil
        }
    }
}
