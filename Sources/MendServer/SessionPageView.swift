import MendCoach
import MendCore

/// Everything the session page shows one partner, built from the session's state.
struct SessionPageView: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
    }

    struct Entry: Sendable {
        var author: String
        var isYou: Bool
        var step: String
        var text: String
    }

    var layout: PageRenderer.Layout
    var id: String
    var topic: String
    var protocolName: String
    var stepNumber = 0
    var stepCount = 0
    var stepTitle = ""
    var guidance = ""
    /// Why the step matters, from the guide, and where the guide explains it.
    var whyThisStep: String?
    var whyLink = "/learn"
    var lastSequence = 0

    var invited = false
    var canAccept = false
    var paused = false
    var pausedByYou = false
    var onBreak = false
    var breakSecondsLeft = 0
    var breakUntil: Int64 = 0
    var breakMinutesLeft = 0
    var breakOver = false
    var soothing = ""
    var finished = false
    var outcomeText = ""
    var active = false

    var yourTurn = false
    var waitingText = ""
    var roleText: String?

    var rating = false
    var confirmation = false
    var firstSpeaker = false
    var speakerOptions: [Option] = []
    var message = false
    var messageLabel = ""
    var reflection = false
    var reflectionAnswer = false
    var reflectionToAnswer = ""
    var listeningTo = ""
    var choice = false
    var choiceOptions: [Option] = []
    var commitments = false
    var outcome = false
    var coachContext = ""

    var draft = ""
    var coachFindings: [CoachPagesController.FindingView] = []
    var coachNudge: String?
    var showCoach = false
    var safety = false
    var actionError: String?

    struct Hint: Sendable {
        var title: String
        var text: String
    }

    /// Patterns or welcome phrases from the pattern profile, offered at the steps they help with.
    var profileHints: [Hint] = []
    var hasProfileHints = false
    var hintsHeading = ""
    /// The viewer's commitments from this conversation that are not tracked yet.
    var trackable: [String] = []
    var hasTrackable = false

    var transcript: [Entry] = []
    /// Stored, not computed: templates see only stored properties.
    var hasTranscript = false

    static let soothingSuggestions = [
        "Breathe in for a count of four, hold for four, and breathe out slowly for six. Repeat until the timer ends.",
        "Step outside or to another room. Notice five things you can see and four you can hear.",
        "Run cool water over your wrists, or hold something cold, and let your shoulders drop.",
        "Walk for a few minutes. Let your body move the energy through before you come back.",
        "Put a hand on your chest and breathe into it. Remind yourself: I can come back to this.",
    ]

    init(
        layout: PageRenderer.Layout, summary: RepairSessionSummary, state: RepairState, viewer: UserID, names: [UserID: String],
        now: Timestamp
    ) {
        self.layout = layout
        id = summary.id
        topic = state.topic
        protocolName = state.repairProtocol.name
        lastSequence = state.lastSequence
        let partnerName = names[state.other(than: viewer)] ?? "your partner"
        func name(_ person: UserID) -> String { person == viewer ? "You" : (names[person] ?? "Your partner") }
        transcript = state.transcript.map { entry in
            let stepTitle = state.repairProtocol.steps.first { $0.id == entry.stepID }?.title ?? entry.stepID
            let text: String =
                switch entry.kind {
                case .heard: "Yes, you got it." + (entry.text.isEmpty ? "" : " " + entry.text)
                case .notQuite: "Not quite. " + entry.text
                case .commitment: "Commits to: " + entry.text
                case .choice: "Would like: " + entry.text
                default: entry.text
                }
            return Entry(author: name(entry.author), isYou: entry.author == viewer, step: stepTitle, text: text)
        }
        hasTranscript = !transcript.isEmpty
        if let step = state.currentStep {
            stepNumber = state.stepIndex + 1
            stepCount = state.repairProtocol.steps.count
            stepTitle = step.title
            guidance = step.guidance
            whyThisStep = LearningGuide.whyThisStep[step.id]
            whyLink = "/learn#" + (LearningGuide.sectionForStep[step.id] ?? "")
        }
        switch state.status {
        case .invited:
            invited = true
            canAccept = viewer == state.partner
            waitingText = canAccept ? "" : "Waiting for \(partnerName) to accept the invitation."
            return
        case .paused(let by):
            paused = true
            pausedByYou = by == viewer
            return
        case .finished(let result):
            finished = true
            outcomeText =
                result == .repaired
                ? "You both feel this is repaired. Well done for staying with it."
                : "This needs another round. That's okay: coming back to it is part of repair."
            return
        case .onBreak(let until):
            onBreak = true
            breakUntil = until.millisecondsSinceEpoch
            breakSecondsLeft = max(0, Int((until.millisecondsSinceEpoch - now.millisecondsSinceEpoch + 999) / 1000))
            breakMinutesLeft = (breakSecondsLeft + 59) / 60
            breakOver = breakSecondsLeft == 0
            soothing = Self.soothingSuggestions[summary.id.utf8.reduce(0) { $0 + Int($1) } % Self.soothingSuggestions.count]
            // Ratings are accepted again once the timer ends; until then there is only the timer.
            rating = breakOver
            yourTurn = breakOver
            return
        case .active:
            active = true
        }
        guard let step = state.currentStep else { return }
        let waiting = state.waitingFor
        yourTurn = waiting.contains(viewer)
        if step.perSpeaker {
            roleText =
                state.speaker == viewer ? "You're sharing; \(partnerName) is listening." : "You're listening; \(partnerName) is sharing."
        }
        if !yourTurn {
            waitingText = "Waiting for \(partnerName)…"
            return
        }
        switch step.input {
        case .rating: rating = true
        case .confirmation: confirmation = true
        case .firstSpeaker:
            firstSpeaker = true
            speakerOptions = state.participants.map { Option(value: $0.rawValue, label: $0 == viewer ? "Me" : (names[$0] ?? "My partner")) }
            if let mine = state.proposals[viewer], let theirs = state.proposals[state.other(than: viewer)], mine != theirs {
                actionError = "You chose differently. Talk it over and choose again."
            }
        case .message:
            message = true
            messageLabel = step.title
            if step.actor == .listener { coachContext = Self.latestShare(state) ?? "" }
        case .reflection:
            if state.awaitingAnswer {
                reflectionAnswer = true
                reflectionToAnswer = state.transcript.last { $0.kind == .reflection }?.text ?? ""
            } else {
                reflection = true
                listeningTo = Self.latestShare(state) ?? ""
                coachContext = listeningTo
            }
        case .choice(let options):
            choice = true
            choiceOptions = options.map { Option(value: $0, label: $0) }
        case .commitments: commitments = true
        case .outcome: outcome = true
        }
    }

    /// The speaker's latest words in the current round, which the listener responds to.
    static func latestShare(_ state: RepairState) -> String? {
        let speaker = state.speaker
        return state.transcript.last { $0.author == speaker && $0.round == state.round && $0.kind != .heard }?.text
    }
}
