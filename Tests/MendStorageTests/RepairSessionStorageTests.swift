import MendCore
import MendStorage
import MendTestSupport
import Testing

@Suite("Repair session storage contract")
struct RepairSessionStorageTests {
    static let ana = UserID("user-1")
    static let ben = UserID("user-2")

    /// Given a couple and a started session "s1".
    private func givenSession(_ test: TestDatabase) async throws -> Storage {
        let storage = Storage(test)
        try await storage.accounts.create(Fixtures.account(1))
        try await storage.accounts.create(Fixtures.account(2))
        let invite = Fixtures.invite(1)
        try await storage.couples.create(
            id: CoupleID("c1"), by: Self.ana, at: Fixtures.t0, invite: invite, inviteExpiresAt: Fixtures.t0.adding(seconds: 60))
        _ = try await storage.couples.join(userID: Self.ben, invite: invite, at: Fixtures.t0)
        let start = RepairEvent(
            sequence: 1, actor: Self.ana, at: Fixtures.t0,
            action: .start(topic: "Saturday's plans", protocolID: "mend-nine-step", settings: RepairSettings(), partner: Self.ben)
        )
        try await storage.repairSessions.create(id: "s1", coupleID: CoupleID("c1"), topic: "Saturday's plans", start: start)
        return storage
    }

