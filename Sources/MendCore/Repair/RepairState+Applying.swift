extension RepairState {
    /// The state after `event`, or the reason it is not allowed now.
    public func applying(_ event: RepairEvent) throws(RepairError) -> RepairState {
        guard event.sequence == lastSequence + 1 else {
            throw RepairError("out_of_order", "Something changed in the meantime. Please refresh and try again.")
        }
        guard participants.contains(event.actor) else {
            throw RepairError("not_participant", "Only the two partners in this session can act in it.")
        }
        var next = self
        next.lastSequence = event.sequence
        switch (status, event.action) {
        case (.finished, _):
            throw RepairError("finished", "This session is over. You can start a new one any time.")
        case (_, .start):
            throw RepairError("already_started", "This session has already started.")
        case (.invited, .accept):
            guard event.actor == partner else { throw RepairError("not_your_turn", "Your partner is the one to accept this invitation.") }
            next.status = .active
        case (.invited, .pause):
            next.pause(by: event.actor)
        case (.invited, _):
            throw RepairError("not_accepted", "The session starts once your partner accepts the invitation.")
        case (.paused(let by), .resume):
            guard event.actor == by else { throw RepairError("paused", "The session is paused. Only the one who paused it can resume it.") }
            next.status = next.statusBeforePause ?? .active
            next.statusBeforePause = nil
        case (.paused, _):
            throw RepairError("paused", "The session is paused for now.")
        case (_, .resume):
            throw RepairError("not_paused", "The session isn't paused.")
        case (_, .pause):
            next.pause(by: event.actor)
        case (.onBreak(let until), .rate):
            guard event.at >= until else {
                throw RepairError("on_break", "You're on a break to let your body settle. You can re-rate when the timer ends.")
            }
            next.status = .active
            try next.act(event)
        case (.onBreak, _):
            throw RepairError("on_break", "You're on a break to let your body settle. Re-rate when the timer ends.")
        case (.active, .accept):
            throw RepairError("already_accepted", "The session is already under way.")
        case (.active, _):
            try next.act(event)
        }
        return next
    }

    private mutating func pause(by person: UserID) {
        statusBeforePause = status
        status = .paused(by: person)
    }

    /// Applies a step action by a participant while the session is active.
    private mutating func act(_ event: RepairEvent) throws(RepairError) {
        guard let step = currentStep else { throw RepairError("finished", "This session is over.") }
        let person = event.actor
        let acting = actors(of: step)
        guard step.actor == .both || acting.contains(person) || step.input == .reflection else {
            throw RepairError("not_your_turn", "It's your partner's turn right now. Their words will appear here.")
        }
        switch (step.input, event.action) {
        case (.rating, .rate(let value)):
            guard (0...10).contains(value) else { throw RepairError("invalid_rating", "Ratings go from 0 to 10.") }
            guard ratings[person] == nil else { throw RepairError("already_done", "You've rated already; waiting for your partner.") }
            ratings[person] = value
            latestRatings[person] = value
            if ratings.count == acting.count {
                if ratings.values.contains(where: { $0 > settings.activationThreshold }) {
                    status = .onBreak(until: event.at.adding(seconds: Int64(settings.breakSeconds)))
                    ratings = [:]
                } else {
                    advance()
                }
            }
        case (.confirmation, .confirm):
            try markDone(person)
            if done.count == acting.count { advance() }
        case (.firstSpeaker, .chooseFirstSpeaker(let chosen)):
            guard participants.contains(chosen) else { throw RepairError("invalid_choice", "Choose one of the two of you.") }
            proposals[person] = chosen
            if proposals.count == 2, Set(proposals.values).count == 1 {
                firstSpeaker = chosen
                advance()
            }
        case (.message, .send(let text)):
            let text = try Self.validMessage(text)
            try markDone(person)
            transcript.append(
                TranscriptEntry(sequence: event.sequence, author: person, stepID: step.id, round: round, kind: .message, text: text))
            if done.count == acting.count { advance() }
        case (.reflection, .send(let text)):
            guard person == listener else {
                throw RepairError("not_your_turn", "Your partner is reflecting what they heard. You'll be asked if they got it.")
            }
            guard !awaitingAnswer else { throw RepairError("awaiting_answer", "Waiting for your partner to say whether you got it.") }
            let text = try Self.validMessage(text)
            awaitingAnswer = true
            transcript.append(
                TranscriptEntry(sequence: event.sequence, author: person, stepID: step.id, round: round, kind: .reflection, text: text))
        case (.reflection, .answer(let heard, let clarification)):
            guard person == speaker else { throw RepairError("not_your_turn", "Your partner answers whether you got it.") }
            guard awaitingAnswer else { throw RepairError("nothing_to_answer", "Your partner hasn't reflected yet.") }
            let clarification = clarification.map(AccountRules.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            if let clarification, clarification.count > Self.maximumMessageLength {
                throw RepairError("too_long", "Please keep it under \(Self.maximumMessageLength) characters.")
            }
            awaitingAnswer = false
            transcript.append(
                TranscriptEntry(
                    sequence: event.sequence, author: person, stepID: step.id, round: round, kind: heard ? .heard : .notQuite,
                    text: clarification ?? ""
                )
            )
            if heard { advance() }
        case (.choice(let options), .choose(let option)):
            guard options.contains(option) else { throw RepairError("invalid_choice", "Please pick one of the options.") }
            try markDone(person)
            transcript.append(
                TranscriptEntry(sequence: event.sequence, author: person, stepID: step.id, round: round, kind: .choice, text: option))
            if done.count == acting.count { advance() }
        case (.commitments, .commit(let items)):
            let items = items.map(AccountRules.trimmed).filter { !$0.isEmpty }
            guard items.count <= Self.maximumCommitments, items.allSatisfy({ $0.count <= 280 }) else {
                throw RepairError("invalid_commitments", "Up to \(Self.maximumCommitments) small commitments of up to 280 characters each.")
            }
            try markDone(person)
            for item in items {
                transcript.append(
                    TranscriptEntry(sequence: event.sequence, author: person, stepID: step.id, round: round, kind: .commitment, text: item))
            }
            if done.count == acting.count { advance() }
        case (.outcome, .recordOutcome(let outcome)):
            guard outcome != .paused else { throw RepairError("invalid_outcome", "Choose repaired or needs another round.") }
            guard outcomes[person] == nil else { throw RepairError("already_done", "You've answered already; waiting for your partner.") }
            outcomes[person] = outcome
            if outcomes.count == acting.count {
                status = .finished(outcomes.values.allSatisfy { $0 == .repaired } ? .repaired : .needsAnotherRound)
            }
        default:
            throw RepairError(
                "wrong_step", "That isn't part of this step (\(step.title)). It takes: \(step.input.actionTypes.joined(separator: ", ")).")
        }
    }

    private mutating func markDone(_ person: UserID) throws(RepairError) {
        guard !done.contains(person) else { throw RepairError("already_done", "You've done this step; waiting for your partner.") }
        done.insert(person)
    }

    private static func validMessage(_ text: String) throws(RepairError) -> String {
        let trimmed = AccountRules.trimmed(text)
        guard !trimmed.isEmpty else { throw RepairError("empty_message", "Write a few words first.") }
        guard trimmed.count <= maximumMessageLength else {
            throw RepairError("too_long", "Please keep it under \(maximumMessageLength) characters.")
        }
        return trimmed
    }

    /// Moves to the next step, swapping roles at the end of the per-speaker block the first time.
    private mutating func advance() {
        ratings = [:]
        done = []
        proposals = [:]
        awaitingAnswer = false
        let steps = repairProtocol.steps
        let current = steps[stepIndex]
        let endsBlock = current.perSpeaker && (stepIndex + 1 == steps.count || !steps[stepIndex + 1].perSpeaker)
        if endsBlock && round == 0 {
            round = 1
            var start = stepIndex
            while start > 0 && steps[start - 1].perSpeaker { start -= 1 }
            stepIndex = start
            return
        }
        stepIndex += 1
        if stepIndex >= steps.count {
            status = .finished(.needsAnotherRound)
        }
    }
}

/// One thing said or chosen in a session, for the transcript.
public struct TranscriptEntry: Hashable, Codable, Sendable {
    /// What kind of entry it is.
    public enum Kind: String, Hashable, Codable, Sendable {
        case message, reflection, heard, notQuite, choice, commitment
    }

    /// The event it came from.
    public var sequence: Int
    /// Who wrote it.
    public var author: UserID
    /// The step it belongs to.
    public var stepID: String
    /// 0 for the first speaker's round, 1 after roles swap.
    public var round: Int
    /// Its kind.
    public var kind: Kind
    /// The words (empty for a plain "yes, you got it").
    public var text: String
}
