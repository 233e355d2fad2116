// swift-tools-version:6.1
import PackageDescription

// CapexGap's benchmarks, a package of their own so that they stay out of the main package's
// build graph. Run from this folder, e.g.:
//   swift run -c release import-benchmark ../../shared/data/sec/companyfacts/*.json
let package = Package(
    name: "CapexGapBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "CapexGap", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "import-benchmark",
            dependencies: [.product(name: "CapexData", package: "CapexGap")]
        ),
        .executableTarget(
            name: "csv-import-benchmark",
            dependencies: [.product(name: "CapexData", package: "CapexGap")]
        ),
        // Latency and throughput of a running server's table routes (no dependency: it is an HTTP client).
        .executableTarget(name: "load-benchmark"),
        // Where a bulk-archive load spends its time: inflating, and inflating + planning.
        .executableTarget(
            name: "archive-benchmark",
            dependencies: [.product(name: "CapexData", package: "CapexGap")]
        ),
    ]
)
