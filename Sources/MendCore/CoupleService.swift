/// Creating, joining and leaving a couple space.
public struct CoupleService: Sendable {
    let couples: any CoupleRepository
    let clock: any MendClock
    let ids: any IDGenerator
    let secrets: any SecretGenerator

    /// Creates the service from its dependencies.
    public init(couples: any CoupleRepository, clock: any MendClock, ids: any IDGenerator, secrets: any SecretGenerator) {
        self.couples = couples
        self.clock = clock
        self.ids = ids
        self.secrets = secrets
    }

    /// The space `userID` belongs to, if any.
    public func couple(of userID: UserID) async throws -> Couple? {
        try await couples.couple(of: userID)
    }

    /// Creates a space for `userID` and returns it with a fresh invite code for the partner.
    public func create(for userID: UserID) async throws -> (CoupleID, InviteCode) {
        let now = clock.now()
        let id = CoupleID(ids.next())
        let invite = InviteCode.generate(using: secrets)
        try await couples.create(id: id, by: userID, at: now, invite: invite, inviteExpiresAt: now.adding(InviteCode.lifetime))
        return (id, invite)
    }

    /// Makes another invite code for the person's space.
    public func newInvite(for userID: UserID) async throws -> InviteCode {
        guard let couple = try await couples.couple(of: userID) else { throw MendError.notFound }
        guard !couple.isFull else {
            throw MendError.conflict(code: "couple_full", message: "Your space already has both partners in it.")
        }
        guard couple.closingSince == nil else {
            throw MendError.conflict(
                code: "space_closing",
                message: "This space is closing since your partner left. Download your writing, then you can start a new space.")
        }
        let now = clock.now()
        let invite = InviteCode.generate(using: secrets)
        try await couples.addInvite(for: couple.id, by: userID, invite: invite, at: now, expiresAt: now.adding(InviteCode.lifetime))
        return invite
    }

    /// Joins the space the typed invite code belongs to.
    public func join(userID: UserID, typedCode: String) async throws -> CoupleID {
        guard let invite = InviteCode(typed: typedCode) else {
            throw MendError.invalidField(
                field: "inviteCode",
                message: "Invite codes are 10 letters and numbers, like ABCDE-FGH23. Please check it and try again."
            )
        }
        return try await couples.join(userID: userID, invite: invite, at: clock.now())
    }

    /// Leaves the person's space.
    public func leave(userID: UserID) async throws {
        // The repository answers notFound itself when the person is in no space.
        try await couples.leave(userID: userID, at: clock.now())
    }

    /// Confirms (or withdraws) this partner's wish to close the shared space; returns whether the
    /// space is now deleted (once both have confirmed).
    public func confirmClose(for userID: UserID, confirmed: Bool) async throws -> Bool {
        try await couples.confirmClose(userID: userID, confirmed: confirmed, at: clock.now())
    }

    /// Changes the activation threshold (0–10) and break length (1–120 minutes) new sessions use.
    public func updateRepairSettings(for userID: UserID, activationThreshold: Int, breakMinutes: Int) async throws -> RepairSettings {
        guard let couple = try await couples.couple(of: userID) else { throw MendError.notFound }
        guard (0...10).contains(activationThreshold) else {
            throw MendError.invalidField(field: "activationThreshold", message: "The threshold is a number from 0 to 10.")
        }
        guard (1...120).contains(breakMinutes) else {
            throw MendError.invalidField(field: "breakMinutes", message: "A break lasts from 1 to 120 minutes.")
        }
        let settings = RepairSettings(activationThreshold: activationThreshold, breakSeconds: breakMinutes * 60)
        try await couples.updateRepairSettings(settings, for: couple.id)
        return settings
    }
}
