// swift-tools-version:6.1
// Benchmarks and the evaluation runner for Veileder's routing, as a separate package so that
// `swift test` in the main package never builds it. Run from this folder:
//   swift run -c release veileder-bench            (all figures)
//   swift run -c release veileder-bench --eval-only (evaluation figures and misses only)
import PackageDescription

let package = Package(
    name: "VeilederBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "veileder", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "veileder-bench",
            dependencies: [
                .product(name: "VeilederCore", package: "veileder"),
                .product(name: "VeilederCompiler", package: "veileder"),
                .product(name: "VeilederText", package: "veileder"),
            ],
            path: "Sources/VeilederBenchmarks"
        ),
    ],
    swiftLanguageModes: [.v6]
)
