import Foundation
import MendCore
import SQLKit

/// Repair sessions as append-only logs; each event's payload (which holds what people wrote) is sealed.
public struct SQLRepairSessionRepository: RepairSessionRepository {
    let database: Database
    let sealer: FieldSealer

    /// Creates the repository.
    public init(database: Database, sealer: FieldSealer) {
        self.database = database
        self.sealer = sealer
    }

    /// Creates the session with its opening event, in one transaction.
    public func create(id: String, coupleID: CoupleID, topic: String, start: RepairEvent) async throws {
        guard case .start(_, let protocolID, _, _) = start.action else {
            throw RepairError("not_started", "A session begins with its start.")
        }
        let topicSealed = try sealer.seal(topic, place: "repair_sessions.topic:\(id)")
        let row = try sealedRow(start, sessionID: id)
        try await database.transaction { sql in
            try await sql.insert(into: "repair_sessions")
                .columns("id", "couple_id", "initiator_id", "protocol_id", "topic_sealed", "created_at", "updated_at", "last_sequence")
                .values(
                    SQLBind(id), SQLBind(coupleID.rawValue), SQLBind(start.actor.rawValue), SQLBind(protocolID), SQLBind(topicSealed),
                    SQLBind(start.at.millisecondsSinceEpoch), SQLBind(start.at.millisecondsSinceEpoch), SQLBind(1)
                )
                .run()
            try await Self.insert(row, sql: sql)
        }
    }

    /// Appends an event, refusing a sequence number that is taken or out of order.
    ///
    /// On PostgreSQL the check, the insert and the NOTIFY that wakes other instances are one
    /// statement: one round trip, one transaction, and the notification goes out only on commit.
    /// The notification carries the event itself, still sealed, so an instance that is watching
    /// the session can pass it on without reading it back (see `LiveNotificationReader`).
    public func append(_ event: RepairEvent, to sessionID: String) async throws {
        let row = try sealedRow(event, sessionID: sessionID)
        if database.kind == .postgres {
            let notification = LiveNotificationReader.notification(for: event, sealedPayload: row.payload, sessionID: sessionID)
            let appended = try await database.withSQL { sql in
                try await sql.raw(
                    """
                    WITH moved AS (
                        UPDATE repair_sessions SET last_sequence = \(bind: event.sequence), updated_at = \(bind: event.at.millisecondsSinceEpoch)
                        WHERE id = \(bind: sessionID) AND last_sequence = \(bind: event.sequence - 1) RETURNING id
                    ), added AS (
                        INSERT INTO repair_events (session_id, sequence, actor_id, at, action_type, payload_sealed)
                        SELECT id, \(bind: event.sequence), \(bind: event.actor.rawValue), \(bind: event.at.millisecondsSinceEpoch),
                            \(bind: event.action.typeName), \(bind: row.payload) FROM moved
                        RETURNING session_id
                    )
                    SELECT pg_notify(\(bind: Database.eventChannel), \(bind: notification)) FROM added
                    """
                ).all()
            }
            guard !appended.isEmpty else { throw RepairSessionConflict() }
            return
        }
        do {
            try await database.transaction { sql in
                // Only the writer holding the previous sequence number moves the session on.
                let updated = try await sql.update("repair_sessions")
                    .set("last_sequence", to: SQLBind(event.sequence))
                    .set("updated_at", to: SQLBind(event.at.millisecondsSinceEpoch))
                    .where("id", .equal, SQLBind(sessionID))
                    .where("last_sequence", .equal, SQLBind(event.sequence - 1))
                    .returning("id")
                    .all()
                guard !updated.isEmpty else { throw RepairSessionConflict() }
                try await Self.insert(row, sql: sql)
            }
        } catch  where isUniqueViolation(error) {
            throw RepairSessionConflict()
        }
    }

