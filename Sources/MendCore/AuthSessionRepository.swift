/// Stores sign-in sessions. Implementations keep only a hash of each token.
public protocol AuthSessionRepository: Sendable {
    /// Records a new session for `userID` under `token`.
    func create(token: String, userID: UserID, createdAt: Timestamp, expiresAt: Timestamp) async throws
    /// The account signed in with `token`, if the session exists and has not expired at `now`.
    func account(forToken token: String, now: Timestamp) async throws -> Account?
    /// Ends one session.
    func delete(token: String) async throws
    /// Ends every session of `userID` except the one with `keeping` (if given).
    func deleteAll(userID: UserID, keeping: String?) async throws
    /// Removes every session that expired before `now`.
    func deleteExpired(now: Timestamp) async throws
}
