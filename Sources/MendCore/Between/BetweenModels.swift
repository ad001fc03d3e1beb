/// A hurt or disagreement one partner writes down when it happens, before it turns into resentment.
public struct Rupture: Hashable, Sendable {
    /// The rupture's identifier.
    public var id: String
    /// Who wrote it; only they can change it.
    public var authorID: UserID
    /// The couple space it belongs to (nil when written before joining one; such ruptures stay private).
    public var coupleID: CoupleID?
    /// What happened, in the author's words.
    public var whatHappened: String
    /// How much it hurt, 1–10.
    public var intensity: Int
    /// Feelings picked from the list.
    public var feelings: [Feeling]
    /// Feelings in the author's own words (may be empty).
    public var feelingsNote: String
    /// When it happened.
    public var happenedAt: Timestamp
    /// When it was written down.
    public var createdAt: Timestamp
    /// Whether the partner can see it (the author's choice; private by default).
    public var isShared: Bool
    /// Where it stands.
    public var state: RuptureState
    /// The author's reflection when letting it go.
    public var letGoReflection: String?
    /// The repair session opened about it, if any.
    public var sessionID: String?
    /// When it was repaired or let go.
    public var settledAt: Timestamp?

    /// Creates a rupture value.
    public init(
        id: String, authorID: UserID, coupleID: CoupleID?, whatHappened: String, intensity: Int, feelings: [Feeling],
        feelingsNote: String, happenedAt: Timestamp, createdAt: Timestamp, isShared: Bool = false, state: RuptureState = .open,
        letGoReflection: String? = nil, sessionID: String? = nil, settledAt: Timestamp? = nil
    ) {
        self.id = id
        self.authorID = authorID
        self.coupleID = coupleID
        self.whatHappened = whatHappened
        self.intensity = intensity
        self.feelings = feelings
        self.feelingsNote = feelingsNote
        self.happenedAt = happenedAt
        self.createdAt = createdAt
        self.isShared = isShared
        self.state = state
        self.letGoReflection = letGoReflection
        self.sessionID = sessionID
        self.settledAt = settledAt
    }

    /// Whether it still weighs on the relationship (open or being repaired).
    public var isUnsettled: Bool { state == .open || state == .inRepair }
}

/// Where a rupture stands: open → in repair → repaired, or let go.
public enum RuptureState: String, CaseIterable, Codable, Sendable {
    /// Written down, not yet talked through.
    case open
    /// A repair conversation about it is under way.
    case inRepair = "in_repair"
    /// Talked through; both feel it is repaired.
    case repaired
    /// Deliberately let go, with a short reflection (a conscious choice, not a rug).
    case letGo = "let_go"
}

/// The feelings a rupture can carry, as the list offers them.
public enum Feeling: String, CaseIterable, Codable, Sendable {
    case hurt, sad, lonely, angry, frustrated, scared, anxious, ashamed, dismissed, unappreciated, disrespected, overwhelmed,
        disappointed, jealous, confused

    /// How the list shows the feeling.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// One of the warning signs the weekly check-in asks about, each answered 0 (not at all) to 4 (all the time).
public enum WarningSign: String, CaseIterable, Codable, Sendable {
    case emotionalDistance = "emotional_distance"
    case misunderstandings
    case defensiveness
    case avoidance
    case lingeringPain = "lingering_pain"
    case erodingTrust = "eroding_trust"
    case communicationShuttingDown = "communication_shutting_down"
    case lowDesire = "low_desire"

    /// The question as the check-in asks it.
    public var question: String {
        switch self {
        case .emotionalDistance: "We've felt far apart."
        case .misunderstandings: "We've misunderstood each other."
        case .defensiveness: "I've felt defensive, or met defensiveness."
        case .avoidance: "We've avoided things we needed to talk about."
        case .lingeringPain: "Something painful is still with me."
        case .erodingTrust: "My trust has been wearing thin."
        case .communicationShuttingDown: "Talking has been shutting down between us."
        case .lowDesire: "I've wanted less closeness than usual."
        }
    }

    /// The highest answer.
    public static let maximumAnswer = 4
}

/// One partner's weekly self-report on the warning signs. Private to its author.
public struct CheckIn: Hashable, Sendable {
    /// The check-in's identifier.
    public var id: String
    /// Whose answers these are.
    public var userID: UserID
    /// The couple space they were in (nil when not in one).
    public var coupleID: CoupleID?
    /// When it was answered.
    public var at: Timestamp
    /// Each sign's answer, 0–4, in `WarningSign.allCases` order.
    public var answers: [WarningSign: Int]
    /// Anything else on their mind (may be empty).
    public var note: String
    /// Their answer to "Do you feel safe with your partner?", if they gave one. Never part of any
    /// total, trend or summary: when it is not "yes", help is shown to them alone.
    public var feelsSafe: FeelsSafe?

    /// Creates a check-in value.
    public init(
        id: String, userID: UserID, coupleID: CoupleID?, at: Timestamp, answers: [WarningSign: Int], note: String,
        feelsSafe: FeelsSafe? = nil
    ) {
        self.feelsSafe = feelsSafe
        self.id = id
        self.userID = userID
        self.coupleID = coupleID
        self.at = at
        self.answers = answers
        self.note = note
    }

    /// The sum of the answers, 0–32.
    public var total: Int { answers.values.reduce(0, +) }