    /// The events after `sequence`.
    public func events(of sessionID: String, after sequence: Int) async throws -> [RepairEvent] {
        let rows = try await database.withSQL { sql in
            try await sql.select().columns("sequence", "actor_id", "at", "payload_sealed").from("repair_events")
                .where("session_id", .equal, SQLBind(sessionID)).where("sequence", .greaterThan, SQLBind(sequence))
                .orderBy("sequence").all()
        }
        let decoder = JSONDecoder()
        return try rows.map { row in
            let sequence = try row.decode(column: "sequence", as: Int.self)
            let payload = try sealer.open(
                try row.decode(column: "payload_sealed", as: Data.self), place: Self.place(sessionID, sequence))
            return RepairEvent(
                sequence: sequence,
                actor: UserID(try row.decode(column: "actor_id", as: String.self)),
                at: Timestamp(millisecondsSinceEpoch: try row.decode(column: "at", as: Int64.self)),
                action: try decoder.decode(RepairAction.self, from: Data(payload.utf8))
            )
        }
    }

    /// One session's summary.
    public func session(id: String) async throws -> RepairSessionSummary? {
        let row = try await database.withSQL { sql in
            try await sql.select().column("*").from("repair_sessions").where("id", .equal, SQLBind(id)).first()
        }
        return try row.map(summary(from:))
    }

    /// The session, if `userID` belongs to its couple.
    public func session(id: String, visibleTo userID: UserID) async throws -> RepairSessionSummary? {
        let row = try await database.withSQL { sql in
            try await sql.select()
                .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("repair_sessions")))
                .from("repair_sessions")
                .join(
                    "memberships", on: SQLColumn("couple_id", table: "memberships"), .equal,
                    SQLColumn("couple_id", table: "repair_sessions")
                )
                .where(SQLColumn("id", table: "repair_sessions"), .equal, SQLBind(id))
                .where(SQLColumn("user_id", table: "memberships"), .equal, SQLBind(userID.rawValue))
                .first()
        }
        return try row.map(summary(from:))
    }

    /// The couple's sessions, newest first.
    public func sessions(of coupleID: CoupleID) async throws -> [RepairSessionSummary] {
        let rows = try await database.withSQL { sql in
            try await sql.select().column("*").from("repair_sessions").where("couple_id", .equal, SQLBind(coupleID.rawValue))
                .orderBy("created_at", .descending).orderBy("id", .descending).all()
        }
        return try rows.map(summary(from:))
    }

    /// Replaces everything `userID` wrote in any session (messages, clarifications, commitments,
    /// the topics they opened) with `placeholder`, inside the caller's transaction, and moves each
    /// touched session's revision on so every instance rebuilds its cached state.
    static func redact(authoredBy userID: UserID, placeholder: String, sealer: FieldSealer, sql: any SQLDatabase) async throws {
        var touched = Set<String>()
        let events = try await sql.select().columns("session_id", "sequence", "payload_sealed").from("repair_events")
            .where("actor_id", .equal, SQLBind(userID.rawValue)).all()
        for row in events {
            let sessionID = try row.decode(column: "session_id", as: String.self)
            let sequence = try row.decode(column: "sequence", as: Int.self)
            let place = "repair_events:\(sessionID):\(sequence)"
            let payload = try sealer.open(try row.decode(column: "payload_sealed", as: Data.self), place: place)
            let action = try JSONDecoder().decode(RepairAction.self, from: Data(payload.utf8))
            let redacted = action.redacted(placeholder)
            guard redacted != action else { continue }
            let sealed = try sealer.seal(String(decoding: try JSONEncoder().encode(redacted), as: UTF8.self), place: place)
            try await sql.update("repair_events").set("payload_sealed", to: SQLBind(sealed))
                .where("session_id", .equal, SQLBind(sessionID)).where("sequence", .equal, SQLBind(sequence)).run()
            touched.insert(sessionID)
        }
        let opened = try await sql.select().column("id").from("repair_sessions").where("initiator_id", .equal, SQLBind(userID.rawValue))
            .all()
        for row in opened {
            let id = try row.decode(column: "id", as: String.self)
            let topic = try sealer.seal(placeholder, place: "repair_sessions.topic:\(id)")
            try await sql.update("repair_sessions").set("topic_sealed", to: SQLBind(topic)).where("id", .equal, SQLBind(id)).run()
            touched.insert(id)
        }
        for id in touched {
            try await sql.raw("UPDATE repair_sessions SET revision = revision + 1 WHERE id = \(bind: id)").run()
        }
    }

    private func summary(from row: any SQLRow) throws -> RepairSessionSummary {
        let id = try row.decode(column: "id", as: String.self)
        return RepairSessionSummary(
            id: id,
            coupleID: CoupleID(try row.decode(column: "couple_id", as: String.self)),
            topic: try sealer.open(try row.decode(column: "topic_sealed", as: Data.self), place: "repair_sessions.topic:\(id)"),
            protocolID: try row.decode(column: "protocol_id", as: String.self),
            initiator: UserID(try row.decode(column: "initiator_id", as: String.self)),
            createdAt: Timestamp(millisecondsSinceEpoch: try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Timestamp(millisecondsSinceEpoch: try row.decode(column: "updated_at", as: Int64.self)),
            lastSequence: try row.decode(column: "last_sequence", as: Int.self),
            revision: try row.decode(column: "revision", as: Int.self)
        )
    }

    private struct EventRow: Sendable {
        var sessionID: String
        var event: RepairEvent
        var payload: Data
    }

    private func sealedRow(_ event: RepairEvent, sessionID: String) throws -> EventRow {
        let json = String(decoding: try JSONEncoder().encode(event.action), as: UTF8.self)
        return EventRow(
            sessionID: sessionID, event: event, payload: try sealer.seal(json, place: Self.place(sessionID, event.sequence)))
    }

    /// Where an event's payload is sealed: its session and sequence, so it cannot be moved to another.
    static func place(_ sessionID: String, _ sequence: Int) -> String {
        "repair_events:\(sessionID):\(sequence)"
    }

    private static func insert(_ row: EventRow, sql: any SQLDatabase) async throws {
        try await sql.insert(into: "repair_events")
            .columns("session_id", "sequence", "actor_id", "at", "action_type", "payload_sealed")
            .values(
                SQLBind(row.sessionID), SQLBind(row.event.sequence), SQLBind(row.event.actor.rawValue),
                SQLBind(row.event.at.millisecondsSinceEpoch), SQLBind(row.event.action.typeName), SQLBind(row.payload)
            )
            .run()
    }
}

