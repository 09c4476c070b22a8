// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "veileder",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "veileder", targets: ["veileder"]),
        .library(name: "VeilederText", targets: ["VeilederText"]),
        .library(name: "VeilederCore", targets: ["VeilederCore"]),
        .library(name: "VeilederCompiler", targets: ["VeilederCompiler"]),
        .library(name: "VeilederStorage", targets: ["VeilederStorage"]),
        .library(name: "VeilederWeb", targets: ["VeilederWeb"]),
        .library(name: "VeilederConsole", targets: ["VeilederConsole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // ICU behind a header of plain <stdint.h> types, so Swift never sees an ICU type.
        .target(
            name: "CICUBridge",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "VeilederText", dependencies: ["CICUBridge"], swiftSettings: swiftSettings),
        .target(name: "VeilederCore", dependencies: ["VeilederText"], swiftSettings: swiftSettings),
        .target(
            name: "VeilederCompiler",
            dependencies: ["VeilederCore", "VeilederText", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VeilederStorage",
            dependencies: ["VeilederCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VeilederWeb",
            dependencies: [
                "VeilederCore", "VeilederCompiler", "VeilederStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VeilederConsole",
            dependencies: ["VeilederCore", "VeilederCompiler"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "veileder",
            dependencies: [
                "VeilederCore", "VeilederCompiler", "VeilederConsole", "VeilederWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "VeilederTextTests", dependencies: ["VeilederText"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "VeilederCoreTests", dependencies: ["VeilederCore", "VeilederCompiler"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "VeilederCompilerTests", dependencies: ["VeilederCompiler"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VeilederStorageTests",
            dependencies: ["VeilederStorage", "VeilederCore", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VeilederWebTests",
            dependencies: [
                "VeilederWeb", "VeilederCore", "VeilederStorage",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "VeilederConsoleTests", dependencies: ["VeilederConsole"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
