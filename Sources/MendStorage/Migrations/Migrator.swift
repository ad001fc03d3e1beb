import Logging
import SQLKit

/// Applies pending migrations in order, recording each in `mend_migrations`.
///
/// Several instances may start at once against one PostgreSQL database: an advisory lock makes
/// them take turns, and each migration commits together with its record.
public struct Migrator: Sendable {
    let database: Database
    let migrations: [Migration]

    /// Creates a migrator for `database` with the given ordered list.
    public init(database: Database, migrations: [Migration] = Migration.all) {
        self.database = database
        self.migrations = migrations
    }

    /// Applies what is pending and returns the migrations it applied.
    @discardableResult
    public func migrate(now: @Sendable () -> Int64) async throws -> [Migration] {
        let kind = database.kind
        return try await database.transaction { sql in
            if kind == .postgres {
                // Any constant works: it only has to be the same number in every Mend process.
                try await sql.raw("SELECT pg_advisory_xact_lock(7736373001)").run()
            }
            // The bookkeeping table is the one thing created idempotently: it must exist before
            // anything can be recorded in it.
            try await sql.create(table: "mend_migrations")
                .ifNotExists()
                .column("version", type: .bigint, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("applied_at", type: .bigint, .notNull)
                .run()
            let applied = Set(
                try await sql.select().column("version").from("mend_migrations").all().map {
                    try $0.decode(column: "version", as: Int.self)
                }
            )
            var done: [Migration] = []
            for migration in migrations where !applied.contains(migration.version) {
                try await migration.apply(sql)
                try await sql.insert(into: "mend_migrations")
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(now()))
                    .run()
                done.append(migration)
            }
            return done
        }
    }

    /// The versions recorded as applied.
    public func appliedVersions() async throws -> [Int] {
        try await database.withSQL { sql in
            try await sql.select().column("version").from("mend_migrations").orderBy("version").all()
                .map { try $0.decode(column: "version", as: Int.self) }
        }
    }
}
