import MendCore

/// A repair session as one partner sees it in the API.
struct SessionJSON: Encodable, Sendable {
    struct StepJSON: Encodable, Sendable {
        var id: String
        var index: Int
        var count: Int
        var title: String
        var guidance: String
        var actor: String
        var input: String
        var options: [String]?
    }

    struct YouJSON: Encodable, Sendable {
        var role: String?
        var yourTurn: Bool
        var actions: [String]
    }

    struct EntryJSON: Encodable, Sendable {
        var sequence: Int
        var authorId: String
        var stepId: String
        var round: Int
        var kind: String
        var text: String
    }

    var id: String
    var topic: String
    var protocolId: String
    var protocolName: String
    var status: String
    var breakUntil: Int64?
    var outcome: String?
    var lastSequence: Int
    var initiatorId: String
    var partnerId: String
    var speakerId: String?
    var listenerId: String?
    var firstSpeakerId: String?
    var activationThreshold: Int
    var step: StepJSON?
    var you: YouJSON
    var transcript: [EntryJSON]

    init(summary: RepairSessionSummary, state: RepairState, viewer: UserID) {
        id = summary.id
        topic = state.topic
        protocolId = state.repairProtocol.id
        protocolName = state.repairProtocol.name
        lastSequence = state.lastSequence
        initiatorId = state.initiator.rawValue
        partnerId = state.partner.rawValue
        activationThreshold = state.settings.activationThreshold
        firstSpeakerId = state.firstSpeaker?.rawValue
        switch state.status {
        case .invited: status = "invited"
        case .active: status = "active"
        case .onBreak(let until):
            status = "onBreak"
            breakUntil = until.millisecondsSinceEpoch
        case .paused: status = "paused"
        case .finished(let result):
            status = "finished"
            outcome = result.rawValue
        }
        if let current = state.currentStep {
            let inPerSpeakerBlock = current.perSpeaker || state.firstSpeaker != nil
            speakerId = inPerSpeakerBlock ? state.speaker.rawValue : nil
            listenerId = inPerSpeakerBlock ? state.listener.rawValue : nil
            var options: [String]?
            if case .choice(let choices) = current.input { options = choices }
            step = StepJSON(
                id: current.id, index: state.stepIndex, count: state.repairProtocol.steps.count, title: current.title,
                guidance: current.guidance, actor: current.actor.rawValue, input: Self.inputName(current.input), options: options
            )
        }
        let role: String? = state.currentStep?.perSpeaker == true ? (state.speaker == viewer ? "speaker" : "listener") : nil
        you = YouJSON(role: role, yourTurn: state.waitingFor.contains(viewer), actions: Self.actions(state, for: viewer))
        transcript = state.transcript.map {
            EntryJSON(
                sequence: $0.sequence, authorId: $0.author.rawValue, stepId: $0.stepID, round: $0.round, kind: $0.kind.rawValue,
                text: $0.text)
        }
    }

    static func inputName(_ input: StepInput) -> String {
        switch input {
        case .rating: "rating"
        case .confirmation: "confirmation"
        case .firstSpeaker: "firstSpeaker"
        case .message: "message"
        case .reflection: "reflection"
        case .choice: "choice"
        case .commitments: "commitments"
        case .outcome: "outcome"
        }
    }

    /// The action types `viewer` can take right now.
    static func actions(_ state: RepairState, for viewer: UserID) -> [String] {
        switch state.status {
        case .finished: return []
        case .paused(let by): return by == viewer ? ["resume"] : []
        case .invited: return viewer == state.partner ? ["accept", "pause"] : ["pause"]
        case .onBreak: return ["rate", "pause"]
        case .active:
            guard state.waitingFor.contains(viewer), let step = state.currentStep else { return ["pause"] }
            if step.input == .reflection { return [state.awaitingAnswer ? "answer" : "send", "pause"] }
            return step.input.actionTypes + ["pause"]
        }
    }
}

/// One event as the API and the live channel send it.
struct EventJSON: Encodable, Sendable {
    var sequence: Int
    var actorId: String
    var at: Int64
    var type: String
    var action: RepairAction

    init(_ event: RepairEvent) {
        sequence = event.sequence
        actorId = event.actor.rawValue
        at = event.at.millisecondsSinceEpoch
        type = event.action.typeName
        action = event.action
    }
}
