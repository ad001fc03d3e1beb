import Foundation
import MendCore
import MendTestSupport
import Testing

/// Drives a session event by event, as the server does.
struct SessionDriver {
    let ana = UserID("ana")
    let ben = UserID("ben")
    var state: RepairState
    var events: [RepairEvent]
    var now = Timestamp(millisecondsSinceEpoch: 1_000_000)

    init(protocolID: String = "mend-nine-step", settings: RepairSettings = RepairSettings(activationThreshold: 3, breakSeconds: 60)) throws
    {
        let start = RepairEvent(
            sequence: 1, actor: UserID("ana"), at: now,
            action: .start(topic: "Saturday", protocolID: protocolID, settings: settings, partner: UserID("ben"))
        )
        state = try RepairState.start(start)
        events = [start]
    }

    mutating func act(_ person: UserID, _ action: RepairAction, after seconds: Int64 = 1) throws {
        now = now.adding(seconds: seconds)
        let event = RepairEvent(sequence: state.lastSequence + 1, actor: person, at: now, action: action)
        state = try state.applying(event)
        events.append(event)
    }

    var stepID: String? { state.currentStep?.id }
}

@Suite("Repair protocol engine")
struct RepairStateTests {
    @Test("the nine-step conversation runs start to finish, both partners heard in turn")
    func nineSteps() throws {
        var s = try SessionDriver()
        let (ana, ben) = (s.ana, s.ben)
        #expect(s.state.status == .invited)
        try s.act(ben, .accept)
        #expect(s.stepID == "name-it")
        try s.act(ana, .send("I'm noticing tension between us about Saturday."))
        try s.act(ben, .send("I feel it too."))
        #expect(s.stepID == "activation")
        try s.act(ana, .rate(2))
        try s.act(ben, .rate(3))
        #expect(s.stepID == "benefit-of-the-doubt")
        try s.act(ana, .confirm)
        try s.act(ben, .confirm)
        try s.act(ana, .chooseFirstSpeaker(ben))
        try s.act(ben, .chooseFirstSpeaker(ben))
        #expect(s.stepID == "share")
        #expect(s.state.speaker == ben && s.state.listener == ana)
        for round in 0..<2 {
            let (speaker, listener) = round == 0 ? (ben, ana) : (ana, ben)
            #expect(s.state.round == round)
            try s.act(speaker, .send("I felt left out when plans changed."))
            try s.act(listener, .send("It sounds like you felt left out. Did I get that?"))
            try s.act(speaker, .answer(heard: true, clarification: nil))
            try s.act(listener, .send("That makes sense."))
            try s.act(listener, .send("I know I go quiet when I feel criticised."))
            try s.act(listener, .send("I'm here and I'm staying."))
        }
        #expect(s.stepID == "reconnect")
        try s.act(ana, .choose("A hug"))
        try s.act(ben, .choose("A walk together"))
        try s.act(ana, .commit(["I'll text when I leave work"]))
        try s.act(ben, .commit([]))
        try s.act(ana, .recordOutcome(.repaired))
        try s.act(ben, .recordOutcome(.repaired))
        #expect(s.state.status == .finished(.repaired))
        #expect(s.state.transcript.filter { $0.stepID == "share" }.map(\.author) == [ben, ana])
        #expect(try RepairState.replay(s.events) == s.state)
    }

    @Test("'not quite' loops the reflection until the speaker feels heard")
    func notQuiteLoop() throws {
        var s = try Self.atShare()
        try s.act(s.ana, .send("I felt invisible at the party."))
        try s.act(s.ben, .send("You were annoyed I talked to Sam?"))
        #expect(throws: RepairError.self) { try s.act(s.ben, .send("Did I get it?")) }
        try s.act(s.ana, .answer(heard: false, clarification: "Not annoyed. Invisible, like I wasn't there."))
        #expect(s.stepID == "reflect")
        try s.act(s.ben, .send("So you felt invisible, like you weren't there to me. Is that it?"))
        try s.act(s.ana, .answer(heard: true, clarification: nil))
        #expect(s.stepID == "validate")
        #expect(s.state.transcript.map(\.kind).suffix(4) == [.reflection, .notQuite, .reflection, .heard])
    }

