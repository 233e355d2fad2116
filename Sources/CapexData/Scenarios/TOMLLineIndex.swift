/// The line on which each key of a TOML document is set, for messages: `parameters.gm` ->
/// line 12. Keys inside an inline table map to the line of the table's own key.
struct TOMLLineIndex {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var table = ""
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let name = line.dropFirst(line.hasPrefix("[[") ? 2 : 1).prefix { $0 != "]" }
                table = Self.normalise(String(name))
                lines[table] = lines[table] ?? offset + 1
                continue
            }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = Self.normalise(String(line[..<equals]))
            guard !key.isEmpty else { continue }
            let full = table.isEmpty ? key : table + "." + key
            lines[full] = lines[full] ?? offset + 1
        }
    }

    /// The line of `key`, or of its nearest enclosing key that has one.
    func line(of key: String) -> Int? {
        var parts = key.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            if let line = lines[parts.joined(separator: ".")] { return line }
            parts.removeLast()
        }
        return nil
    }

    /// `"a" . b` -> `a.b`.
    private static func normalise(_ key: String) -> String {
        key.split(separator: ".").map { part in
            part.trimmingCharacters(in: " \t\"'")
        }.joined(separator: ".")
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
