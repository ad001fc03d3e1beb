/// Stores couple spaces, their memberships and invites.
///
/// Methods that check and change state do both in one transaction, so two people racing for
/// the last place in a space cannot both get it.
public protocol CoupleRepository: Sendable {
    /// The space `userID` belongs to, if any.
    func couple(of userID: UserID) async throws -> Couple?
    /// Creates a space with `userID` as its first partner and `invite` as its open invite.
    ///
    /// Throws `MendError.conflict` (`already_in_couple`) if the person is already in a space.
    func create(
        id: CoupleID,
        by userID: UserID,
        at now: Timestamp,
        invite: InviteCode,
        inviteExpiresAt: Timestamp
    ) async throws
    /// Adds another single-use invite to the space (earlier unused ones stay valid until they expire).
    func addInvite(for coupleID: CoupleID, by userID: UserID, invite: InviteCode, at now: Timestamp, expiresAt: Timestamp)
        async throws
    /// Adds `userID` to the space the invite belongs to and uses the invite up.
    ///
    /// Throws `MendError.notFound` for an unknown, used or expired invite,
    /// `MendError.conflict` (`couple_full`) when the space already has two partners and
    /// (`already_in_couple`) when the person is in a space already.
    func join(userID: UserID, invite: InviteCode, at now: Timestamp) async throws -> CoupleID
    /// Removes `userID` from their space and withdraws its unused invites, so no old code opens it
    /// again; the space is deleted once nobody is left in it.
    func leave(userID: UserID, at now: Timestamp) async throws
    /// Removes unused invites that expired before `now`.
    func deleteExpiredInvites(now: Timestamp) async throws
    /// Records (or withdraws) `userID`'s confirmation that the shared space should close; once
    /// every partner in it has confirmed, the space and everything in it are deleted. Returns
    /// whether it was deleted.
    func confirmClose(userID: UserID, confirmed: Bool, at now: Timestamp) async throws -> Bool
    /// Deletes spaces (and everything in them) that began closing before `cutoff`.
    func deleteClosedSpaces(closingBefore cutoff: Timestamp) async throws
    /// Changes the space's repair settings.
    func updateRepairSettings(_ settings: RepairSettings, for coupleID: CoupleID) async throws
}
