/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let total: Int
    let label: String
    let enabled: Bool

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = total > 1 && Terminal.stderrIsTerminal
    }

    /// Shows `done` of `total`, with `item` after the bar.
    func update(_ done: Int, item: String) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = item.count > 40 ? "..." + item.suffix(37) : item
        Terminal.writeError("\r\(label) [\(bar)] \(done)/\(total) \(name)\u{1B}[K")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[K")
    }
}
