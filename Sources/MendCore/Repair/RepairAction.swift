/// Something a partner does in a repair session. Actions are recorded, in order, as events.
public enum RepairAction: Hashable, Codable, Sendable {
    /// The initiator opens the session about a topic with a protocol and the couple's settings.
    case start(topic: String, protocolID: String, settings: RepairSettings, partner: UserID)
    /// The invited partner accepts.
    case accept
    /// An activation rating, 0–10.
    case rate(Int)
    /// A confirmation (for example the benefit of the doubt).
    case confirm
    /// Who should go first.
    case chooseFirstSpeaker(UserID)
    /// A message for the current step (a share, a reflection, a validation, …).
    case send(String)
    /// The speaker's answer to a reflection: heard, or not quite with a clarification.
    case answer(heard: Bool, clarification: String?)
    /// One of the step's options.
    case choose(String)
    /// Concrete commitments (possibly none).
    case commit([String])
    /// How it went for this partner.
    case recordOutcome(RepairOutcome)
    /// Pause the session (either partner, at any time).
    case pause
    /// Resume a paused session (the partner who paused it).
    case resume

    /// The action's type name in the API.
    public var typeName: String {
        switch self {
        case .start: "start"
        case .accept: "accept"
        case .rate: "rate"
        case .confirm: "confirm"
        case .chooseFirstSpeaker: "chooseFirstSpeaker"
        case .send: "send"
        case .answer: "answer"
        case .choose: "choose"
        case .commit: "commit"
        case .recordOutcome: "recordOutcome"
        case .pause: "pause"
        case .resume: "resume"
        }
    }
}

/// How a repair session ended for the couple.
public enum RepairOutcome: String, Hashable, Codable, Sendable {
    /// Both feel it is repaired.
    case repaired
    /// It needs another round another time.
    case needsAnotherRound
    /// It was paused and not finished.
    case paused
}

/// The couple's settings a session runs with, fixed when it starts.
public struct RepairSettings: Hashable, Codable, Sendable {
    /// Ratings above this start a break (default 3).
    public var activationThreshold: Int
    /// How long a break lasts.
    public var breakSeconds: Int

    /// Creates settings; the defaults are a threshold of 3 and a 20-minute break.
    public init(activationThreshold: Int = 3, breakSeconds: Int = 20 * 60) {
        self.activationThreshold = activationThreshold
        self.breakSeconds = breakSeconds
    }
}

/// One recorded action: who did what, when, and its place in the session's log.
public struct RepairEvent: Hashable, Codable, Sendable {
    /// The position in the session's log, from 1, without gaps.
    public var sequence: Int
    /// Who acted.
    public var actor: UserID
    /// When.
    public var at: Timestamp
    /// What they did.
    public var action: RepairAction

    /// Creates an event.
    public init(sequence: Int, actor: UserID, at: Timestamp, action: RepairAction) {
        self.sequence = sequence
        self.actor = actor
        self.at = at
        self.action = action
    }
}

/// Why an action was refused, in words for the person who tried it.
public struct RepairError: Error, Hashable, Sendable {
    /// A machine-readable reason.
    public var code: String
    /// A sentence for the person.
    public var message: String

    /// Creates an error.
    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }
}

extension RepairAction {
    /// The action with everything its author wrote replaced by `placeholder`, so the session
    /// still replays (turns, steps and outcomes intact) after its author deletes their account.
    /// Choices among Mend's own options and ratings are not writing, and stay.
    public func redacted(_ placeholder: String) -> RepairAction {
        switch self {
        case .start(_, let protocolID, let settings, let partner):
            .start(topic: placeholder, protocolID: protocolID, settings: settings, partner: partner)
        case .send: .send(placeholder)
        case .answer(let heard, let clarification): .answer(heard: heard, clarification: clarification.map { _ in placeholder })
        case .commit(let items): .commit(items.map { _ in placeholder })
        case .accept, .rate, .confirm, .chooseFirstSpeaker, .choose, .recordOutcome, .pause, .resume: self
        }
    }

    /// What Mend shows in place of the words of someone who deleted their account.
    public static let removedPlaceholder = "(Removed: the person who wrote this deleted their account.)"
}
