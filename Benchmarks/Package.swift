// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts
/// (`mend`, a CI clone's temporary folder, …), so the name is read from where this file is.
let mendPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// Mend's benchmarks, kept in their own package so their dependencies stay out of the app's builds.
/// Run with `swift package --package-path Benchmarks benchmark` (release build, one thread per benchmark).
let package = Package(
    name: "mend-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CoachBenchmarks",
            dependencies: [
                .product(name: "MendCoach", package: mendPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CoachBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
