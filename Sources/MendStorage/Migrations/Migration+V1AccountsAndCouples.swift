import SQLKit

extension Migration {
    /// Accounts, sign-in sessions, couple spaces, invites and failed sign-in attempts.
    ///
    /// Times are milliseconds since the epoch (BIGINT) so both engines store them alike;
    /// free text is sealed (BLOB/BYTEA) and emails are found through a keyed hash.
    static let v1AccountsAndCouples = Migration(version: 1, name: "accounts and couples") { sql in
        try await sql.create(table: "accounts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("email_index", type: .text, .notNull, .unique)
            .column("email_sealed", type: .blob, .notNull)
            .column("display_name_sealed", type: .blob, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(table: "auth_sessions")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .text, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "auth_sessions_user_id").on("auth_sessions").column("user_id").run()
        try await sql.create(table: "couples")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(table: "memberships")
            .column("user_id", type: .text, .primaryKey(autoIncrement: false), .references("accounts", "id", onDelete: .cascade))
            .column("couple_id", type: .text, .notNull, .references("couples", "id", onDelete: .cascade))
            .column("joined_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "memberships_couple_id").on("memberships").column("couple_id").run()
        try await sql.create(table: "invites")
            .column("code_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("couple_id", type: .text, .notNull, .references("couples", "id", onDelete: .cascade))
            .column("created_by", type: .text, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .column("used_at", type: .bigint)
            .run()
        try await sql.create(index: "invites_couple_id").on("invites").column("couple_id").run()
        try await sql.create(table: "login_failures")
            .column("key_hash", type: .text, .notNull)
            .column("failed_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "login_failures_key").on("login_failures").column("key_hash").column("failed_at").run()
    }
}
