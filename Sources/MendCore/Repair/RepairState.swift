/// Where a repair session stands: a pure function of its event log.
///
/// `replay(_:)` rebuilds the state from the log; `applying(_:)` checks one more event against
/// the rules and returns the next state, or throws a `RepairError` that says why not.
public struct RepairState: Hashable, Sendable {
    /// The session's lifecycle.
    public enum Status: Hashable, Sendable {
        /// Waiting for the partner to accept.
        case invited
        /// In progress.
        case active
        /// A break for the nervous system until the given time; then both re-rate.
        case onBreak(until: Timestamp)
        /// Paused by one partner; only they can resume it.
        case paused(by: UserID)
        /// Over.
        case finished(RepairOutcome)
    }

    /// The longest message a step accepts, in characters.
    public static let maximumMessageLength = 10_000
    /// The most commitments one partner records in one step.
    public static let maximumCommitments = 5

    /// The protocol being followed.
    public let repairProtocol: RepairProtocol
    /// What the session is about.
    public let topic: String
    /// Who opened it.
    public let initiator: UserID
    /// Who was invited.
    public let partner: UserID
    /// The couple's settings at the start.
    public let settings: RepairSettings
    /// When it started.
    public let startedAt: Timestamp

    /// The lifecycle state.
    public internal(set) var status: Status = .invited
    /// The current step's index in the protocol.
    public internal(set) var stepIndex = 0
    /// 0 while the first speaker is heard, 1 after roles swap.
    public internal(set) var round = 0
    /// Who shares first, once agreed.
    public internal(set) var firstSpeaker: UserID?
    /// The sequence number of the last event applied.
    public internal(set) var lastSequence = 0
    /// Ratings given in the current rating round.
    public internal(set) var ratings: [UserID: Int] = [:]
    /// Each partner's most recent rating.
    public internal(set) var latestRatings: [UserID: Int] = [:]
    /// Who has done their part of the current step.
    public internal(set) var done: Set<UserID> = []
    /// Proposals for who goes first.
    public internal(set) var proposals: [UserID: UserID] = [:]
    /// Whether a reflection is waiting for the speaker's answer.
    public internal(set) var awaitingAnswer = false
    /// Outcomes recorded so far.
    public internal(set) var outcomes: [UserID: RepairOutcome] = [:]
    /// Everything said, in order.
    public internal(set) var transcript: [TranscriptEntry] = []
    var statusBeforePause: Status?

    /// Rebuilds the state from a session's whole log; throws if the log breaks the rules.
    public static func replay(_ events: [RepairEvent]) throws(RepairError) -> RepairState {
        guard let first = events.first else { throw RepairError("empty", "This session has no events.") }
        var state = try start(first)
        for event in events.dropFirst() {
            state = try state.applying(event)
        }
        return state
    }

    /// The state after the opening event.
    public static func start(_ event: RepairEvent) throws(RepairError) -> RepairState {
        guard event.sequence == 1, case .start(let topic, let protocolID, let settings, let partner) = event.action else {
            throw RepairError("not_started", "A session begins with its start.")
        }
        guard let repairProtocol = RepairProtocol.named(protocolID) else {
            throw RepairError("unknown_protocol", "Mend doesn't know that conversation guide.")
        }
        guard partner != event.actor else { throw RepairError("invalid_partner", "A repair needs both partners.") }
        let trimmed = AccountRules.trimmed(topic)
        guard !trimmed.isEmpty, trimmed.count <= 500 else {
            throw RepairError("invalid_topic", "Name what the repair is about in a few words (up to 500 characters).")
        }
        guard (0...10).contains(settings.activationThreshold), settings.breakSeconds >= 1 else {
            throw RepairError("invalid_settings", "The activation threshold must be 0–10 and the break at least a second.")
        }
        var state = RepairState(
            repairProtocol: repairProtocol, topic: trimmed, initiator: event.actor, partner: partner, settings: settings,
            startedAt: event.at
        )
        state.lastSequence = 1
        return state
    }

    private init(
        repairProtocol: RepairProtocol, topic: String, initiator: UserID, partner: UserID, settings: RepairSettings, startedAt: Timestamp
    ) {
        self.repairProtocol = repairProtocol
        self.topic = topic
        self.initiator = initiator
        self.partner = partner
        self.settings = settings
        self.startedAt = startedAt
    }

    /// Both participants.
    public var participants: [UserID] { [initiator, partner] }

    /// The current step, or nil once finished.
    public var currentStep: ProtocolStep? {
        if case .finished = status { return nil }
        return repairProtocol.steps.indices.contains(stepIndex) ? repairProtocol.steps[stepIndex] : nil
    }

    /// The partner sharing in the current round.
    public var speaker: UserID {
        let first = firstSpeaker ?? initiator
        return round == 0 ? first : other(than: first)
    }

    /// The partner listening in the current round.
    public var listener: UserID { other(than: speaker) }

    /// The other participant.
    public func other(than person: UserID) -> UserID { person == initiator ? partner : initiator }

    /// Who the current step is waiting for.
    public var waitingFor: [UserID] {
        switch status {
        case .invited: return [partner]
        case .paused(let by): return [by]
        case .finished: return []
        case .onBreak: return participants
        case .active:
            guard let step = currentStep else { return [] }
            switch step.input {
            case .reflection: return [awaitingAnswer ? speaker : listener]
            case .rating: return actors(of: step).filter { ratings[$0] == nil }
            case .firstSpeaker:
                // Both named someone but disagree: both are asked again.
                let missing = actors(of: step).filter { proposals[$0] == nil }
                return missing.isEmpty ? actors(of: step) : missing
            case .outcome: return actors(of: step).filter { outcomes[$0] == nil }
            default: return actors(of: step).filter { !done.contains($0) }
            }
        }
    }

    /// The other person in the conversation.
    public func otherPartner(than userID: UserID) -> UserID {
        userID == initiator ? partner : initiator
    }

    func actors(of step: ProtocolStep) -> [UserID] {
        switch step.actor {
        case .both: participants
        case .speaker: [speaker]
        case .listener: [listener]
        }
    }
}