/// The live-event notifications instances send each other through PostgreSQL.
///
/// A notification is the session id, then (when it fits in PostgreSQL's 8,000-byte payload) one
/// line each for the event's sequence number, actor, time and sealed payload in base64. The
/// payload stays sealed on the wire; the reader opens it with the shared key. A notification
/// with the id alone (a long message) or one that cannot be read wakes the watchers, who then
/// read what they have not yet sent from the database, so nothing is lost either way.
public struct LiveNotificationReader: Sendable {
    let sealer: FieldSealer

    /// Leaves room under PostgreSQL's limit of 8,000 bytes.
    static let maximumLength = 7_500

    static func notification(for event: RepairEvent, sealedPayload: Data, sessionID: String) -> String {
        let full = [
            sessionID, String(event.sequence), event.actor.rawValue, String(event.at.millisecondsSinceEpoch),
            sealedPayload.base64EncodedString(),
        ].joined(separator: "\n")
        return full.utf8.count <= maximumLength ? full : sessionID
    }

    /// The session a notification is about and, when it carries one that opens, its event.
    public func read(_ notification: String) -> (sessionID: String, event: RepairEvent?) {
        let lines = notification.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sessionID = lines[0]
        guard lines.count == 5, let sequence = Int(lines[1]), let at = Int64(lines[3]), let sealed = Data(base64Encoded: lines[4]),
            let json = try? sealer.open(sealed, place: SQLRepairSessionRepository.place(sessionID, sequence)),
            let action = try? JSONDecoder().decode(RepairAction.self, from: Data(json.utf8))
        else { return (sessionID, nil) }
        return (
            sessionID, RepairEvent(sequence: sequence, actor: UserID(lines[2]), at: Timestamp(millisecondsSinceEpoch: at), action: action)
        )
    }
}