    /// The highest possible total.
    public static let maximumTotal = WarningSign.allCases.count * WarningSign.maximumAnswer
}

/// The check-in's private question about safety.
public enum FeelsSafe: String, CaseIterable, Codable, Sendable {
    case yes
    case notAlways = "not_always"
    case no

    /// Whether the answer signals fear of the partner.
    public var signalsFear: Bool { self != .yes }
}

/// A small, concrete, observable promise one partner makes and the other marks as kept or missed.
public struct Commitment: Hashable, Sendable {
    /// The commitment's identifier.
    public var id: String
    /// The couple space it lives in.
    public var coupleID: CoupleID
    /// Who made it.
    public var ownerID: UserID
    /// What they will do ("I'll text when I leave work").
    public var text: String
    /// When it was made.
    public var createdAt: Timestamp
    /// The repair session it came from, if any.
    public var sessionID: String?
    /// When its owner retired it (nil while active).
    public var endedAt: Timestamp?

    /// Creates a commitment value.
    public init(
        id: String, coupleID: CoupleID, ownerID: UserID, text: String, createdAt: Timestamp, sessionID: String? = nil,
        endedAt: Timestamp? = nil
    ) {
        self.id = id
        self.coupleID = coupleID
        self.ownerID = ownerID
        self.text = text
        self.createdAt = createdAt
        self.sessionID = sessionID
        self.endedAt = endedAt
    }

    /// Whether it is still being followed.
    public var isActive: Bool { endedAt == nil }
}

/// The partner's mark on one day's occurrence of a commitment.
public struct CommitmentMark: Hashable, Sendable {
    /// The commitment marked.
    public var commitmentID: String
    /// The day the occurrence belongs to (days since 1970-01-01, UTC).
    public var day: Int
    /// Kept or missed.
    public var kept: Bool
    /// Who marked it (always the partner of the commitment's owner).
    public var markedBy: UserID
    /// When the mark was made.
    public var at: Timestamp

    /// Creates a mark value.
    public init(commitmentID: String, day: Int, kept: Bool, markedBy: UserID, at: Timestamp) {
        self.commitmentID = commitmentID
        self.day = day
        self.kept = kept
        self.markedBy = markedBy
        self.at = at
    }
}

/// The protective patterns the profile offers to pick from; `other` carries the person's own name for it.
public enum PatternKind: String, CaseIterable, Codable, Sendable {
    case withdrawing, criticising, shuttingDown = "shutting_down", pursuing, peoplePleasing = "people_pleasing", controlling,
        jokingItAway = "joking_it_away", other

    /// How the list shows it.
    public var title: String {
        switch self {
        case .withdrawing: "Withdrawing"
        case .criticising: "Criticising"
        case .shuttingDown: "Shutting down"
        case .pursuing: "Pursuing"
        case .peoplePleasing: "People-pleasing"
        case .controlling: "Controlling"
        case .jokingItAway: "Joking it away"
        case .other: "Something else"
        }
    }
}

/// One protective pattern a partner names while calm, where it comes from, and what they own about it.
public struct ProtectivePattern: Hashable, Sendable {
    /// The pattern's identifier.
    public var id: String
    /// Whose pattern it is.
    public var userID: UserID
    /// Which pattern.
    public var kind: PatternKind
    /// The person's own name for it (the kind's title unless they chose another).
    public var name: String
    /// Where it comes from.
    public var origin: String
    /// A generic-yet-true responsibility statement ("When I feel criticised I go quiet, and that leaves you alone").
    public var responsibility: String
    /// Whether the partner can see it.
    public var isShared: Bool
    /// When it was written.
    public var createdAt: Timestamp

    /// Creates a pattern value.
    public init(
        id: String, userID: UserID, kind: PatternKind, name: String, origin: String, responsibility: String, isShared: Bool,
        createdAt: Timestamp
    ) {
        self.id = id
        self.userID = userID
        self.kind = kind
        self.name = name
        self.origin = origin
        self.responsibility = responsibility
        self.isShared = isShared
        self.createdAt = createdAt
    }
}

/// A phrase a partner is willing to receive when things go wrong ("Can we start again?").
public struct RepairPhrase: Hashable, Sendable {
    /// The phrase's identifier.
    public var id: String
    /// Whose phrase it is.
    public var userID: UserID
    /// The words.
    public var text: String
    /// Whether the partner can see it.
    public var isShared: Bool
    /// When it was written.
    public var createdAt: Timestamp

    /// Creates a phrase value.
    public init(id: String, userID: UserID, text: String, isShared: Bool, createdAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.text = text
        self.isShared = isShared
        self.createdAt = createdAt
    }
}

/// A quick note of thanks to the partner: a positive deposit.
public struct Appreciation: Hashable, Sendable {
    /// The note's identifier.
    public var id: String
    /// The couple space it was written in.
    public var coupleID: CoupleID
    /// Who wrote it.
    public var authorID: UserID
    /// The words.
    public var text: String
    /// When it was written.
    public var createdAt: Timestamp

    /// Creates an appreciation value.
    public init(id: String, coupleID: CoupleID, authorID: UserID, text: String, createdAt: Timestamp) {
        self.id = id
        self.coupleID = coupleID
        self.authorID = authorID
        self.text = text
        self.createdAt = createdAt
    }
}
