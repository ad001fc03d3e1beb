/// Starting repair sessions and acting in them, with the couple's membership checked on every call.
public struct RepairService: Sendable {
    let sessions: any RepairSessionRepository
    let couples: any CoupleRepository
    let clock: any MendClock
    let ids: any IDGenerator
    /// When set, every break lasts this many seconds instead of the couple's setting (for demos and tests).
    let breakOverrideSeconds: Int?
    /// Ruptures, so a finished session moves the rupture it was opened about.
    let ruptures: (any RuptureRepository)?
    /// Pauses joint work while either partner has safety mode on.
    let gate: JointGate?
    /// Recently replayed states, so an action reads only the events it has not seen yet.
    let cache = RepairStateCache()

    /// Creates the service.
    public init(
        sessions: any RepairSessionRepository, couples: any CoupleRepository, clock: any MendClock, ids: any IDGenerator,
        breakOverrideSeconds: Int? = nil, ruptures: (any RuptureRepository)? = nil, gate: JointGate? = nil
    ) {
        self.gate = gate
        self.ruptures = ruptures
        self.sessions = sessions
        self.couples = couples
        self.clock = clock
        self.ids = ids
        self.breakOverrideSeconds = breakOverrideSeconds
    }

    /// Opens a session about `topic` and invites the partner.
    public func start(by userID: UserID, topic: String, protocolID: String?) async throws -> (RepairSessionSummary, RepairState) {
        guard let couple = try await couples.couple(of: userID) else { throw MendError.notFound }
        guard let partner = couple.partners.first(where: { $0.id != userID }) else {
            throw MendError.notAllowed(message: "A repair needs both of you: invite your partner to your space first.")
        }
        try await gate?.check(userID, with: partner.id)
        var settings = couple.repairSettings
        if let breakOverrideSeconds { settings.breakSeconds = breakOverrideSeconds }
        let event = RepairEvent(
            sequence: 1, actor: userID, at: clock.now(),
            action: .start(topic: topic, protocolID: protocolID ?? RepairProtocol.nineStep.id, settings: settings, partner: partner.id)
        )
        let state: RepairState
        do {
            state = try RepairState.start(event)
        } catch {
            throw MendError.invalidField(field: error.code == "unknown_protocol" ? "protocol" : "topic", message: error.message)
        }
        let id = ids.next()
        try await sessions.create(id: id, coupleID: couple.id, topic: state.topic, start: event)
        guard let summary = try await sessions.session(id: id) else { throw MendError.notFound }
        return (summary, state)
    }

    /// The session and its state, if `userID` is one of its couple.
    public func state(of sessionID: String, for userID: UserID) async throws -> (RepairSessionSummary, RepairState) {
        let summary = try await authorisedSession(sessionID, for: userID)
        return (summary, try await currentState(of: sessionID, revision: summary.revision, knownLast: summary.lastSequence))
    }

    /// The state with every stored event applied: the cached state plus whatever came since
    /// (from this instance or another), so the database stays the single source of truth.
    /// `knownLast` is the log's last sequence number as just read; a cached state that has
    /// reached it needs no read at all.
    func currentState(of sessionID: String, revision: Int, knownLast: Int? = nil) async throws -> RepairState {
        let cached = await cache.state(of: sessionID, revision: revision)
        if let cached, let knownLast, cached.lastSequence >= knownLast { return cached }
        let newer = try await sessions.events(of: sessionID, after: cached?.lastSequence ?? 0)
        var state: RepairState
        if let cached {
            state = cached
            for event in newer { state = try state.applying(event) }
        } else {
            state = try RepairState.replay(newer)
        }
        await cache.store(state, for: sessionID, revision: revision)
        return state
    }

    /// Events after `sequence`, if `userID` is one of the session's couple.
    public func events(of sessionID: String, after sequence: Int, for userID: UserID) async throws -> [RepairEvent] {
        _ = try await authorisedSession(sessionID, for: userID)
        return try await sessions.events(of: sessionID, after: sequence)
    }

    /// Applies `action` by `userID`; the rules decide whether it is allowed now.
    ///
    /// Two partners acting at the same moment both compute the next sequence number; the loser
    /// of the race reloads and tries again, so nothing is lost or applied twice.
    public func act(_ action: RepairAction, in sessionID: String, by userID: UserID) async throws -> (
        RepairSessionSummary, RepairEvent, RepairState
    ) {
        var summary = try await authorisedSession(sessionID, for: userID)
        var state = try await currentState(of: sessionID, revision: summary.revision, knownLast: summary.lastSequence)
        if let gate, action != .pause {
            try await gate.check(userID, with: state.otherPartner(than: userID))
        }
        for attempt in 0..<5 {
            if attempt > 0 { state = try await currentState(of: sessionID, revision: summary.revision) }
            let event = RepairEvent(sequence: state.lastSequence + 1, actor: userID, at: clock.now(), action: action)
            let next = try state.applying(event)
            do {
                try await sessions.append(event, to: sessionID)
                await cache.store(next, for: sessionID, revision: summary.revision)
                if case .finished(let outcome) = next.status, state.status != next.status {
                    try await settleRupture(linkedTo: sessionID, outcome: outcome, at: event.at)
                }
                summary.lastSequence = event.sequence
                summary.updatedAt = event.at
                return (summary, event, next)
            } catch is RepairSessionConflict {
                continue
            }
        }
        throw MendError.conflict(code: "busy", message: "Lots is happening at once. Please try again.")
    }

    /// Pauses every conversation of the person's that is under way (when they turn safety mode on).
    public func pauseActive(by userID: UserID) async throws {
        for summary in try await sessions(for: userID) {
            let state = try await currentState(of: summary.id, revision: summary.revision, knownLast: summary.lastSequence)
            switch state.status {
            case .active, .onBreak: _ = try? await act(.pause, in: summary.id, by: userID)
            default: continue
            }
        }
    }

    /// Events after `sequence`, for a live connection whose membership was checked when it connected.
    public func newEvents(of sessionID: String, after sequence: Int) async throws -> [RepairEvent] {
        try await sessions.events(of: sessionID, after: sequence)
    }

    /// The couple's sessions, newest first, for one of its partners.
    public func sessions(for userID: UserID) async throws -> [RepairSessionSummary] {
        guard let couple = try await couples.couple(of: userID) else { return [] }
        return try await sessions.sessions(of: couple.id)
    }

    /// One session's summary, if `userID` is one of its couple.
    public func summary(of sessionID: String, for userID: UserID) async throws -> RepairSessionSummary? {
        try? await authorisedSession(sessionID, for: userID)
    }

    /// The session's outcome moves its rupture: repaired settles it; another round opens it again.
    private func settleRupture(linkedTo sessionID: String, outcome: RepairOutcome, at time: Timestamp) async throws {
        guard let ruptures, var rupture = try await ruptures.rupture(linkedTo: sessionID), rupture.state == .inRepair else { return }
        if outcome == .repaired {
            rupture.state = .repaired
            rupture.settledAt = time
        } else {
            rupture.state = .open
        }
        try await ruptures.update(rupture)
    }

    private func authorisedSession(_ sessionID: String, for userID: UserID) async throws -> RepairSessionSummary {
        guard let summary = try await sessions.session(id: sessionID, visibleTo: userID) else { throw MendError.notFound }
        return summary
    }
}
