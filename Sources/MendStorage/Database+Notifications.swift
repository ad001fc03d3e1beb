import Logging
import PostgresNIO
import SQLKit

extension Database {
    /// The PostgreSQL channel Mend fans live events out on.
    public static let eventChannel = "mend_events"

    /// Whether other Mend processes may share this database (and so need notifications).
    public var isShared: Bool { kind == .postgres }

    /// Tells every process listening on `channel` that `payload` changed (PostgreSQL's NOTIFY;
    /// nothing to do for SQLite, which one process owns).
    public func notify(channel: String = Database.eventChannel, payload: String) async throws {
        guard kind == .postgres else { return }
        try await withSQL { sql in
            try await sql.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
        }
    }

    /// Calls `onNotification` with each payload NOTIFY'd on `channel` until the task is cancelled
    /// or the connection drops (then it throws, and the caller reconnects). Returns at once for SQLite.
    public func listen(channel: String = Database.eventChannel, onNotification: @Sendable (String) async -> Void) async throws {
        guard case .postgres(let client) = backend else { return }
        try await client.withConnection { connection in
            for try await notification in try await connection.listen(channel) {
                await onNotification(notification.payload)
            }
        }
    }
}
