import CapexData

/// The operations a user asks CapexGap for, over one database: each takes a typed request
/// (its defaults and checks declared once, in ``Defaults`` and the request) and returns a
/// typed, `Codable` result. The command-line tool and the HTTP API are thin adapters over it,
/// and the report is built from its results.
///
/// ```swift
/// let service = CapexService(database: try CapexDatabase.open(path: nil, access: .readOnly))
/// let result = try service.companies(CompaniesRequest(companies: CompanyFilter(tickers: ["GOOGL"])))
/// result.rows.last?.capexIntensity.value      // 0.2270 (FY2025)
/// ```
///
/// Errors in the request conform to ``UserInputError`` (the CLI exits 2, the API answers 400);
/// anything else is a failure of the data or the machine.
public struct CapexService: Sendable {
    public let database: CapexDatabase

    public init(database: CapexDatabase) {
        self.database = database
    }
}
