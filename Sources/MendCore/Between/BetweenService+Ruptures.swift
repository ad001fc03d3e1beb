extension BetweenService {
    /// The longest "what happened".
    public static let maximumRuptureLength = 4000
    /// The longest note on feelings or reflection on letting go.
    public static let maximumNoteLength = 1000

    /// Writes down a hurt; private unless `shared`.
    public func logRupture(
        by userID: UserID, whatHappened: String, intensity: Int, feelings: [Feeling], feelingsNote: String, happenedAt: Timestamp?,
        shared: Bool
    ) async throws -> Rupture {
        let text = try TextRules.text(whatHappened, field: "whatHappened", maximum: Self.maximumRuptureLength)
        let note = try TextRules.text(feelingsNote, field: "feelingsNote", maximum: Self.maximumNoteLength, required: false)
        guard (1...10).contains(intensity) else {
            throw MendError.invalidField(field: "intensity", message: "Choose how much it hurt, from 1 to 10.")
        }
        let now = clock.now()
        let happenedAt = happenedAt ?? now
        if happenedAt > now.adding(seconds: 300) {
            throw MendError.invalidField(field: "happenedAt", message: "That time is still to come; choose when it happened.")
        }
        if happenedAt < now.adding(seconds: -5 * 366 * 86_400) {
            throw MendError.invalidField(field: "happenedAt", message: "Choose a time within the last five years.")
        }
        let couple = try await couples.couple(of: userID)
        if shared, couple?.isFull != true {
            throw MendError.invalidField(
                field: "shared", message: "You can share once your partner has joined your space; it's saved privately for now.")
        }
        var unique: [Feeling] = []
        for feeling in feelings where !unique.contains(feeling) { unique.append(feeling) }
        let rupture = Rupture(
            id: ids.next(), authorID: userID, coupleID: couple?.id, whatHappened: text, intensity: intensity, feelings: unique,
            feelingsNote: note, happenedAt: happenedAt, createdAt: now, isShared: shared
        )
        try await ruptures.insert(rupture)
        return rupture
    }

    /// Everything `userID` may see in the log: their own ruptures and those shared with them, newest first.
    public func ruptures(for userID: UserID) async throws -> [Rupture] {
        let couple = try await couples.couple(of: userID)
        return try await ruptures.ruptures(visibleTo: userID, in: couple?.id)
    }

    /// One rupture, if `userID` wrote it or it is shared in their current space.
    public func rupture(id: String, for userID: UserID) async throws -> Rupture {
        guard let rupture = try await ruptures.rupture(id: id) else { throw MendError.notFound }
        if rupture.authorID == userID { return rupture }
        guard rupture.isShared, let coupleID = rupture.coupleID, try await couples.couple(of: userID)?.id == coupleID else {
            throw MendError.notFound
        }
        return rupture
    }

    /// A change the author makes to their rupture.
    public enum RuptureChange: Hashable, Sendable {
        /// Share it with the partner, or make it private again.
        case share(Bool)
        /// Let it go, with a short reflection.
        case letGo(reflection: String)
        /// Mark it repaired (talked through, in Mend or not).
        case repaired
        /// Open it again after letting it go.
        case reopen
    }

    /// Applies the author's change; the partner may read a shared rupture but not change it.
    public func change(rupture id: String, by userID: UserID, _ change: RuptureChange) async throws -> Rupture {
        var rupture = try await rupture(id: id, for: userID)
        guard rupture.authorID == userID else {
            throw MendError.notAllowed(message: "Only the person who wrote this can change it.")
        }
        let now = clock.now()
        switch change {
        case .share(true):
            guard let coupleID = rupture.coupleID, let couple = try await couples.couple(of: userID), couple.id == coupleID, couple.isFull
            else {
                throw MendError.notAllowed(message: "You can share this once you and your partner are together in your space.")
            }
            try await gate?.check(userID, with: couple.partners.first { $0.id != userID }?.id)
            rupture.isShared = true
        case .share(false):
            guard rupture.state != .inRepair else {
                throw MendError.notAllowed(
                    message: "You're repairing this together right now, so it stays shared until the conversation ends.")
            }
            rupture.isShared = false
        case .letGo(let reflection):
            guard rupture.isUnsettled else { throw MendError.notAllowed(message: "This one is already settled.") }
            rupture.letGoReflection = try TextRules.text(reflection, field: "reflection", maximum: Self.maximumNoteLength)
            rupture.state = .letGo
            rupture.settledAt = now
        case .repaired:
            guard rupture.isUnsettled else { throw MendError.notAllowed(message: "This one is already settled.") }
            rupture.state = .repaired
            rupture.settledAt = now
        case .reopen:
            guard rupture.state == .letGo else { throw MendError.notAllowed(message: "Only a rupture you let go can be opened again.") }
            rupture.state = .open
            rupture.settledAt = nil
            rupture.letGoReflection = nil
        }
        try await ruptures.update(rupture)
        return rupture
    }

    /// Deletes the author's rupture.
    public func deleteRupture(id: String, by userID: UserID) async throws {
        let rupture = try await rupture(id: id, for: userID)
        guard rupture.authorID == userID else { throw MendError.notAllowed(message: "Only the person who wrote this can delete it.") }
        try await ruptures.delete(id: id)
    }

    /// Checks that a repair session can be opened about the rupture (shared, open, in the person's space).
    public func ruptureForRepair(id: String, by userID: UserID) async throws -> Rupture {
        let rupture = try await rupture(id: id, for: userID)
        guard rupture.isShared || rupture.authorID == userID else { throw MendError.notFound }
        guard rupture.state == .open else {
            throw MendError.notAllowed(
                message: rupture.state == .inRepair ? "A conversation about this is already under way." : "This one is already settled.")
        }
        guard let coupleID = rupture.coupleID, try await couples.couple(of: userID)?.id == coupleID else {
            throw MendError.notAllowed(message: "This was written before you joined your space, so it can't open a conversation there.")
        }
        return rupture
    }

    /// Links a newly started session to the rupture and shares it (a repair is done together).
    public func link(rupture: Rupture, toSession sessionID: String) async throws {
        var rupture = rupture
        rupture.isShared = true
        rupture.state = .inRepair
        rupture.sessionID = sessionID
        try await ruptures.update(rupture)
    }

    /// The resentment index for `userID`: their own (private ruptures included) and the couple's (shared only).
    public func resentment(for userID: UserID) async throws -> ResentmentSummary {
        let couple = try await couples.couple(of: userID)
        let visible = try await ruptures.ruptures(visibleTo: userID, in: couple?.id)
        return resentment(visible: visible, userID: userID, coupleID: couple?.id, now: clock.now())
    }

    func resentment(visible: [Rupture], userID: UserID, coupleID: CoupleID?, now: Timestamp) -> ResentmentSummary {
        let own = visible.filter { $0.authorID == userID }
        let shared = visible.filter { $0.isShared && $0.coupleID != nil && $0.coupleID == coupleID }
        return ResentmentSummary(
            own: ResentmentIndex.value(of: own, at: now),
            ownTrend: ResentmentIndex.trend(of: own, weeks: Self.trendWeeks, endingAt: now),
            couple: coupleID == nil ? nil : ResentmentIndex.value(of: shared, at: now),
            coupleTrend: coupleID == nil ? [] : ResentmentIndex.trend(of: shared, weeks: Self.trendWeeks, endingAt: now),
            themes: RecurringThemes.detect(in: visible, now: now)
        )
    }
}

