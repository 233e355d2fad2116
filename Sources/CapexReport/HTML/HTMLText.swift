/// Escaping for HTML text and attribute values.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
    public static func escape(_ text: String) -> String {
        SVGWriter.escape(text)
    }
}
