import CapexService

/// `capexgap restatements`: figures a later filing changed.
public enum RestatementsTable {
    public static func make(_ result: RestatementsResult) -> Table {
        Table(result, notes: result.rows.isEmpty ? ["No restatements recorded. `capexgap import sec FILE` records them from companyfacts files."] : [])
    }
}
