// swift-tools-version:6.1
import PackageDescription

// Dependency graph, one way only:
//   CapexModel (pure maths, no I/O) <- CapexData (SQLite, importers, fetcher, bundled dataset)
//   <- CapexService (the operations a user asks for: typed requests and results)
//   <- CapexReport (renderers: tables, charts, documents)
//   <- capexgap (the command-line tool) and CapexServer <- capexgap-server (dashboard, API)
// The benchmarks are a package of their own (Benchmarks/Package.swift), out of this graph.

/// Settings every target of ours shares: `any` spelled out for existentials, and imports
/// declared where they are used.
let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CapexGap",
    // Hummingbird 2 and the async command-line entry need macOS 14.
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CapexModel", targets: ["CapexModel"]),
        .library(name: "CapexData", targets: ["CapexData"]),
        .library(name: "CapexService", targets: ["CapexService"]),
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
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "CapexModel",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strictness
        ),
        .target(
            name: "CapexData",
            dependencies: [
                "CapexModel", "CapexScenarios",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                "CapexZlib",
            ],
            resources: [.copy("Dataset")],
            swiftSettings: strictness
        ),
        // zlib (inflate, CRC-32) for the reader of SEC's bulk archive.
        .systemLibrary(name: "CapexZlib", path: "Sources/CapexZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // The shipped scenario files (scenarios/*.toml), bundled so the tool finds them anywhere.
        .target(
            name: "CapexScenarios",
            path: "scenarios",
            resources: [.copy("base.toml"), .copy("bull.toml"), .copy("bear.toml"), .copy("bench-reference.toml")],
            swiftSettings: strictness
        ),
        .target(
            name: "CapexService",
            dependencies: ["CapexModel", "CapexData"],
            swiftSettings: strictness
        ),
        .target(
            name: "CapexReport",
            dependencies: [
                "CapexModel", "CapexData", "CapexService",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: strictness
        ),
        // The dashboard and JSON API: the only targets that link Hummingbird (a long first build).
        .target(
            name: "CapexServer",
            dependencies: [
                "CapexModel", "CapexData", "CapexService", "CapexReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "capexgap-server",
            dependencies: [
                "CapexServer", "CapexData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "capexgap",
            dependencies: [
                "CapexModel", "CapexData", "CapexService", "CapexReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "CapexTestSupport",
            dependencies: ["CapexData"],
            path: "Tests/CapexTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(name: "CapexModelTests", dependencies: ["CapexModel", "CapexTestSupport"], swiftSettings: strictness),
        .testTarget(name: "CapexDataTests", dependencies: ["CapexData", "CapexModel", "CapexTestSupport",
                                                          .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Fixtures"],
                    swiftSettings: strictness),
        .testTarget(
            name: "CapexServiceTests",
            dependencies: [
                "CapexService", "CapexData", "CapexModel", "CapexTestSupport",
                // A stand-in for SEC's API on loopback, for the update tests.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CapexReportTests",
            dependencies: ["CapexReport", "CapexService", "CapexData", "CapexModel", "CapexTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CapexGapCLITests",
            dependencies: ["capexgap", "CapexService", "CapexData", "CapexModel", "CapexTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CapexServerTests",
            dependencies: [
                "CapexServer", "CapexService", "CapexReport", "CapexData", "CapexModel", "capexgap-server", "capexgap",
                "CapexTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictness
        ),
    ]
)
