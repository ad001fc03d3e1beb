/// A repair conversation's shape, as data: its steps in order, who acts in each and what each takes.
///
/// Steps marked `perSpeaker` form a block that runs once with each partner as the speaker:
/// after the first speaker has been heard, roles swap so the other is heard too.
public struct RepairProtocol: Hashable, Codable, Sendable, Identifiable {
    /// A stable identifier, such as `mend-nine-step`.
    public var id: String
    /// The protocol's name.
    public var name: String
    /// One or two sentences on what it is for.
    public var summary: String
    /// The steps in order.
    public var steps: [ProtocolStep]

    /// Creates a protocol.
    public init(id: String, name: String, summary: String, steps: [ProtocolStep]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.steps = steps
    }

    /// The protocols Mend ships, the default first.
    public static let all: [RepairProtocol] = [.nineStep, .gottmanAftermath, .imagoDialogue]

    /// The protocol with `id`, if Mend ships it.
    public static func named(_ id: String) -> RepairProtocol? {
        all.first { $0.id == id }
    }
}

/// One step of a protocol.
public struct ProtocolStep: Hashable, Codable, Sendable, Identifiable {
    /// A stable identifier within the protocol, such as `share`.
    public var id: String
    /// A short title.
    public var title: String
    /// Warm, plain guidance for the person (or people) acting in this step.
    public var guidance: String
    /// Who acts.
    public var actor: StepActor
    /// What the step takes, and so what completes it.
    public var input: StepInput
    /// Whether the step repeats with roles swapped, so both partners are heard.
    public var perSpeaker: Bool

    /// Creates a step.
    public init(id: String, title: String, guidance: String, actor: StepActor, input: StepInput, perSpeaker: Bool = false) {
        self.id = id
        self.title = title
        self.guidance = guidance
        self.actor = actor
        self.input = input
        self.perSpeaker = perSpeaker
    }
}

/// Who acts in a step.
public enum StepActor: String, Hashable, Codable, Sendable {
    /// Each partner acts once.
    case both
    /// The partner currently sharing.
    case speaker
    /// The partner currently listening.
    case listener
}

/// What a step takes. Each input also says what completes the step.
public enum StepInput: Hashable, Codable, Sendable {
    /// An activation rating from 0 to 10 from each actor; above the couple's threshold starts a break.
    case rating
    /// A confirmation from each actor (for example "I believe you're doing your best").
    case confirmation
    /// Both name who goes first; the step completes when they agree.
    case firstSpeaker
    /// One message from each actor.
    case message
    /// The listener reflects; the speaker answers "yes, you got it" or "not quite" with a
    /// clarification; the loop repeats until the speaker feels heard.
    case reflection
    /// One option from each actor.
    case choice(options: [String])
    /// Each actor records zero or more concrete commitments.
    case commitments
    /// Each records how it went; repaired only when both say so.
    case outcome

    /// The action types this input accepts, for documentation and clients.
    public var actionTypes: [String] {
        switch self {
        case .rating: ["rate"]
        case .confirmation: ["confirm"]
        case .firstSpeaker: ["chooseFirstSpeaker"]
        case .message: ["send"]
        case .reflection: ["send", "answer"]
        case .choice: ["choose"]
        case .commitments: ["commit"]
        case .outcome: ["recordOutcome"]
        }
    }
}
