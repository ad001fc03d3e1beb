import SQLKit

extension Migration {
    /// Learning, safety and owning your data: a revision on each session (bumped when a deleted
    /// person's words are replaced, so cached states are rebuilt), each person's safety mode and
    /// guide progress, a private check-in answer about feeling safe, and each partner's consent to
    /// a summary for a professional; a private reflection on staying or parting, and a respectful
    /// close of the shared space (both confirm, or a grace period once one partner leaves);
    /// practitioner accounts, the couple's link to one, and a log of every practitioner read.
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
        try await sql.alter(table: "accounts").column("practitioner", type: .bigint, .notNull, .default(0)).run()
        try await sql.create(table: "practitioner_links")
            .column("couple_id", type: .text, .primaryKey(autoIncrement: false), .references("couples", "id", onDelete: .cascade))
            .column("practitioner_id", type: .text, .notNull, .references("accounts", "id", onDelete: .cascade))
            .column("invited_by", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "practitioner_links_practitioner").on("practitioner_links").column("practitioner_id").run()
        try await sql.create(table: "practitioner_reads")
            .column("couple_id", type: .text, .notNull, .references("couples", "id", onDelete: .cascade))
            .column("practitioner_id", type: .text, .notNull)
            .column("at", type: .bigint, .notNull)
            .column("what", type: .text, .notNull)
            .run()
        try await sql.create(index: "practitioner_reads_couple").on("practitioner_reads").column("couple_id").column("at").run()
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
