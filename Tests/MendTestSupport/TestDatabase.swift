import Foundation
import Logging
import MendCore
import MendStorage
import SQLKit

/// A database engine the storage contract runs against.
public enum TestBackend: String, Sendable, CustomStringConvertible, CaseIterable {
    case sqliteMemory = "SQLite (memory)"
    case sqliteFile = "SQLite (file)"
    case postgres = "PostgreSQL"

    /// The backends available here: PostgreSQL joins when `MEND_TEST_POSTGRES_URL` is set
    /// (CI always sets it, so there it never skips).
    public static var available: [TestBackend] {
        postgresURL == nil ? [.sqliteMemory, .sqliteFile] : [.sqliteMemory, .sqliteFile, .postgres]
    }

    /// The PostgreSQL URL for tests, if configured.
    public static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["MEND_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }

    /// The backend's name in test output.
    public var description: String { rawValue }
}

/// A fresh, migrated database for one test: a new SQLite file in a temporary folder, a private
/// in-memory SQLite, or a new PostgreSQL schema that is dropped afterwards.
public struct TestDatabase: Sendable {
    /// The database.
    public let database: Database
    /// The SQLite file, when there is one.
    public let sqlitePath: String?
    /// A temporary folder the test may use (the SQLite file lives here).
    public let directory: String
    /// The key sealed fields use.
    public let masterKey: MasterKey
    /// The sealer built from `masterKey`.
    public var sealer: FieldSealer { FieldSealer(masterKey: masterKey) }

    /// Opens a fresh database on `backend`, runs `body` with it, and cleans up.
    public static func with<T: Sendable>(_ backend: TestBackend, migrate: Bool = true, _ body: @Sendable (TestDatabase) async throws -> T)
        async throws
        -> T
    {
        var logger = Logger(label: "mend.test")
        // The pool warns when a query is queued a moment before `run()` starts; that race is harmless here.
        logger.logLevel = .error
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mend-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let masterKey = try MasterKey(bytes: [UInt8](repeating: 7, count: 32))
        switch backend {
        case .sqliteMemory, .sqliteFile:
            let path = backend == .sqliteFile ? directory + "/mend.sqlite" : nil
            let database = try await Database.open(path.map { .sqlite(path: $0) } ?? .sqliteInMemory, logger: logger)
            return try await database.whileRunning {
                let test = TestDatabase(database: database, sqlitePath: path, directory: directory, masterKey: masterKey)
                if migrate { try await test.migrate() }
                return try await body(test)
            }
        case .postgres:
            guard let url = TestBackend.postgresURL else { throw TestDatabaseError.postgresNotConfigured }
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try await Database.open(.postgres(url: url), logger: logger)
            try await admin.whileRunning {
                try await admin.withSQL { try await $0.raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
            }
            let database = try await Database.openPostgres(url: url, schema: String(schema), logger: logger)
            do {
                let result = try await database.whileRunning {
                    let test = TestDatabase(database: database, sqlitePath: nil, directory: directory, masterKey: masterKey)
                    if migrate { try await test.migrate() }
                    return try await body(test)
                }
                try await dropSchema(String(schema), url: url, logger: logger)
                return result
            } catch {
                try? await dropSchema(String(schema), url: url, logger: logger)
                throw error
            }
        }
    }

    private static func dropSchema(_ schema: String, url: String, logger: Logger) async throws {
        let admin = try await Database.open(.postgres(url: url), logger: logger)
        try await admin.whileRunning {
            try await admin.withSQL { try await $0.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
        }
    }

    /// Applies every migration.
    public func migrate() async throws {
        try await Migrator(database: database).migrate(now: { 0 })
    }
}

/// Why a test database could not be made.
public enum TestDatabaseError: Error {
    /// PostgreSQL was asked for but `MEND_TEST_POSTGRES_URL` is unset.
    case postgresNotConfigured
}
