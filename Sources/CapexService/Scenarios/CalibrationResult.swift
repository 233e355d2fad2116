import CapexData
import CapexModel

extension CapexService {
    /// The scenario's first projected year, stream by stream, against the observed ranges.
    public func calibrate(_ request: ScenarioRequest) throws -> CalibrationResult {
        try Self.calibration(of: try scenario(request))
    }

    /// The calibration of a resolved scenario.
    public static func calibration(of scenario: Scenario) throws -> CalibrationResult {
        let projection = Projector.project(scenario)
        let checks = CalibrationCheck.checks(projection, targets: try CalibrationFile.bundled(), departures: scenario.calibrationDepartures)
        return CalibrationResult(scenario: scenario.name, rows: checks)
    }
}

/// `scenario calibrate`: each observed range, the model's value and whether it is inside.
public struct CalibrationResult: TabularResult {
    public var scenario: String
    public var rows: [CalibrationCheck]

    /// True when every stream is inside its range or the scenario says why it departs.
    public var passes: Bool { rows.allSatisfy { $0.status == .inside || $0.status == .departs } }

    /// The streams outside their range without a reason.
    public var failures: [CalibrationCheck] { rows.filter { $0.status == .outside } }

    public var fields: [Field<CalibrationCheck>] { Self.fieldList }
    public static var schema: [FieldSchema] { fieldList.map(\.schema) }

    static let fieldList: [Field<CalibrationCheck>] = [
        .text("stream", "Stream") { $0.target.stream },
        .integer("year", "Year") { $0.target.year },
        .number("observed_low_usd_b", "Observed low $B", .decimal(1)) { $0.target.low },
        .number("observed_high_usd_b", "Observed high $B", .decimal(1)) { $0.target.high },
        .number("model_usd_b", "Model $B", .decimal(1)) { $0.model },
        .text("status", "Status") { $0.status.rawValue },
        .text("reason", "Why it departs", wrapWidth: 40) { $0.reason },
        .text("derivation", "Range from", wrapWidth: 50) { $0.target.derivation },
        .text("observations", "Observations", machineOnly: true) { $0.target.observations },
    ]
}
