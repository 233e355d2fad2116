import CapexService

/// `capexgap sources`: every source with its evidence status and what it supports.
public enum SourcesTable {
    public static func make(_ result: SourcesResult) -> Table {
        Table(result)
    }
}
