/// Turns a byte offset in a JSON document into a place a person can find in the file.
enum JSONErrorLocation {
    /// "line L, column C" (1-based) of byte `offset`.
    static func lineColumn(_ bytes: UnsafeRawBufferPointer, offset: Int) -> String {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }
}
