import Foundation

/// Wakes the live connections watching a session when its log grows.
///
/// A signal carries no data: each connection reads what it has not yet sent from the database,
/// so events arrive in order, exactly once, whichever instance wrote them.
actor SessionEventHub {
    private var watchers: [String: [UUID: AsyncStream<Void>.Continuation]] = [:]

    /// A stream that yields whenever `sessionID` changes (bursts coalesce into one wake-up).
    func watch(_ sessionID: String) -> (UUID, AsyncStream<Void>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        watchers[sessionID, default: [:]][id] = continuation
        return (id, stream)
    }

    /// Stops watching.
    func stopWatching(_ sessionID: String, id: UUID) {
        watchers[sessionID]?[id]?.finish()
        watchers[sessionID]?[id] = nil
        if watchers[sessionID]?.isEmpty == true { watchers[sessionID] = nil }
    }

    /// Wakes everyone watching `sessionID`.
    func signal(_ sessionID: String) {
        for continuation in watchers[sessionID, default: [:]].values { continuation.yield() }
    }

    /// How many connections are watching, for tests and metrics.
    var watcherCount: Int { watchers.values.reduce(0) { $0 + $1.count } }
}
