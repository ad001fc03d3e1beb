import Foundation
import Logging
import PostgresKit
import SQLKit
import SQLiteKit
import ServiceLifecycle

/// Mend's connection to its database: one serialised SQLite connection, or a PostgreSQL pool.
///
/// Run it as a `Service` (the server adds it to its service group) so a PostgreSQL pool is
/// started and drained with the application.
public final class Database: Service, Sendable {
    /// Which engine is behind the database.
    public enum Kind: String, Sendable {
        case sqlite
        case postgres
    }

    enum Backend: Sendable {
        /// One connection for all work, serialised by the lock, and for files a second
        /// connection that only checkpoints the write-ahead log.
        case sqlite(SQLiteConnection, AsyncLock, checkpointer: SQLiteConnection?)
        case postgres(PostgresClient)
    }

    /// The engine in use.
    public let kind: Kind
    /// Where the data lives.
    public let location: DatabaseLocation
    let backend: Backend
    let logger: Logger

    private init(location: DatabaseLocation, backend: Backend, logger: Logger) {
        self.location = location
        self.backend = backend
        self.logger = logger
        switch backend {
        case .sqlite: self.kind = .sqlite
        case .postgres: self.kind = .postgres
        }
    }

    /// Opens the database at `location`. For SQLite the file (and its folder) is created if missing.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Database {
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            return try await openSQLite(.file(path: path), location: location, logger: logger, checkpointing: true)
        case .sqliteInMemory:
            return try await openSQLite(.memory, location: location, logger: logger, checkpointing: false)
        case .postgres(let url):
            return Database(location: location, backend: .postgres(try postgresClient(url: url, logger: logger)), logger: logger)
        }
    }

    /// Opens a PostgreSQL database whose tables live in `schema` (created if missing): used to
    /// give every test its own fresh schema in one database.
    public static func openPostgres(url: String, schema: String, logger: Logger) async throws -> Database {
        let client = try postgresClient(url: url, logger: logger, searchPath: schema)
        return Database(location: .postgres(url: url), backend: .postgres(client), logger: logger)
    }

    private static func openSQLite(_ storage: SQLiteConnection.Storage, location: DatabaseLocation, logger: Logger, checkpointing: Bool)
        async throws -> Database
    {
        let connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        let sql = connection.sql(queryLogLevel: .trace)
        // WAL with FULL sync: an acknowledged write survives a crash or power loss.
        // secure_delete overwrites deleted content, so deleting an account really removes its bytes.
        // Automatic checkpoints are off because they would run inside a request and stall every
        // other one; `run()` checkpoints from a second connection instead, off the request path.
        for pragma in [
            "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON", "PRAGMA busy_timeout = 5000", "PRAGMA wal_autocheckpoint = 0",
        ] {
            try await sql.raw(SQLQueryString(pragma)).run()
        }
        var checkpointer: SQLiteConnection?
        if checkpointing {
            let second = try await SQLiteConnection.open(storage: storage, logger: logger)
            try await second.sql().raw("PRAGMA busy_timeout = 5000").run()
            checkpointer = second
        }
        return Database(location: location, backend: .sqlite(connection, AsyncLock(), checkpointer: checkpointer), logger: logger)
    }

    private static func postgresClient(url: String, logger: Logger, searchPath: String? = nil) throws -> PostgresClient {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw DatabaseConfigurationError(
                message: "MEND_DATABASE_URL isn't a PostgreSQL URL Mend can use. Expected postgres://user:password@host:port/database."
            )
        }
        let core = configuration.coreConfiguration
        guard let host = core.host else {
            throw DatabaseConfigurationError(message: "MEND_DATABASE_URL needs a host, as in postgres://user:password@host:5432/database.")
        }
        var client = PostgresClient.Configuration(
            host: host,
            port: core.port ?? 5432,
            username: core.username,
            password: core.password,
            database: core.database,
            tls: .disable
        )
        if let searchPath {
            client.options.additionalStartupParameters = [("search_path", searchPath)]
        }
        // Opening a connection costs a SCRAM handshake (tens of milliseconds); keeping a few warm
        // keeps that cost out of requests that arrive after a quiet spell.
        client.options.minimumConnections = 4
        client.options.connectionIdleTimeout = .seconds(600)
        return PostgresClient(configuration: client, backgroundLogger: logger)
    }

    /// Runs the connection pool until graceful shutdown, then closes everything.
    public func run() async throws {
        switch backend {
        case .postgres(let client):
            await client.run()
        case .sqlite(let connection, let lock, let checkpointer):
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
                guard let checkpointer else { continue }
                // PASSIVE copies what it can without waiting for, or blocking, the writer. Under a
                // steady stream of writes it can fall behind; past about 64 MiB of log, RESTART
                // briefly holds writers back so the log starts over and stays bounded.
                let row = try? await checkpointer.sql().raw("PRAGMA wal_checkpoint(PASSIVE)").first()
                if let frames = try? row?.decode(column: "log", as: Int.self), frames > 16_384 {
                    try? await checkpointer.sql().raw("PRAGMA wal_checkpoint(RESTART)").run()
                }
            }
            try? await checkpointer?.close()
            _ = try? await lock.withLock { try await connection.sql().raw("PRAGMA wal_checkpoint(TRUNCATE)").run() }
            try await connection.close()
        }
    }

    /// Runs `body` with a database session, outside a transaction.
    public func withSQL<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(let connection, let lock, _):
            return try await lock.withLock { try await body(connection.sql(queryLogLevel: .trace)) }
        case .postgres(let client):
            return try await client.withConnection { connection in
                try await body(connection.sql(queryLogLevel: .trace))
            }
        }
    }

    /// Runs `body` in one transaction: it commits when `body` returns and rolls back when it throws.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withSQL { sql in
            // IMMEDIATE takes SQLite's write lock up front, so a read-then-write cannot be overtaken.
            try await sql.raw(kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(sql)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Checks that the database answers a trivial query.
    public func ping() async throws {
        try await withSQL { sql in try await sql.raw("SELECT 1").run() }
    }
}

extension Database {
    /// Runs `body` while the database's connection pool runs, then shuts it down: for commands
    /// and tests that use the database outside a service group.
    public func whileRunning<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(let connection, _, let checkpointer):
            do {
                let result = try await body()
                try? await checkpointer?.close()
                try await connection.close()
                return result
            } catch {
                try? await checkpointer?.close()
                try? await connection.close()
                throw error
            }
        case .postgres(let client):
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await client.run() }
                defer { group.cancelAll() }
                return try await body()
            }
        }
    }
}
