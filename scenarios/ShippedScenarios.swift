import Foundation

/// The scenario files that ship with CapexGap: `base`, `bull`, `bear` and `bench-reference`.
public enum ShippedScenarios {
    public static let names = ["base", "bull", "bear", "bench-reference"]

    /// The URL of the shipped scenario `name`, or `nil` when there is none.
    public static func url(_ name: String) -> URL? {
        guard names.contains(name) else { return nil }
        return Bundle.module.url(forResource: name, withExtension: "toml")
    }
}
