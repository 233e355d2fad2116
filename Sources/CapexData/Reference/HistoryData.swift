import CapexModel
import GRDB

/// The bundled files behind the analogs and value-chain views: how the cycles are aligned
/// (`analog_cycles.csv`), which supplier layer each capex category pays
/// (`value_chain_layers.csv`), and which supplier figures to compare the layers with
/// (`value_chain_suppliers.csv`).
struct HistoryData {
    var cycles: [AnalogCycle]
    var layers: [CategoryLayer]
    var suppliers: [SupplierCheck]

    static func load() throws -> HistoryData {
        let cycles = try BundledDataset.table(named: "analog_cycles", requiredColumns: ["cycle", "label", "start_year", "basis"]).rows.map { row in
            AnalogCycle(id: try row.required("cycle"), label: try row.required("label"),
                        startYear: try row.integer("start_year") ?? 0, basis: try row.required("basis"))
        }
        let layers = try BundledDataset.table(named: "value_chain_layers", requiredColumns: ["scheme", "category", "layer", "basis"]).rows.map { row in
            CategoryLayer(scheme: try row.required("scheme"), category: try row.required("category"),
                          layer: try row.required("layer"), basis: try row.required("basis"))
        }
        let suppliers = try BundledDataset.table(named: "value_chain_suppliers",
                                                 requiredColumns: ["layer", "supplier", "reference", "calendar_year", "basis"]).rows.map { row in
            SupplierCheck(layer: try row.required("layer"), supplier: try row.required("supplier"), reference: try row.required("reference"),
                          calendarYear: try row.integer("calendar_year") ?? 0, basis: try row.required("basis"))
        }
        return HistoryData(cycles: cycles, layers: layers, suppliers: suppliers)
    }

    static func createTables(_ db: Database) throws {
        try db.create(table: "analog_cycle") { t in
            t.column("cycle", .text).primaryKey()
            t.column("label", .text).notNull()
            t.column("start_year", .integer).notNull()
            t.column("basis", .text).notNull()
        }
        try db.create(table: "category_layer") { t in
            t.column("scheme", .text).notNull()
            t.column("category", .text).notNull()
            t.column("layer", .text).notNull()
            t.column("basis", .text).notNull()
            t.primaryKey(["scheme", "category"])
        }
        try db.create(table: "supplier_check") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("layer", .text).notNull()
            t.column("supplier", .text).notNull()
            t.column("reference", .text).notNull()
            t.column("calendar_year", .integer).notNull()
            t.column("basis", .text).notNull()
        }
    }

    func insert(into db: Database) throws {
        for cycle in cycles {
            try db.execute(sql: "INSERT INTO analog_cycle (cycle, label, start_year, basis) VALUES (?, ?, ?, ?)",
                           arguments: [cycle.id, cycle.label, cycle.startYear, cycle.basis])
        }
        for layer in layers {
            try db.execute(sql: "INSERT INTO category_layer (scheme, category, layer, basis) VALUES (?, ?, ?, ?)",
                           arguments: [layer.scheme, layer.category, layer.layer, layer.basis])
        }
        for check in suppliers {
            try db.execute(sql: "INSERT INTO supplier_check (layer, supplier, reference, calendar_year, basis) VALUES (?, ?, ?, ?, ?)",
                           arguments: [check.layer, check.supplier, check.reference, check.calendarYear, check.basis])
        }
    }
}

extension CapexDatabase {
    /// The cycles the analogs compare, AI first, with the year each is counted from.
    public func analogCycles() throws -> [AnalogCycle] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM analog_cycle ORDER BY rowid").map {
                AnalogCycle(id: $0["cycle"], label: $0["label"], startYear: $0["start_year"], basis: $0["basis"])
            }
        }
    }

    /// Which supplier layer each category of each capex split pays.
    public func categoryLayers() throws -> [CategoryLayer] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM category_layer ORDER BY rowid").map {
                CategoryLayer(scheme: $0["scheme"], category: $0["category"], layer: $0["layer"], basis: $0["basis"])
            }
        }
    }

    /// The supplier figures to compare the value chain's layers with.
    public func supplierChecks() throws -> [SupplierCheck] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM supplier_check ORDER BY id").map {
                SupplierCheck(layer: $0["layer"], supplier: $0["supplier"], reference: $0["reference"],
                              calendarYear: $0["calendar_year"], basis: $0["basis"])
            }
        }
    }
}
