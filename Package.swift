// swift-tools-version:6.1
import PackageDescription

// Dependency graph, one way only:
//   CapexModel (pure maths, no I/O) <- CapexData (SQLite, importers, bundled dataset)
//   <- CapexReport (tables, charts, documents) <- capexgap (the command-line tool)
//                                              <- CapexServer <- capexgap-server (dashboard, API)
let package = Package(
    name: "CapexGap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CapexModel", targets: ["CapexModel"]),
        .library(name: "CapexData", targets: ["CapexData"]),
        .library(name: "CapexReport", targets: ["CapexReport"]),
        .library(name: "CapexServer", targets: ["CapexServer"]),
        .executable(name: "capexgap", targets: ["capexgap"]),
        .executable(name: "capexgap-server", targets: ["capexgap-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Only the server tests use it directly (an in-process channel for the request context).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "CapexModel",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "CapexData",
            dependencies: [
                "CapexModel", "CapexScenarios",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: [.copy("Dataset")]
        ),
        // The shipped scenario files (scenarios/*.toml), bundled so the tool finds them anywhere.
        .target(
            name: "CapexScenarios",
            path: "scenarios",
            resources: [.copy("base.toml"), .copy("bull.toml"), .copy("bear.toml"), .copy("bench-reference.toml")]
        ),
        .target(name: "CapexReport", dependencies: ["CapexModel", "CapexData"]),
        // The dashboard and JSON API: the only targets that link Hummingbird (a long first build).
        .target(
            name: "CapexServer",
            dependencies: [
                "CapexModel", "CapexData", "CapexReport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "capexgap-server",
            dependencies: ["CapexServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "capexgap",
            dependencies: [
                "CapexModel", "CapexData", "CapexReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "import-benchmark",
            dependencies: ["CapexData"],
            path: "Benchmarks/ImportThroughput"
        ),
        .target(name: "CapexTestSupport", dependencies: ["CapexData"], path: "Tests/CapexTestSupport"),
        .testTarget(name: "CapexModelTests", dependencies: ["CapexModel", "CapexTestSupport"]),
        .testTarget(name: "CapexDataTests", dependencies: ["CapexData", "CapexTestSupport"]),
        .testTarget(name: "CapexReportTests", dependencies: ["CapexReport", "CapexTestSupport"]),
        .testTarget(name: "CapexGapCLITests", dependencies: ["capexgap", "CapexTestSupport"]),
        .testTarget(
            name: "CapexServerTests",
            dependencies: [
                "CapexServer", "CapexReport", "capexgap-server", "capexgap", "CapexTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ]
)
