import Foundation
import MendCore

/// Wakes the live connections watching a session when its log grows.
///
/// A wake-up carries the new event (written on this instance, or relayed from another in its
/// notification), which a connection that is up to date sends straight away; otherwise (a gap,
/// or a relayed wake-up without the event) the connection reads what it has not yet sent from
/// the database. Either way events arrive in order, exactly once, whichever instance wrote them.
actor SessionEventHub {
    private var watchers: [String: [UUID: AsyncStream<[RepairEvent]>.Continuation]] = [:]

    /// A stream of wake-ups for `sessionID`, each with the events it knows of (possibly none).
    func watch(_ sessionID: String) -> (UUID, AsyncStream<[RepairEvent]>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[RepairEvent]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        watchers[sessionID, default: [:]][id] = continuation
        return (id, stream)
    }

    /// Stops watching.
    func stopWatching(_ sessionID: String, id: UUID) {
        watchers[sessionID]?[id]?.finish()
        watchers[sessionID]?[id] = nil
        if watchers[sessionID]?.isEmpty == true { watchers[sessionID] = nil }
    }

    /// Wakes everyone watching `sessionID`, passing along `events` when they are known.
    func signal(_ sessionID: String, events: [RepairEvent] = []) {
        for continuation in watchers[sessionID, default: [:]].values { continuation.yield(events) }
    }
}
