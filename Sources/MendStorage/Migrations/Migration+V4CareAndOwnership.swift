import SQLKit

extension Migration {
    /// Learning, safety and owning your data: a revision on each session (bumped when a deleted
    /// person's words are replaced, so cached states are rebuilt), each person's safety mode and
    /// guide progress, a private check-in answer about feeling safe, and each partner's consent to
    /// a summary for a professional.
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
    }
}
