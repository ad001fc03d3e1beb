import MendCore
import SQLKit

/// Failed sign-in attempts, keyed by a hash so no email or address is stored in the clear.
public struct SQLLoginAttemptRepository: LoginAttemptRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    private func keyHash(_ key: String) -> String { sealer.index(key, purpose: "login") }

    /// Records a failure.
    public func recordFailure(key: String, at time: Timestamp) async throws {
        let hash = keyHash(key)
        try await database.withSQL { sql in
            try await sql.insert(into: "login_failures").columns("key_hash", "failed_at")
                .values(SQLBind(hash), SQLBind(time.millisecondsSinceEpoch)).run()
        }
    }

    /// Counts recent failures.
    public func failureCount(key: String, since: Timestamp) async throws -> Int {
        let hash = keyHash(key)
        return try await database.withSQL { sql in
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("login_failures")
                .where("key_hash", .equal, SQLBind(hash))
                .where("failed_at", .greaterThan, SQLBind(since.millisecondsSinceEpoch))
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Forgets one key's failures.
    public func clear(key: String) async throws {
        let hash = keyHash(key)
        try await database.withSQL { sql in
            try await sql.delete(from: "login_failures").where("key_hash", .equal, SQLBind(hash)).run()
        }
    }

    /// Forgets old failures.
    public func prune(before: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.delete(from: "login_failures").where("failed_at", .lessThan, SQLBind(before.millisecondsSinceEpoch)).run()
        }
    }
}
