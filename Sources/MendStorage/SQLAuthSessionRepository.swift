import MendCore
import SQLKit

/// Sign-in sessions; only a keyed hash of each token is stored.
public struct SQLAuthSessionRepository: AuthSessionRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    private func tokenHash(_ token: String) -> String { sealer.index(token, purpose: "session") }

    /// Stores the hash of a new session token.
    public func create(token: String, userID: UserID, createdAt: Timestamp, expiresAt: Timestamp) async throws {
        let hash = tokenHash(token)
        try await database.withSQL { sql in
            try await sql.insert(into: "auth_sessions")
                .columns("token_hash", "user_id", "created_at", "expires_at")
                .values(
                    SQLBind(hash), SQLBind(userID.rawValue), SQLBind(createdAt.millisecondsSinceEpoch),
                    SQLBind(expiresAt.millisecondsSinceEpoch)
                )
                .run()
        }
    }

    /// The account behind an unexpired session.
    public func account(forToken token: String, now: Timestamp) async throws -> Account? {
        let hash = tokenHash(token)
        let row = try await database.withSQL { sql in
            try await sql.select()
                .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("accounts")))
                .from("auth_sessions")
                .join("accounts", on: SQLColumn("user_id", table: "auth_sessions"), .equal, SQLColumn("id", table: "accounts"))
                .where(SQLColumn("token_hash", table: "auth_sessions"), .equal, SQLBind(hash))
                .where(SQLColumn("expires_at", table: "auth_sessions"), .greaterThan, SQLBind(now.millisecondsSinceEpoch))
                .first()
        }
        return try row.map(sealer.account(from:))
    }

    /// Ends one session.
    public func delete(token: String) async throws {
        let hash = tokenHash(token)
        try await database.withSQL { sql in
            try await sql.delete(from: "auth_sessions").where("token_hash", .equal, SQLBind(hash)).run()
        }
    }

    /// Ends all of a person's sessions but one.
    public func deleteAll(userID: UserID, keeping: String?) async throws {
        let kept = keeping.map(tokenHash)
        try await database.withSQL { sql in
            var query = sql.delete(from: "auth_sessions").where("user_id", .equal, SQLBind(userID.rawValue))
            if let kept { query = query.where("token_hash", .notEqual, SQLBind(kept)) }
            try await query.run()
        }
    }

    /// Removes expired sessions.
    public func deleteExpired(now: Timestamp) async throws {
        try await database.withSQL { sql in
            try await sql.delete(from: "auth_sessions").where("expires_at", .lessThanOrEqual, SQLBind(now.millisecondsSinceEpoch)).run()
        }
    }
}
