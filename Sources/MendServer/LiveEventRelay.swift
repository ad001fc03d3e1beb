import Logging
import MendStorage
import ServiceLifecycle

/// Carries live events between Mend instances that share a PostgreSQL database: every instance
/// LISTENs, and a NOTIFY from any of them wakes the local connections watching that session.
/// With SQLite (one process) there is nothing to relay and the service just waits for shutdown.
struct LiveEventRelay: Service {
    let database: Database
    let notifications: LiveNotificationReader
    let hub: SessionEventHub
    let logger: Logger

    func run() async throws {
        guard database.isShared else {
            try? await gracefulShutdown()
            return
        }
        var delay = Duration.milliseconds(100)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await cancelWhenGracefulShutdown {
                    try await database.listen { payload in
                        let (sessionID, event) = notifications.read(payload)
                        await hub.signal(sessionID, events: event.map { [$0] } ?? [])
                    }
                }
            } catch {
                if Task.isShuttingDownGracefully || Task.isCancelled { break }
                logger.warning("live event relay lost its connection; reconnecting", metadata: ["error": "\(String(reflecting: error))"])
            }
            let wait = delay
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
            delay = min(delay * 2, .seconds(5))
        }
    }
}
