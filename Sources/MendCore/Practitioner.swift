/// Stores a couple's link to a practitioner and every read the practitioner makes.
public protocol PractitionerRepository: Sendable {
    /// Links the couple to a practitioner, replacing any earlier link.
    func link(_ coupleID: CoupleID, to practitionerID: UserID, by userID: UserID, at time: Timestamp) async throws
    /// Removes the couple's link.
    func unlink(_ coupleID: CoupleID) async throws
    /// The couple's practitioner and since when, if any.
    func practitioner(of coupleID: CoupleID) async throws -> (id: UserID, since: Timestamp)?
    /// The couples a practitioner is linked to.
    func couples(of practitionerID: UserID) async throws -> [CoupleID]
    /// Records that the practitioner read `what`.
    func logRead(_ coupleID: CoupleID, by practitionerID: UserID, what: String, at time: Timestamp) async throws
    /// The people in a space, in joining order.
    func members(of coupleID: CoupleID) async throws -> [UserID]
    /// The couple's read log, newest first.
    func reads(of coupleID: CoupleID, limit: Int) async throws -> [(at: Timestamp, what: String)]
}

/// Practitioner access: a couple may invite a practitioner, who then sees only what both partners
/// consented to share (the summary and its trends), never a conversation's words or a private
/// entry. Either partner can revoke at once, and every read is logged for the couple to see.
public struct PractitionerService: Sendable {
    let accounts: any AccountRepository
    let couples: any CoupleRepository
    let links: any PractitionerRepository
    let support: SupportService
    let clock: any MendClock

    /// Creates the service.
    public init(
        accounts: any AccountRepository, couples: any CoupleRepository, links: any PractitionerRepository, support: SupportService,
        clock: any MendClock
    ) {
        self.accounts = accounts
        self.couples = couples
        self.links = links
        self.support = support
        self.clock = clock
    }

    /// The couple's practitioner and the reads they made, as either partner sees them.
    public struct Access: Hashable, Sendable {
        /// The practitioner's name and email, when one is invited.
        public var practitioner: Partner?
        /// The practitioner's email, for the couple to recognise them.
        public var practitionerEmail: String?
        /// Since when.
        public var since: Timestamp?
        /// Every read, newest first.
        public var reads: [Read]

        /// One read.
        public struct Read: Hashable, Sendable {
            /// When.
            public var at: Timestamp
            /// What was read.
            public var what: String
        }
    }

    /// Invites the practitioner with `email` (either partner).
    public func invite(email: String, by userID: UserID) async throws -> Access {
        let couple = try await requireCouple(of: userID)
        guard let practitioner = try await accounts.find(email: AccountRules.trimmed(email).lowercased()), practitioner.isPractitioner
        else {
            throw MendError.invalidField(
                field: "email", message: "No practitioner account uses that email. Ask your practitioner which email they signed up with.")
        }
        try await links.link(couple.id, to: practitioner.id, by: userID, at: clock.now())
        return try await access(for: userID)
    }

    /// Revokes the practitioner's access at once (either partner).
    public func revoke(by userID: UserID) async throws {
        try await links.unlink(try await requireCouple(of: userID).id)
    }

    /// The couple's practitioner and read log, for one of its partners.
    public func access(for userID: UserID) async throws -> Access {
        guard let couple = try await couples.couple(of: userID), let link = try await links.practitioner(of: couple.id),
            let practitioner = try await accounts.find(id: link.id)
        else { return Access(practitioner: nil, practitionerEmail: nil, since: nil, reads: []) }
        return Access(
            practitioner: Partner(id: practitioner.id, displayName: practitioner.displayName), practitionerEmail: practitioner.email,
            since: link.since, reads: try await links.reads(of: couple.id, limit: 200).map { Access.Read(at: $0.at, what: $0.what) })
    }

    /// A client couple as the practitioner sees it.
    public struct Client: Hashable, Sendable {
        /// The space.
        public var coupleID: CoupleID
        /// The partners' names.
        public var names: [String]
        /// Whether both partners currently consent to the summary.
        public var summaryAvailable: Bool
    }

    /// The practitioner's client couples.
    public func clients(of practitioner: Account) async throws -> [Client] {
        guard practitioner.isPractitioner else { throw MendError.notAllowed(message: "This is for practitioner accounts.") }
        var clients: [Client] = []
        for coupleID in try await links.couples(of: practitioner.id) {
            guard let first = try await partner(of: coupleID) else { continue }
            let status = try await support.status(for: first)
            let couple = try await couples.couple(of: first)
            clients.append(
                Client(coupleID: coupleID, names: couple?.partners.map(\.displayName) ?? [], summaryAvailable: status.summaryAvailable))
        }
        return clients
    }

    /// The consented summary of a client couple; the read is logged for the couple to see.
    public func summary(of coupleID: CoupleID, for practitioner: Account) async throws -> ProfessionalSummary {
        guard practitioner.isPractitioner, try await links.practitioner(of: coupleID)?.id == practitioner.id,
            let first = try await partner(of: coupleID)
        else { throw MendError.notFound }
        let summary = try await support.summary(for: first)
        try await links.logRead(coupleID, by: practitioner.id, what: "the summary", at: clock.now())
        return summary
    }

    private func partner(of coupleID: CoupleID) async throws -> UserID? {
        try await links.members(of: coupleID).first
    }

    private func requireCouple(of userID: UserID) async throws -> Couple {
        guard let couple = try await couples.couple(of: userID), couple.isFull else {
            throw MendError.notAllowed(message: "Inviting a practitioner needs both of you in your space.")
        }
        return couple
    }
}