    @Test("events append in order and read back exactly, after any sequence", arguments: TestBackend.available)
    func appendAndRead(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            let second = RepairEvent(sequence: 2, actor: Self.ben, at: Fixtures.t0.adding(seconds: 1), action: .accept)
            let third = RepairEvent(
                sequence: 3, actor: Self.ana, at: Fixtures.t0.adding(seconds: 2), action: .send("I'm noticing tension 🌧️ <b>"))
            try await storage.repairSessions.append(second, to: "s1")
            try await storage.repairSessions.append(third, to: "s1")
            let all = try await storage.repairSessions.events(of: "s1", after: 0)
            #expect(all.map(\.sequence) == [1, 2, 3])
            #expect(all.last == third)
            #expect(try await storage.repairSessions.events(of: "s1", after: 2) == [third])
            #expect(try await storage.repairSessions.events(of: "s1", after: 3).isEmpty)
            let summary = try #require(try await storage.repairSessions.session(id: "s1"))
            #expect(summary.topic == "Saturday's plans")
            #expect(summary.lastSequence == 3)
            #expect(try await storage.repairSessions.sessions(of: CoupleID("c1")).map(\.id) == ["s1"])
        }
    }

    @Test("a taken or skipped sequence number is a conflict and changes nothing", arguments: TestBackend.available)
    func conflicts(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            try await storage.repairSessions.append(RepairEvent(sequence: 2, actor: Self.ben, at: Fixtures.t0, action: .accept), to: "s1")
            await #expect(throws: RepairSessionConflict.self) {
                try await storage.repairSessions.append(
                    RepairEvent(sequence: 2, actor: Self.ana, at: Fixtures.t0, action: .pause), to: "s1")
            }
            await #expect(throws: RepairSessionConflict.self) {
                try await storage.repairSessions.append(
                    RepairEvent(sequence: 4, actor: Self.ana, at: Fixtures.t0, action: .pause), to: "s1")
            }
            #expect(
                try await storage.repairSessions.events(of: "s1", after: 0).map(\.action) == [
                    .start(topic: "Saturday's plans", protocolID: "mend-nine-step", settings: RepairSettings(), partner: Self.ben), .accept,
                ])
        }
    }

    @Test("concurrent appends of the same sequence: exactly one wins", arguments: TestBackend.available)
    func racingAppends(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            let wins = await withTaskGroup(of: Bool.self) { group in
                for n in 0..<6 {
                    group.addTask {
                        let event = RepairEvent(sequence: 2, actor: Self.ben, at: Fixtures.t0, action: .send("attempt \(n)"))
                        return (try? await storage.repairSessions.append(event, to: "s1")) != nil
                    }
                }
                return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
            }
            #expect(wins == 1)
            #expect(try await storage.repairSessions.events(of: "s1", after: 0).count == 2)
        }
    }

    @Test(
        "two instances, each with its own state cache, take turns and race without losing or repeating an event",
        arguments: TestBackend.available)
    func twoInstances(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            let clock = FakeClock()
            func instance() -> RepairService {
                RepairService(
                    sessions: storage.repairSessions, couples: storage.couples, clock: clock, ids: SequentialIDGenerator(),
                    gate: JointGate(accounts: storage.accounts))
            }
            let one = instance()
            let two = instance()
            #expect(try await one.state(of: "s1", for: Self.ana).1.lastSequence == 1)
            #expect(try await two.act(.accept, in: "s1", by: Self.ben).1.sequence == 2)
            // One's cached state is a step behind the log: the action still lands after the accept.
            let paused = try await one.act(.pause, in: "s1", by: Self.ana)
            #expect(paused.1.sequence == 3)
            #expect(paused.2.status == .paused(by: Self.ana))
            // Two last saw the session active; the refusal must come from the log as it is now (paused by Ana).
            let refusal = await #expect(throws: RepairError.self) { try await two.act(.resume, in: "s1", by: Self.ben) }
            #expect(refusal?.code == "paused")
            #expect(try await one.act(.resume, in: "s1", by: Self.ana).2.status == .active)

            // Both pause at the same moment on different instances: one wins, the other reloads and is refused.
            func pauses(_ service: RepairService, by userID: UserID) async -> Bool {
                (try? await service.act(.pause, in: "s1", by: userID)) != nil
            }
            async let anaPaused = pauses(one, by: Self.ana)
            async let benPaused = pauses(two, by: Self.ben)
            let wins = [await anaPaused, await benPaused].filter { $0 }.count
            #expect(wins == 1)
            let events = try await storage.repairSessions.events(of: "s1", after: 0)
            #expect(events.map(\.sequence) == Array(1...5))
            let seenByOne = try await one.state(of: "s1", for: Self.ben).1
            let seenByTwo = try await two.state(of: "s1", for: Self.ana).1
            #expect(seenByOne == seenByTwo)
            #expect(seenByOne == (try RepairState.replay(events)))
        }
    }

    @Test("on PostgreSQL an append notifies other instances with the event, sealed; a long one with the session alone")
    func notifications() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        try await TestDatabase.with(.postgres) { test in
            let storage = try await givenSession(test)
            // The channel is shared by every schema in the database: a session id of its own.
            let sessionID = "live-\(UInt64.random(in: 0...UInt64.max))"
            let start = RepairEvent(
                sequence: 1, actor: Self.ana, at: Fixtures.t0,
                action: .start(topic: "Plans", protocolID: "mend-nine-step", settings: RepairSettings(), partner: Self.ben))
            try await storage.repairSessions.create(id: sessionID, coupleID: CoupleID("c1"), topic: "Plans", start: start)
            let (payloads, continuation) = AsyncStream<String>.makeStream()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await test.database.listen { payload in
                        if payload.hasPrefix(sessionID) { continuation.yield(payload) }
                    }
                }
                try await Task.sleep(for: .milliseconds(300))  // the LISTEN is in place
                let words = "I felt unseen at Wilhelmina's party"
                let sent = RepairEvent(sequence: 2, actor: Self.ben, at: Fixtures.t0.adding(seconds: 5), action: .send(words))
                try await storage.repairSessions.append(sent, to: sessionID)
                let long = RepairEvent(
                    sequence: 3, actor: Self.ana, at: Fixtures.t0.adding(seconds: 6),
                    action: .send(String(repeating: "long words ", count: 900)))
                try await storage.repairSessions.append(long, to: sessionID)
                var iterator = payloads.makeAsyncIterator()
                let first = try #require(await iterator.next())
                #expect(!first.contains("Wilhelmina"))
                let read = storage.liveNotifications.read(first)
                #expect(read.sessionID == sessionID)
                #expect(read.event == sent)
                let second = try #require(await iterator.next())
                #expect(second == sessionID)
                #expect(storage.liveNotifications.read(second).event == nil)
                // A notification whose sealed payload is moved to another place does not open.
                var lines = first.split(separator: "\n").map(String.init)
                lines[1] = "7"
                #expect(storage.liveNotifications.read(lines.joined(separator: "\n")).event == nil)
                group.cancelAll()
            }
        }
    }

    @Test("what people write in a session is never stored in the clear", arguments: TestBackend.available)
    func sealed(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            let words = "I felt completely unseen at grandmother Wilhelmina's birthday"
            try await storage.repairSessions.append(RepairEvent(sequence: 2, actor: Self.ben, at: Fixtures.t0, action: .accept), to: "s1")
            try await storage.repairSessions.append(
                RepairEvent(sequence: 3, actor: Self.ana, at: Fixtures.t0, action: .send(words)), to: "s1")
            let stored = try await allStoredText(test)
            #expect(!stored.contains("Wilhelmina"))
            #expect(!stored.contains("Saturday's plans"))
        }
    }

    @Test("a couple's repair settings are stored with the space", arguments: TestBackend.available)
    func settings(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenSession(test)
            #expect(try await storage.couples.couple(of: Self.ana)?.repairSettings == RepairSettings())
            try await storage.couples.updateRepairSettings(RepairSettings(activationThreshold: 5, breakSeconds: 900), for: CoupleID("c1"))
            #expect(
                try await storage.couples.couple(of: Self.ben)?.repairSettings == RepairSettings(activationThreshold: 5, breakSeconds: 900))
        }
    }
}
