import Foundation

/// A headless Chromium on this machine, for printing the report to PDF and for the dashboard's
/// end-to-end screenshots.
public struct HeadlessBrowser: Sendable {
    public let executable: URL

    /// Names looked up on `PATH`, in order; `CAPEXGAP_CHROMIUM` names an executable directly.
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium found, or `nil`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> HeadlessBrowser? {
        if let explicit = environment["CAPEXGAP_CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return HeadlessBrowser(executable: URL(fileURLWithPath: explicit))
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in candidates {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return HeadlessBrowser(executable: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        return nil
    }

    /// Why a browser run failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Prints the page at `url` (a `file://` or `http://` address) to a PDF file.
    public func printPDF(_ url: URL, to output: URL) throws {
        _ = try run(["--print-to-pdf=\(output.path)", "--no-pdf-header-footer", url.absoluteString])
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw Failure(description: "\(executable.path) wrote no PDF to \(output.path)")
        }
    }

    /// Takes a PNG screenshot of the page at `url`.
    public func screenshot(_ url: URL, to output: URL, width: Int = 1280, height: Int = 1600) throws {
        _ = try run(["--screenshot=\(output.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url.absoluteString])
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw Failure(description: "\(executable.path) wrote no screenshot to \(output.path)")
        }
    }

    /// The page's DOM after its scripts ran, as HTML text.
    public func dumpDOM(_ url: URL) throws -> String {
        try run(["--dump-dom", url.absoluteString])
    }

    /// Runs the browser headless with `arguments`, returning its standard output.
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("capexgap-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--disable-extensions", "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable.path) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
