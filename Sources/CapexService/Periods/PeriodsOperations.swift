import CapexData
import CapexModel

extension CapexService {
    /// One row per company fiscal quarter within the request's companies and calendar quarters.
    public func quarters(_ request: QuartersRequest) throws -> QuartersResult {
        try request.validate()
        let selected = try request.companies.selectedCIKs(in: try database.companies())
        let byCompany = try database.companyQuarters(basis: request.basis)
        var rows: [QuartersResult.Row] = []
        for (cik, quarters) in byCompany where selected?.contains(cik) ?? true {
            let leaseLine = LeaseLine.choose(stated: quarters.first?.company.capexLeaseLine, periods: quarters)
            for quarter in quarters {
                guard let calendar = quarter.calendarQuarter,
                      request.from.map({ calendar >= $0 }) ?? true, request.to.map({ calendar <= $0 }) ?? true else { continue }
                rows.append(QuartersResult.Row(quarter: quarter, calendarQuarter: calendar,
                                               capex: request.capex.capex(of: quarter, leaseLine: leaseLine)))
            }
        }
        rows.sort { lhs, rhs in
            let left = lhs.quarter.company.displayTicker, right = rhs.quarter.company.displayTicker
            if request.calendar { return (lhs.calendarQuarter, left) < (rhs.calendarQuarter, right) }
            return (left, lhs.quarter.fiscalYear, lhs.quarter.fiscalQuarter) < (right, rhs.quarter.fiscalYear, rhs.quarter.fiscalQuarter)
        }
        return QuartersResult(rows: rows, definition: request.capex, calendarOrder: request.calendar)
    }

    /// Each company's trailing twelve months, at its latest quarter or the given calendar quarter.
    public func ttm(_ request: TTMRequest) throws -> TTMResult {
        try request.companies.validate()
        let selected = try request.companies.selectedCIKs(in: try database.companies())
        let byCompany = try database.companyQuarters(basis: request.basis)
        let rows = byCompany.compactMap { cik, quarters -> TrailingTwelveMonths? in
            guard selected?.contains(cik) ?? true else { return nil }
            let leaseLine = LeaseLine.choose(stated: quarters.first?.company.capexLeaseLine, periods: quarters)
            return TrailingTwelveMonths.at(quarters, asOf: request.asOf, leaseLine: leaseLine)
        }
        .sorted { $0.company.displayTicker < $1.company.displayTicker }
        // Companies with quarters (or named) but none at the quarter asked for are listed, not dropped.
        let present = Set(rows.map(\.company.cik))
        let absent = try database.companies().filter { company in
            !present.contains(company.cik) && (selected?.contains(company.cik) ?? !(byCompany[company.cik] ?? []).isEmpty)
        }
        return TTMResult(rows: rows, asOf: request.asOf, absent: absent)
    }

    /// The peer set's sums per calendar year (the named companies, or the hyperscalers).
    public func calendarPeers(_ request: CalendarPeersRequest) throws -> CalendarPeersResult {
        try request.companies.validate()
        try request.capex.checkQuarterly()
        let peerSet = try request.companies.peerSet(among: try database.companies())
        let byCompany = try database.companyQuarters(basis: request.basis)
        let members = peerSet.members.map { company in
            let quarters = byCompany[company.cik] ?? []
            return (company, quarters, LeaseLine.choose(stated: company.capexLeaseLine, periods: quarters))
        }
        // From the first year in which every member has a quarter (earlier years would only
        // list what is missing), to the last year any member reaches.
        let yearsByMember = members.map { Set($0.1.compactMap(\.calendarQuarter?.year)) }
        let allYears = Set(yearsByMember.flatMap { $0 }).sorted()
        let first = allYears.first { year in yearsByMember.allSatisfy { $0.contains(year) } }
        let years = allYears.filter { year in first.map { year >= $0 } ?? false }
        var rows: [CalendarPeerYear] = []
        for year in years {
            let totals = members.map { CalendarYearTotal(company: $0.0, year: year, quarters: $0.1, leaseLine: $0.2) }
            rows.append(CalendarPeerYear(year: year, totals: totals, definition: request.capex, previous: rows.last))
        }
        return CalendarPeersResult(years: rows, peerSet: peerSet, definition: request.capex, bands: try database.regimeBands())
    }

    /// The newest filing date of any stored quarter's figures: how fresh the data is.
    public func filingsThrough() throws -> CalendarDate? {
        try database.latestFiling()
    }
}
