import CapexModel
import CapexService

/// `quarters`: company fiscal quarters.
public enum QuartersTable {
    public static func make(_ result: QuartersResult, filingsThrough: CalendarDate?) -> Table {
        var notes = [
            "Fiscal quarters as each company counts them (Microsoft's quarter ending 2025-09-30 is FY2026 Q1); Calendar is the calendar quarter holding most of its days.",
            "A quarter not filed as three months is derived from year-to-date figures (Q2 = 6M - Q1, Q3 = 9M - 6M, Q4 = year - 9M): evidence D. A missing piece leaves it unresolved (-), never zero.",
            "Capex = \(result.definition.summary).",
        ]
        if let filingsThrough { notes.append("Filings through \(filingsThrough).") }
        if result.rows.isEmpty { notes.append("No quarters match: widen --from/--to or name other companies.") }
        return Table(result, notes: notes)
    }
}

/// `ttm`: trailing twelve months.
public enum TTMTable {
    public static func make(_ result: TTMResult) -> Table {
        var notes = [
            "TTM = the sum of the four fiscal quarters ending at As of (\(result.asOf.map { "the quarter in calendar \($0)" } ?? "each company's latest quarter")); a missing quarter leaves it unresolved.",
            "Capex/Rev = TTM cash capex / TTM revenue; Capex/OCF = TTM cash capex / TTM operating cash flow.",
        ]
        if !result.absent.isEmpty {
            notes.append("No quarter\(result.asOf.map { " in \($0)" } ?? ""): \(result.absent.map(\.displayTicker).joined(separator: ", ")).")
        }
        return Table(result, notes: notes)
    }
}

/// `peers --calendar`: peer sums per calendar year.
public enum CalendarPeersTable {
    public static func make(_ result: CalendarPeersResult) -> Table {
        let peerSet = result.peerSet
        return Table(result, notes: [
            "Peer set (\(peerSet.role == PeerSet.chosenRole ? "chosen" : "role \(peerSet.role)")): \(peerSet.members.map(\.displayTicker).joined(separator: ", ")); "
                + "calendar years summed from calendar quarters, so every member covers the same months; capex = \(result.definition.summary).",
            "A member without all four quarters of a year (or a figure of one) leaves that year's total unresolved and is named under Incomplete. Years start with the first in which every member has a quarter.",
        ])
    }
}

/// `definitions`: the companies' own capex definitions reconciled.
public enum DefinitionsTable {
    public static func make(_ result: DefinitionsResult) -> Table {
        Table(result, notes: [
            "CapexGap's with-leases capex adds one finance-lease line per company, the same in every period: the one the company's own definition uses (Meta: principal payments), else assets obtained under finance leases.",
            "Diff = CapexGap's figure - the stated figure. JSON and CSV carry each row's note on what the difference is made of.",
            "CapexGap's definitions (--capex): " + CapexDefinition.allCases.map { "\($0.rawValue) = \($0.summary)" }.joined(separator: "; ") + ".",
            "with-committed-leases: fiscal years only (the lease notes give balances at year ends); a year without a balance at both ends is unresolved. "
                + "net-of-customer-hardware: no company in the bundled data reports customer-supplied hardware, so it is unresolved until you import a figure (metric customer_supplied_hardware).",
        ])
    }
}

/// `sources --changes`: what each bundled dataset changed.
public enum DatasetChangesTable {
    public static func make(_ result: DatasetChangesResult) -> Table {
        Table(result, notes: [
            "The database holds bundled dataset \(result.version ?? "(none)"). A newer CapexGap brings its dataset in when it first opens the file, "
                + "in one transaction; figures you imported are never changed or removed.",
        ])
    }
}

/// `update`: what each company's refresh brought.
public enum UpdateTable {
    public static func make(_ result: UpdateResult) -> Table {
        let changed = result.rows.contains { $0.figuresAdded + $0.periodFactsAdded + $0.restatementsAdded > 0 }
        var notes = [changed ? "Imported in one transaction. `capexgap quarters` and `capexgap ttm` show the new quarters; `capexgap restatements` what changed."
            : "Nothing changed: the database already holds every figure of these files."]
        if result.conflicts > 0 { notes.append("\(result.conflicts) figure(s) disagree with another source: `capexgap conflicts`.") }
        return Table(result, notes: notes)
    }
}

/// `scenario calibrate`: the first projected year against the observations.
public enum CalibrationTable {
    public static func make(_ result: CalibrationResult) -> Table {
        Table(result, title: "Calibration of scenario \(result.scenario): the first projected year against cited observations",
              notes: [
                  "Model = the deterministic projection (parameters at their medians). Observed ranges: calibration.csv, from run-rates, seats and API revenue "
                      + "in ai_revenue_curated.csv and ai_revenue.csv (`capexgap sources`).",
                  result.passes ? "Passes: every stream is inside its range or the scenario says why it departs."
                      : "Fails: \(result.failures.map(\.target.stream).joined(separator: ", ")) outside the observations without a reason.",
              ])
    }
}
