import SQLKit

extension Migration {
    /// Repair sessions as append-only event logs, and each couple's repair settings.
    static let v2RepairSessions = Migration(version: 2, name: "repair sessions") { sql in
        try await sql.alter(table: "couples").column("activation_threshold", type: .bigint, .notNull, .default(3)).run()
        try await sql.alter(table: "couples").column("break_seconds", type: .bigint, .notNull, .default(1200)).run()
        try await sql.create(table: "repair_sessions")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("couple_id", type: .text, .notNull, .references("couples", "id", onDelete: .cascade))
            .column("initiator_id", type: .text, .notNull)
            .column("protocol_id", type: .text, .notNull)
            .column("topic_sealed", type: .blob, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .column("last_sequence", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "repair_sessions_couple").on("repair_sessions").column("couple_id").run()
        try await sql.create(table: "repair_events")
            .column("session_id", type: .text, .notNull, .references("repair_sessions", "id", onDelete: .cascade))
            .column("sequence", type: .bigint, .notNull)
            .column("actor_id", type: .text, .notNull)
            .column("at", type: .bigint, .notNull)
            .column("action_type", type: .text, .notNull)
            .column("payload_sealed", type: .blob, .notNull)
            .primaryKey("session_id", "sequence")
            .run()
    }
}