    @Test("a rating above the threshold starts a break; both re-rate after it ends")
    func activationBreak() throws {
        var s = try SessionDriver()
        try s.act(s.ben, .accept)
        try s.act(s.ana, .send("I'm noticing distance."))
        try s.act(s.ben, .send("Me too."))
        try s.act(s.ana, .rate(7))
        try s.act(s.ben, .rate(2))
        guard case .onBreak(let until) = s.state.status else { Issue.record("expected a break"); return }
        #expect(until == s.now.adding(seconds: 60))
        #expect(throws: RepairError.self) { try s.act(s.ana, .rate(2), after: 10) }
        try s.act(s.ana, .rate(4), after: 60)
        try s.act(s.ben, .rate(1))
        #expect(s.state.status != .active)
        try s.act(s.ana, .rate(3), after: 61)
        try s.act(s.ben, .rate(2))
        #expect(s.state.status == .active)
        #expect(s.stepID == "benefit-of-the-doubt")
    }

    @Test(
        "actions by the wrong person or in the wrong step are refused with a reason",
        arguments: [("ana", RepairAction.accept), ("ben", .rate(3)), ("ben", .confirm), ("ana", .send(""))]
    )
    func refusals(person: String, action: RepairAction) throws {
        var s = try SessionDriver()
        if person == "ana" && action == .send("") {
            try s.act(s.ben, .accept)
        }
        let before = s.state
        #expect {
            try s.act(UserID(person), action)
        } throws: { error in
            (error as? RepairError)?.message.isEmpty == false
        }
        #expect(s.state == before)
    }

    @Test("a stranger and a repeated or out-of-order sequence number are refused")
    func strangersAndOrdering() throws {
        let s = try SessionDriver()
        #expect(throws: RepairError.self) {
            try s.state.applying(RepairEvent(sequence: 2, actor: UserID("eve"), at: s.now, action: .accept))
        }
        #expect(throws: RepairError.self) {
            try s.state.applying(RepairEvent(sequence: 3, actor: s.ben, at: s.now, action: .accept))
        }
        #expect(throws: RepairError.self) {
            try s.state.applying(RepairEvent(sequence: 1, actor: s.ben, at: s.now, action: .accept))
        }
    }

    @Test("either partner may pause; only they can resume, and the step carries on")
    func pauseResume() throws {
        var s = try Self.atShare()
        try s.act(s.ben, .pause)
        #expect(s.state.status == .paused(by: s.ben))
        #expect(throws: RepairError.self) { try s.act(s.ana, .resume) }
        #expect(throws: RepairError.self) { try s.act(s.ana, .send("Hello?")) }
        try s.act(s.ben, .resume)
        #expect(s.state.status == .active)
        #expect(s.stepID == "share")
    }

    @Test("every shipped protocol can be completed and ends in an outcome", arguments: RepairProtocol.all.map(\.id))
    func protocolsComplete(id: String) throws {
        var s = try SessionDriver(protocolID: id)
        try s.act(s.ben, .accept)
        var guardCounter = 0
        while case .active = s.state.status, guardCounter < 200 {
            guardCounter += 1
            let step = try #require(s.state.currentStep)
            let person = s.state.waitingFor.first!
            switch step.input {
            case .rating: try s.act(person, .rate(1))
            case .confirmation: try s.act(person, .confirm)
            case .firstSpeaker: try s.act(person, .chooseFirstSpeaker(s.ana))
            case .message: try s.act(person, .send("words"))
            case .reflection:
                if s.state.awaitingAnswer {
                    try s.act(person, .answer(heard: true, clarification: nil))
                } else {
                    try s.act(person, .send("reflecting"))
                }
            case .choice(let options): try s.act(person, .choose(options[0]))
            case .commitments: try s.act(person, .commit(["one small thing"]))
            case .outcome: try s.act(person, .recordOutcome(.needsAnotherRound))
            }
        }
        #expect(
            s.state.status == .finished(.needsAnotherRound),
            "stuck at \(String(describing: s.state.currentStep?.id)) waiting for \(s.state.waitingFor)")
    }

    @Test("random action sequences never reach an invalid state, and replay always agrees")
    func randomSequences() throws {
        let random = SeededSecretGenerator(seed: 42)
        func pick(_ n: Int) -> Int { Int(random.randomBytes(count: 1)[0]) % n }
        for protocolID in RepairProtocol.all.map(\.id) {
            for _ in 0..<150 {
                var s = try SessionDriver(protocolID: protocolID, settings: RepairSettings(activationThreshold: 3, breakSeconds: 5))
                for _ in 0..<120 {
                    let person = [s.ana, s.ben, UserID("eve")][pick(3)]
                    let options = (s.state.currentStep.flatMap { if case .choice(let o) = $0.input { o } else { nil } }) ?? ["x"]
                    let actions: [RepairAction] = [
                        .accept, .rate(pick(12) - 1), .confirm, .chooseFirstSpeaker([s.ana, s.ben][pick(2)]),
                        .send(pick(5) == 0 ? " " : "words"),
                        .answer(heard: pick(3) > 0, clarification: "more"), .choose(options[pick(options.count)]), .commit(["a thing"]),
                        .recordOutcome([.repaired, .needsAnotherRound, .paused][pick(3)]), .pause, .resume,
                    ]
                    let before = s.state
                    do {
                        try s.act(person, actions[pick(actions.count)], after: Int64(pick(4)))
                    } catch {
                        #expect(s.state == before)
                        continue
                    }
                    // Invariants of every reachable state.
                    #expect(s.state.speaker != s.state.listener)
                    #expect(s.state.round == 0 || s.state.round == 1)
                    if case .finished = s.state.status {} else { #expect(s.state.repairProtocol.steps.indices.contains(s.state.stepIndex)) }
                    #expect(s.state.ratings.values.allSatisfy { (0...10).contains($0) })
                    #expect(s.state.done.isSubset(of: Set(s.state.participants)))
                    #expect(!s.state.awaitingAnswer || s.state.currentStep?.input == .reflection)
                }
                #expect(try RepairState.replay(s.events) == s.state)
            }
        }
    }

    /// A session at the share step with Ana speaking first.
    static func atShare() throws -> SessionDriver {
        var s = try SessionDriver()
        try s.act(s.ben, .accept)
        try s.act(s.ana, .send("I'm noticing distance."))
        try s.act(s.ben, .send("Me too."))
        try s.act(s.ana, .rate(1))
        try s.act(s.ben, .rate(1))
        try s.act(s.ana, .confirm)
        try s.act(s.ben, .confirm)
        try s.act(s.ana, .chooseFirstSpeaker(s.ana))
        try s.act(s.ben, .chooseFirstSpeaker(s.ana))
        return s
    }
}

@Suite("Repair actions on the wire")
struct RepairActionCodingTests {
    @Test(
        "every action round-trips through its flat JSON form",
        arguments: [
            RepairAction.start(topic: "t", protocolID: "mend-nine-step", settings: RepairSettings(), partner: UserID("b")), .accept,
            .rate(4),
            .confirm, .chooseFirstSpeaker(UserID("a")), .send("hi \"there\""), .answer(heard: false, clarification: "more"),
            .answer(heard: true, clarification: nil), .choose("A hug"), .commit(["x", "y"]), .recordOutcome(.repaired), .pause, .resume,
        ]
    )
    func roundTrip(action: RepairAction) throws {
        let data = try JSONEncoder().encode(action)
        #expect(try JSONDecoder().decode(RepairAction.self, from: data) == action)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["type"] as? String == action.typeName)
    }
}
