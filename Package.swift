// swift-tools-version: 6.1
import PackageDescription

/// Mend's target graph is its architecture: the pure core (`MendCore`, `MendCoach`) imports only
/// the standard library, storage depends on the core, the server on both, and `mend` is a thin shell.
let package = Package(
    name: "mend",
    platforms: [.macOS(.v14), .iOS(.v17)],
    products: [
        .executable(name: "mend", targets: ["MendCLI"]),
        .library(name: "MendCore", targets: ["MendCore"]),
        .library(name: "MendCoach", targets: ["MendCoach"]),
        .library(name: "MendStorage", targets: ["MendStorage"]),
        .library(name: "MendServer", targets: ["MendServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        .target(name: "MendCore"),
        .target(name: "MendCoach"),
        .target(
            name: "MendStorage",
            dependencies: [
                "MendCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MendServer",
            dependencies: [
                "MendCore",
                "MendCoach",
                "MendStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "MendCLI",
            dependencies: [
                "MendServer",
                "MendCoach",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),
        .target(
            name: "MendTestSupport",
            dependencies: [
                "MendCore", "MendStorage", .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/MendTestSupport"
        ),
        .testTarget(name: "MendCoreTests", dependencies: ["MendCore", "MendTestSupport"]),
        .testTarget(name: "MendCoachTests", dependencies: ["MendCoach"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "MendStorageTests",
            dependencies: ["MendStorage", "MendCore", "MendTestSupport", .product(name: "SQLKit", package: "sql-kit")]
        ),
        .testTarget(
            name: "MendServerTests",
            dependencies: [
                "MendServer",
                "MendTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),
    ]
)
