import CapexModel
import Foundation
import GRDB

/// The bundled reference data (published figures, presets, useful-life changes), loaded by
/// migration "v3 reference data".
struct ReferenceData {
    var observations: [Observation]
    var presets: [PresetParameter]
    var usefulLifeChanges: [UsefulLifeChange]
    var checks: [PresetCheck]

    /// One parameter value of a named preset.
    struct PresetParameter {
        var model: String
        var preset: String
        var parameter: String
        var value: Double
        var evidence: EvidenceStatus
        var sourceRef: String?
        /// The titles of the cited sources, or nil for a scenario value.
        var sourceText: String?
        var note: String?
    }

    static func load() throws -> ReferenceData {
        let observations = try ReferenceFile.all.flatMap { try $0.observations() }
        return ReferenceData(observations: observations, presets: try presets(citing: observations),
                             usefulLifeChanges: try usefulLifeChanges(), checks: try checks(in: observations))
    }

    /// The published results each preset must reproduce (bundled `preset_checks.csv`).
    private static func checks(in observations: [Observation]) throws -> [PresetCheck] {
        let table = try BundledDataset.table(named: "preset_checks", requiredColumns: ["model", "preset", "output", "anchor_ref"])
        return try table.rows.map { row in
            let text = try row.required("anchor_ref")
            guard let reference = ObservationReference(text), let anchor = observations.first(where: reference.matches),
                  let value = anchor.value else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "anchor_ref", value: text,
                                                 expected: "a reference to a published value in anchors.csv")
            }
            return PresetCheck(model: try row.required("model"), preset: try row.required("preset"), output: try row.required("output"),
                               published: value, decimals: Self.decimals(of: value), unit: anchor.unit, source: anchor.source)
        }
    }

    /// Decimals of a published number as printed: 8.5 -> 1, 34.72 -> 2, 600 -> 0.
    static func decimals(of value: Double) -> Int {
        let text = NumberText.compact(value)
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Presets, each parameter's source resolved in the observations; an unresolved reference
    /// is an error in the bundled data.
    private static func presets(citing observations: [Observation]) throws -> [PresetParameter] {
        let table = try BundledDataset.table(named: "presets", requiredColumns: ["model", "preset", "parameter", "value", "evidence"])
        return try table.rows.map { row in
            let word = try row.required("evidence")
            guard let evidence = EvidenceStatus(dataWord: word) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "evidence", value: word, expected: "estimated or scenario")
            }
            var titles: [String] = []
            let ref = row.text("source_ref")
            for part in (ref ?? "").components(separatedBy: " + ") where !part.isEmpty {
                guard let reference = ObservationReference(part), let cited = observations.first(where: reference.matches) else {
                    throw DataFileError.invalidValue(file: table.file, row: row.number, column: "source_ref", value: part,
                                                     expected: "a reference to a row of the bundled data (dataset:subject/measure@period)")
                }
                if !titles.contains(cited.source.title) { titles.append(cited.source.title) }
            }
            return PresetParameter(model: try row.required("model"), preset: try row.required("preset"),
                                   parameter: try row.required("parameter"), value: try row.requiredDouble("value"),
                                   evidence: evidence, sourceRef: ref, sourceText: titles.isEmpty ? nil : titles.joined(separator: " ; "),
                                   note: row.text("note"))
        }
    }

    private static func usefulLifeChanges() throws -> [UsefulLifeChange] {
        let table = try BundledDataset.table(named: "useful_life_changes",
                                             requiredColumns: ["company", "asset_class", "to_years", "effective", "tier", "source"])
        return try table.rows.map { row in
            let tierText = try row.required("tier")
            guard let tier = SourceTier(rawValue: tierText) else {
                throw DataFileError.invalidValue(file: table.file, row: row.number, column: "tier", value: tierText, expected: "P, S1, S2 or U")
            }
            let title = try row.required("source")
            // A primary row quotes the company's own 10-K: a reported figure.
            let evidence: EvidenceStatus = tier == .primary && title.contains("10-K") ? .reported : .estimated
            return UsefulLifeChange(company: try row.required("company"), assetClass: try row.required("asset_class"),
                                    fromYears: try row.double("from_years"), toYears: try row.requiredDouble("to_years"),
                                    effective: try row.required("effective"), statedImpact: row.text("stated_impact") ?? "",
                                    tier: tier, source: Source(key: "bundled: " + title, title: title,
                                                               url: SourceCitation.firstURL(in: title), evidence: evidence),
                                    note: row.text("note"))
        }
    }

    func insert(into db: Database) throws {
        for observation in observations {
            let sourceID = try SourceRecord.findOrInsert(observation.source, in: db)
            let extra = observation.extra.isEmpty ? nil
                : String(decoding: try JSONSerialization.data(withJSONObject: observation.extra, options: [.sortedKeys]), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO observation (dataset, subject, measure, period, value, value_low, value_high, unit, tier, source_id, note, extra)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [observation.dataset, observation.subject, observation.measure, observation.period, observation.value,
                                 observation.low, observation.high, observation.unit, observation.tier.rawValue, sourceID,
                                 observation.note, extra])
        }
        for preset in presets {
            try db.execute(sql: """
                INSERT INTO preset_parameter (model, preset, parameter, value, evidence, source_ref, source_text, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [preset.model, preset.preset, preset.parameter, preset.value, preset.evidence.rawValue,
                                 preset.sourceRef, preset.sourceText, preset.note])
        }
        for check in checks {
            let sourceID = try SourceRecord.findOrInsert(check.source, in: db)
            try db.execute(sql: """
                INSERT INTO preset_check (model, preset, output, published, decimals, unit, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [check.model, check.preset, check.output, check.published, check.decimals, check.unit, sourceID])
        }
        for change in usefulLifeChanges {
            let sourceID = try SourceRecord.findOrInsert(change.source, in: db)
            try db.execute(sql: """
                INSERT INTO useful_life_change (company, asset_class, from_years, to_years, effective, stated_impact, tier, source_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [change.company, change.assetClass, change.fromYears, change.toYears, change.effective,
                                 change.statedImpact, change.tier.rawValue, sourceID, change.note])
        }
    }

    static func createTables(_ db: Database) throws {
        try db.create(table: "observation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("dataset", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("measure", .text).notNull()
            t.column("period", .text).notNull()
            t.column("value", .double)
            t.column("value_low", .double)
            t.column("value_high", .double)
            t.column("unit", .text).notNull()
            t.column("tier", .text).notNull()
            t.column("source_id", .integer).notNull().references("source")
            t.column("note", .text)
            t.column("extra", .text)
        }
        try db.create(index: "observation_by_dataset", on: "observation", columns: ["dataset", "subject", "measure"])
        try db.create(table: "preset_parameter") { t in
            t.column("model", .text).notNull()
            t.column("preset", .text).notNull()
            t.column("parameter", .text).notNull()
            t.column("value", .double).notNull()
            t.column("evidence", .text).notNull()
            t.column("source_ref", .text)
            t.column("source_text", .text)
            t.column("note", .text)
            t.primaryKey(["model", "preset", "parameter"])
        }
        try db.create(table: "preset_check") { t in
            t.column("model", .text).notNull()
            t.column("preset", .text).notNull()
            t.column("output", .text).notNull()
            t.column("published", .double).notNull()
            t.column("decimals", .integer).notNull()
            t.column("unit", .text).notNull()
            t.column("source_id", .integer).notNull().references("source")
            t.primaryKey(["model", "preset", "output"])
        }
        try db.create(table: "useful_life_change") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("company", .text).notNull()
            t.column("asset_class", .text).notNull()
            t.column("from_years", .double)
            t.column("to_years", .double).notNull()
            t.column("effective", .text).notNull()
            t.column("stated_impact", .text).notNull()
            t.column("tier", .text).notNull()
            t.column("source_id", .integer).notNull().references("source")
            t.column("note", .text)
        }
    }
}
