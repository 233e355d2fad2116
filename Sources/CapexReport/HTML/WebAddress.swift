/// Web addresses in the data's source fields.
public enum WebAddress {
    /// The first `http://` or `https://` address in `text` (a source field may hold several,
    /// separated by ` ; `), or `nil` when it has none.
    public static func first(in text: String?) -> String? {
        guard let text else { return nil }
        let separators: Set<Character> = [" ", ";", "\t", "\n"]
        return text.split(whereSeparator: { separators.contains($0) })
            .map(String.init)
            .first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
    }
}
