import Logging
import PostgresNIO
import SQLKit

extension Database {
    /// The PostgreSQL channel Mend fans live events out on.
    public static let eventChannel = "mend_events"

    /// Whether other Mend processes may share this database (and so need notifications).
    public var isShared: Bool { kind == .postgres }

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
