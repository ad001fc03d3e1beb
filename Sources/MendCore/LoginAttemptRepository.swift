/// Remembers failed sign-in attempts so they can be rate-limited across every server instance.
public protocol LoginAttemptRepository: Sendable {
    /// Records one failed attempt under `key` (implementations store only a keyed hash of it).
    func recordFailure(key: String, at time: Timestamp) async throws
    /// How many failures `key` has had since `since`.
    func failureCount(key: String, since: Timestamp) async throws -> Int
    /// Forgets the failures recorded under `key`.
    func clear(key: String) async throws
    /// Forgets every failure older than `before`.
    func prune(before: Timestamp) async throws
}
