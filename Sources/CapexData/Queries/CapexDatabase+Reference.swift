import CapexModel
import Foundation
import GRDB

/// A named set of parameter values for a model, with their sources.
public struct Preset: Sendable, Hashable {
    public var model: String
    public var name: String
    public var values: [String: ParameterValue]
    /// Notes per parameter: how a value was derived, what it assumes.
    public var notes: [String: String]

    /// Parameters whose value was back-solved from the anchor's own output (their notes say
    /// "derived by calibration", "as calibrated" or "implied"), with the note: a check of such a
    /// preset is a calibration, not a reproduction.
    public var backSolved: [(key: String, value: String)] {
        notes.filter { _, note in
            let text = note.lowercased()
            return text.contains("calibrat") || text.hasPrefix("implied") || text.contains(" implied by ")
        }
        .sorted { $0.key < $1.key }
    }
}

extension CapexDatabase {
    /// Published figures of a reference dataset (`anchors`, `ai_revenue`, `unit_costs`,
    /// `capex_mix`, `analogs`, `gdp`), optionally of one subject.
    public func observations(dataset: String, subject: String? = nil) throws -> [Observation] {
        try read { db in
            let sources = try sourcesByID(db)
            var sql = "SELECT * FROM observation WHERE dataset = ?"
            var arguments: StatementArguments = [dataset]
            if let subject {
                sql += " AND subject = ?"
                arguments += [subject]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).compactMap { row in
                let tier = try StoredValue.decode(SourceTier.self, row, "tier", table: "observation")
                guard let source = sources[row["source_id"]] else { return nil }
                var extra: [String: String] = [:]
                if let text: String = row["extra"],
                   let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] {
                    extra = object
                }
                return Observation(dataset: row["dataset"], subject: row["subject"], measure: row["measure"], period: row["period"],
                                   value: row["value"], low: row["value_low"], high: row["value_high"], unit: row["unit"],
                                   tier: tier, source: source, note: row["note"], extra: extra)
            }
        }
    }

    /// The presets of `model` (`sequoia`, `tco`, `hurdle`, `ratio`, `unit-economics`), in file order.
    public func presets(model: String) throws -> [Preset] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM preset_parameter WHERE model = ? ORDER BY rowid", arguments: [model])
            var order: [String] = []
            var presets: [String: Preset] = [:]
            for row in rows {
                let name: String = row["preset"]
                if presets[name] == nil {
                    order.append(name)
                    presets[name] = Preset(model: model, name: name, values: [:], notes: [:])
                }
                let parameter: String = row["parameter"]
                let evidence = try StoredValue.decode(EvidenceStatus.self, row, "evidence", table: "preset_parameter")
                presets[name]?.values[parameter] = ParameterValue(row["value"], evidence: evidence, source: row["source_text"])
                presets[name]?.notes[parameter] = row["note"]
            }
            return order.compactMap { presets[$0] }
        }
    }

    /// Changes to server and network-equipment lives, optionally of one company (by name).
    public func usefulLifeChanges(company: String? = nil) throws -> [UsefulLifeChange] {
        try read { db in
            let sources = try sourcesByID(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM useful_life_change ORDER BY id").compactMap { row -> UsefulLifeChange? in
                let tier = try StoredValue.decode(SourceTier.self, row, "tier", table: "useful_life_change")
                guard let source = sources[row["source_id"]] else { return nil }
                let change = UsefulLifeChange(company: row["company"], assetClass: row["asset_class"], fromYears: row["from_years"],
                                              toYears: row["to_years"], effective: row["effective"], statedImpact: row["stated_impact"],
                                              tier: tier, source: source, note: row["note"])
                return company == nil || change.company == company ? change : nil
            }
        }
    }
}

extension CapexDatabase {
    /// The published results the presets of `model` reproduce.
    public func presetChecks(model: String) throws -> [PresetCheck] {
        try read { db in
            let sources = try sourcesByID(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM preset_check WHERE model = ? ORDER BY rowid", arguments: [model]).compactMap { row in
                guard let source = sources[row["source_id"]] else { return nil }
                return PresetCheck(model: row["model"], preset: row["preset"], output: row["output"], published: row["published"],
                                   decimals: row["decimals"], unit: row["unit"], source: source)
            }
        }
    }
}
