import Logging
import MendCore
import MendStorage
import ServiceLifecycle

/// Hourly housekeeping: forgets expired sessions, expired invites and old failed sign-ins, and
/// deletes shared spaces whose grace period after a partner left has passed, so nothing is kept
/// longer than it is needed. It stops promptly on graceful shutdown.
struct MaintenanceService: Service {
    let storage: Storage
    let clock: any MendClock
    let throttle: LoginThrottle
    let interval: Duration
    let logger: Logger

    func run() async throws {
        // The first sweep waits one interval, so it never races the start-up migrations.
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            if Task.isShuttingDownGracefully || Task.isCancelled { break }
            await sweep()
        }
    }

    /// One pass of housekeeping; failures are logged and retried next time.
    func sweep() async {
        let now = clock.now()
        do {
            try await storage.sessions.deleteExpired(now: now)
            try await storage.couples.deleteExpiredInvites(now: now)
            try await storage.couples.deleteClosedSpaces(closingBefore: now.adding(seconds: -Couple.closingGraceSeconds))
            try await storage.loginAttempts.prune(before: now.adding(.zero - throttle.window))
        } catch {
            logger.warning("housekeeping failed; will retry", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
