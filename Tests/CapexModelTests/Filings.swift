import CapexModel

/// Company fiscal years with figures copied from the companies' 10-K filings (USD millions),
/// as listed in ../shared/data/financials.csv, for tests of the pure model.
enum Filings {
    static let alphabet = Company(cik: 1_652_044, ticker: "GOOGL", name: "Alphabet Inc.", role: "hyperscaler", fiscalYearEndMonth: 12)
    static let microsoft = Company(cik: 789_019, ticker: "MSFT", name: "Microsoft Corporation", role: "hyperscaler", fiscalYearEndMonth: 6)
    static let meta = Company(cik: 1_326_801, ticker: "META", name: "Meta Platforms, Inc.", role: "hyperscaler", fiscalYearEndMonth: 12)

    static let tenK = Source(key: "test", title: "SEC Form 10-K")

    static func year(_ company: Company, _ fiscalYear: Int, _ values: [FinancialMetric: Double],
                     evidence: EvidenceStatus = .reported) -> CompanyYear {
        CompanyYear(company: company, fiscalYear: fiscalYear,
                    figures: values.mapValues { StatementFigure(figure: Figure($0, evidence), source: tenK) })
    }

    /// Alphabet FY2025 10-K (accession 0001652044-26-000018).
    static let alphabet2025 = year(alphabet, 2025, [
        .revenue: 402_836, .capex: 91_447, .financeLeaseAssetsObtained: 1_606, .financeLeasePrincipal: 1_988,
        .depreciationAmortization: 21_136, .operatingCashFlow: 164_713,
    ])
    /// Alphabet FY2024 10-K (accession 0001652044-25-000014).
    static let alphabet2024 = year(alphabet, 2024, [
        .revenue: 350_018, .capex: 52_535, .financeLeaseAssetsObtained: 313, .financeLeasePrincipal: 405,
        .depreciationAmortization: 15_311, .operatingCashFlow: 125_299,
    ])
    /// Microsoft FY2024 10-K (accession 0000950170-24-087843).
    static let microsoft2024 = year(microsoft, 2024, [
        .revenue: 245_122, .capex: 44_477, .financeLeaseAssetsObtained: 11_633, .financeLeasePrincipal: 1_286,
        .depreciationAmortization: 22_287, .operatingCashFlow: 118_548,
    ])
    /// Meta FY2024 (bundled financials.csv, from its 10-K): both finance-lease lines are disclosed.
    static let meta2024 = year(meta, 2024, [
        .revenue: 164_501, .capex: 37_256, .financeLeasePrincipal: 1_969, .financeLeaseAssetsObtained: 181,
    ])
    /// Meta FY2025 10-K (accession 0001628280-26-003942): no finance-lease assets figure is given.
    static let meta2025 = year(meta, 2025, [
        .revenue: 200_966, .capex: 69_691, .financeLeasePrincipal: 2_524, .depreciationAmortization: 18_616,
        .operatingCashFlow: 115_800,
    ])
}
