/// Stores accounts.
public protocol AccountRepository: Sendable {
    /// Stores a new account; throws `MendError.conflict` with code `email_taken` when the email is in use.
    func create(_ account: Account) async throws
    /// The account with this id, if any.
    func find(id: UserID) async throws -> Account?
    /// The accounts with these ids (in any order; unknown ids are left out), in one look-up.
    func find(ids: [UserID]) async throws -> [Account]
    /// The account with this (normalised) email, if any.
    func find(email: String) async throws -> Account?
    /// Replaces the password hash.
    func updatePasswordHash(_ hash: String, for id: UserID) async throws
    /// Turns the person's safety mode on or off.
    func setSafetyMode(_ on: Bool, for id: UserID) async throws
    /// Records when the person finished the first-run guide.
    func markGuideDone(for id: UserID, at time: Timestamp) async throws
    /// Removes the account and everything that belongs to it, in one transaction.
    ///
    /// The person leaves their couple space (which is deleted once nobody is left in it),
    /// and their sessions and invites go with them.
    func delete(id: UserID) async throws
}
