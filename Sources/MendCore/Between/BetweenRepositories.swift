/// Stores ruptures; text fields are sealed by the implementation.
public protocol RuptureRepository: Sendable {
    /// Adds a new rupture.
    func insert(_ rupture: Rupture) async throws
    /// Replaces a rupture's changeable fields (sharing, state, reflection, session, settled time).
    func update(_ rupture: Rupture) async throws
    /// Deletes a rupture.
    func delete(id: String) async throws
    /// One rupture by id, whoever wrote it (the service decides who may see it).
    func rupture(id: String) async throws -> Rupture?
    /// Every rupture `userID` wrote plus the ruptures shared in `coupleID`, newest first.
    func ruptures(visibleTo userID: UserID, in coupleID: CoupleID?) async throws -> [Rupture]
    /// The rupture linked to a repair session, if any.
    func rupture(linkedTo sessionID: String) async throws -> Rupture?
}

/// Stores weekly check-ins.
public protocol CheckInRepository: Sendable {
    /// Adds a check-in.
    func insert(_ checkIn: CheckIn) async throws
    /// `userID`'s check-ins at or after `since`, oldest first.
    func checkIns(of userID: UserID, since: Timestamp) async throws -> [CheckIn]
    /// The totals every member of `coupleID` reported at or after `since` while in it, oldest first
    /// (no answers and no notes: only what the shared trend needs).
    func totals(in coupleID: CoupleID, since: Timestamp) async throws -> [(userID: UserID, at: Timestamp, total: Int)]
}

/// Stores commitments and the partner's marks on them.
public protocol CommitmentRepository: Sendable {
    /// Adds a commitment.
    func insert(_ commitment: Commitment) async throws
    /// One commitment by id.
    func commitment(id: String) async throws -> Commitment?
    /// The couple's commitments, newest first.
    func commitments(in coupleID: CoupleID) async throws -> [Commitment]
    /// Retires a commitment.
    func end(id: String, at: Timestamp) async throws
    /// Records a mark, replacing an earlier mark for the same day.
    func mark(_ mark: CommitmentMark) async throws
    /// Marks on the couple's commitments on or after `sinceDay`.
    func marks(in coupleID: CoupleID, sinceDay: Int) async throws -> [CommitmentMark]
}

/// Stores each partner's pattern profile: protective patterns and the repair phrases they welcome.
public protocol ProfileRepository: Sendable {
    /// Adds a pattern.
    func insert(_ pattern: ProtectivePattern) async throws
    /// Replaces a pattern's fields.
    func update(_ pattern: ProtectivePattern) async throws
    /// Deletes a pattern.
    func deletePattern(id: String) async throws
    /// One pattern by id.
    func pattern(id: String) async throws -> ProtectivePattern?
    /// `userID`'s patterns, oldest first; only shared ones when `sharedOnly`.
    func patterns(of userID: UserID, sharedOnly: Bool) async throws -> [ProtectivePattern]
    /// Adds a repair phrase.
    func insert(_ phrase: RepairPhrase) async throws
    /// Replaces a phrase's fields.
    func update(_ phrase: RepairPhrase) async throws
    /// Deletes a phrase.
    func deletePhrase(id: String) async throws
    /// One phrase by id.
    func phrase(id: String) async throws -> RepairPhrase?
    /// `userID`'s phrases, oldest first; only shared ones when `sharedOnly`.
    func phrases(of userID: UserID, sharedOnly: Bool) async throws -> [RepairPhrase]
}

/// Stores appreciations.
public protocol AppreciationRepository: Sendable {
    /// Adds an appreciation.
    func insert(_ appreciation: Appreciation) async throws
    /// The couple's appreciations, newest first, at most `limit`.
    func appreciations(in coupleID: CoupleID, limit: Int) async throws -> [Appreciation]
    /// How many appreciations each author wrote in the couple at or after `since`.
    func counts(in coupleID: CoupleID, since: Timestamp) async throws -> [UserID: Int]
}