/// The resentment index as one partner may see it.
public struct ResentmentSummary: Hashable, Sendable {
    /// Their own index (every rupture they wrote).
    public var own: Double
    /// Its weekly trend.
    public var ownTrend: [TrendPoint]
    /// The couple's index over shared ruptures (nil outside a space).
    public var couple: Double?
    /// Its weekly trend.
    public var coupleTrend: [TrendPoint]
    /// Recurring themes among the ruptures they can see.
    public var themes: [RecurringThemes.Theme]
}

extension BetweenService {
    /// Opens a repair conversation about a rupture: the session starts, and the rupture is shared,
    /// marked in repair and linked, so the session's outcome moves it.
    public func openRepair(
        fromRupture id: String, by userID: UserID, topic: String?, protocolID: String?, repairs: RepairService
    ) async throws -> (RepairSessionSummary, RepairState) {
        let rupture = try await ruptureForRepair(id: id, by: userID)
        let topic = topic.map(AccountRules.trimmed).flatMap { $0.isEmpty ? nil : $0 } ?? Self.topic(from: rupture.whatHappened)
        let started = try await repairs.start(by: userID, topic: topic, protocolID: protocolID)
        try await link(rupture: rupture, toSession: started.0.id)
        return started
    }

    /// A session topic from what happened: its first line, shortened at a word to fit.
    static func topic(from text: String) -> String {
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
        guard firstLine.count > 140 else { return firstLine }
        let cut = firstLine.prefix(140)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
