/// The formats every table command can print.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal, with evidence marks and footnoted sources.
    case table
    /// RFC 4180 CSV with a header row of snake_case keys; empty cells for missing values.
    case csv
    /// An array of row objects keyed by the same snake_case names; `null` for missing values.
    case json
    /// A GitHub-flavoured Markdown table with footnoted sources.
    case markdown
}
