import SQLKit

extension Migration {
    /// Learning, safety and owning your data: a revision on each session (bumped when a deleted
    /// person's words are replaced, so cached states are rebuilt), each person's safety mode and
    /// guide progress, a private check-in answer about feeling safe, and each partner's consent to
    /// a summary for a professional; a private reflection on staying or parting, and a respectful
    /// close of the shared space (both confirm, or a grace period once one partner leaves).
    static let v4CareAndOwnership = Migration(version: 4, name: "care and ownership") { sql in
        try await sql.alter(table: "repair_sessions").column("revision", type: .bigint, .notNull, .default(0)).run()
        try await sql.alter(table: "accounts").column("safety_mode", type: .bigint, .notNull, .default(0)).run()
        try await sql.alter(table: "accounts").column("guide_done_at", type: .bigint).run()
        try await sql.alter(table: "check_ins").column("feels_safe_sealed", type: .blob).run()
        try await sql.create(table: "support_consents")
            .column("couple_id", type: .text, .notNull, .references("couples", "id", onDelete: .cascade))
            .column("user_id", type: .text, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("granted_at", type: .bigint, .notNull)
            .primaryKey("couple_id", "user_id")
            .run()
        try await sql.alter(table: "couples").column("closing_since", type: .bigint).run()
        try await sql.alter(table: "memberships").column("close_confirmed_at", type: .bigint).run()
        try await sql.create(table: "reflections")
            .column("user_id", type: .text, .primaryKey(autoIncrement: false), .references("accounts", "id", onDelete: .cascade))
            .column("needs_sealed", type: .blob, .notNull)
            .column("tried_sealed", type: .blob, .notNull)
            .column("hopes_sealed", type: .blob, .notNull)
            .column("shared", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
    }
}
