@testable import CapexData
import CapexModel
import Testing

@Suite("Citations of the bundled financials")
struct SourceCitationTests {
    @Test("labelled parts go to their metrics and the lead covers the rest")
    func labelledParts() {
        let text = "SEC Form 10-K FY2015, Amazon.com, Inc.; gross capex: SEC Form 10-K FY2017, Amazon.com, Inc."
        let citation = SourceCitation(text)
        #expect(citation.text(for: .capex, whole: text) == "SEC Form 10-K FY2017, Amazon.com, Inc.")
        #expect(citation.text(for: .revenue, whole: text) == "SEC Form 10-K FY2015, Amazon.com, Inc.")
        #expect(citation.text(for: .operatingCashFlow, whole: text) == "SEC Form 10-K FY2015, Amazon.com, Inc.")
    }

    @Test("'other columns' covers metrics other than revenue and capex")
    func otherColumns() {
        let text = "SEC Form 10-K FY2023, Meta Platforms, Inc., accn 0001326801-24-000012 (filed 2024-02-02), XBRL companyfacts; other columns: comparative column of the FY2024 10-K"
        let citation = SourceCitation(text)
        #expect(citation.text(for: .capex, whole: text).hasPrefix("SEC Form 10-K FY2023"))
        #expect(citation.text(for: .depreciationAmortization, whole: text) == "comparative column of the FY2024 10-K")
    }

    @Test("accession, form, filing date and URL are read from the citation")
    func fields() {
        let source = SourceCitation.source(citation: "SEC Form 10-K FY2022, accession 0001018724-23-000004, filed 2023-02-03", evidence: .reported)
        #expect(source.accession == "0001018724-23-000004")
        #expect(source.form == "10-K")
        #expect(source.filed == "2023-02-03")
        let page = SourceCitation.source(citation: "\"Capital Expenditure\" in Financial Modeling Prep, https://financialmodelingprep.com/cash-flow-statement/FB", evidence: .estimated)
        #expect(page.url == "https://financialmodelingprep.com/cash-flow-statement/FB")
        #expect(page.accession == nil)
    }
}
