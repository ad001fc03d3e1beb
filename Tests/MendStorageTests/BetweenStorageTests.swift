import MendCore
import MendStorage
import MendTestSupport
import Testing

@Suite("Between-conversations storage contract")
struct BetweenStorageTests {
    static let ana = UserID("user-1")
    static let ben = UserID("user-2")
    static let cal = UserID("user-3")
    static let couple = CoupleID("c1")

    /// Ana and Ben share space c1; Cal is on his own.
    private func givenCouple(_ test: TestDatabase) async throws -> Storage {
        let storage = Storage(test)
        for n in 1...3 { try await storage.accounts.create(Fixtures.account(n)) }
        let invite = Fixtures.invite(1)
        try await storage.couples.create(
            id: Self.couple, by: Self.ana, at: Fixtures.t0, invite: invite, inviteExpiresAt: Fixtures.t0.adding(seconds: 60))
        _ = try await storage.couples.join(userID: Self.ben, invite: invite, at: Fixtures.t0)
        return storage
    }

    static func rupture(
        _ id: String, by author: UserID, shared: Bool, coupleID: CoupleID? = couple, text: String? = nil, minutes: Int64 = 0
    )
        -> Rupture
    {
        Rupture(
            id: id, authorID: author, coupleID: coupleID, whatHappened: text ?? "What happened in \(id) <b>'; DROP TABLE ruptures;--",
            intensity: 7, feelings: [.hurt, .lonely], feelingsNote: "note \(id) 💔", happenedAt: Fixtures.t0.adding(seconds: minutes * 60),
            createdAt: Fixtures.t0.adding(seconds: minutes * 60), isShared: shared)
    }

    @Test(
        "a person reads their own ruptures and the ones shared in their space, never a partner's private one",
        arguments: TestBackend.available)
    func ruptureVisibility(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            try await storage.ruptures.insert(Self.rupture("a-private", by: Self.ana, shared: false, minutes: 1))
            try await storage.ruptures.insert(Self.rupture("a-shared", by: Self.ana, shared: true, minutes: 2))
            try await storage.ruptures.insert(Self.rupture("b-private", by: Self.ben, shared: false, minutes: 3))
            try await storage.ruptures.insert(Self.rupture("c-own", by: Self.cal, shared: true, coupleID: nil, minutes: 4))
            #expect(try await storage.ruptures.ruptures(visibleTo: Self.ana, in: Self.couple).map(\.id) == ["a-shared", "a-private"])
            #expect(try await storage.ruptures.ruptures(visibleTo: Self.ben, in: Self.couple).map(\.id) == ["b-private", "a-shared"])
            #expect(try await storage.ruptures.ruptures(visibleTo: Self.cal, in: nil).map(\.id) == ["c-own"])
            let read = try #require(try await storage.ruptures.rupture(id: "a-shared"))
            #expect(read == Self.rupture("a-shared", by: Self.ana, shared: true, minutes: 2))
        }
    }

    @Test("a rupture's state, reflection and session link round-trip, and it can be deleted", arguments: TestBackend.available)
    func ruptureUpdates(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            var rupture = Self.rupture("r1", by: Self.ana, shared: false)
            try await storage.ruptures.insert(rupture)
            rupture.isShared = true
            rupture.state = .letGo
            rupture.letGoReflection = "It was a hard week for both of us."
            rupture.settledAt = Fixtures.t0.adding(seconds: 99)
            rupture.sessionID = "s9"
            try await storage.ruptures.update(rupture)
            #expect(try await storage.ruptures.rupture(id: "r1") == rupture)
            #expect(try await storage.ruptures.rupture(linkedTo: "s9")?.id == "r1")
            try await storage.ruptures.delete(id: "r1")
            #expect(try await storage.ruptures.rupture(id: "r1") == nil)
        }
    }

    @Test("check-ins read back per person, and the couple's totals carry no answers or notes", arguments: TestBackend.available)
    func checkIns(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            var answers: [WarningSign: Int] = [:]
            for (index, sign) in WarningSign.allCases.enumerated() { answers[sign] = index % 5 }
            let first = CheckIn(id: "k1", userID: Self.ana, coupleID: Self.couple, at: Fixtures.t0, answers: answers, note: "tired")
            let second = CheckIn(
                id: "k2", userID: Self.ben, coupleID: Self.couple, at: Fixtures.t0.adding(seconds: 5), answers: answers, note: "")
            let old = CheckIn(id: "k0", userID: Self.ana, coupleID: nil, at: Fixtures.t0.adding(seconds: -5000), answers: answers, note: "")
            for checkIn in [first, second, old] { try await storage.checkIns.insert(checkIn) }
            #expect(try await storage.checkIns.checkIns(of: Self.ana, since: Fixtures.t0) == [first])
            #expect(try await storage.checkIns.checkIns(of: Self.ana, since: Fixtures.t0.adding(seconds: -9000)) == [old, first])
            let totals = try await storage.checkIns.totals(in: Self.couple, since: Fixtures.t0.adding(seconds: -9000))
            #expect(totals.map(\.userID) == [Self.ana, Self.ben])
            #expect(totals.map(\.total) == [first.total, second.total])
        }
    }

    @Test("a day's mark replaces the earlier one; marks and retirement read back", arguments: TestBackend.available)
    func commitments(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            let commitment = Commitment(
                id: "m1", coupleID: Self.couple, ownerID: Self.ana, text: "I'll text when I leave work", createdAt: Fixtures.t0)
            try await storage.commitments.insert(commitment)
            try await storage.commitments.mark(
                CommitmentMark(commitmentID: "m1", day: 100, kept: false, markedBy: Self.ben, at: Fixtures.t0))
            try await storage.commitments.mark(
                CommitmentMark(commitmentID: "m1", day: 100, kept: true, markedBy: Self.ben, at: Fixtures.t0))
            try await storage.commitments.mark(
                CommitmentMark(commitmentID: "m1", day: 101, kept: false, markedBy: Self.ben, at: Fixtures.t0))
            let marks = try await storage.commitments.marks(in: Self.couple, sinceDay: 0)
            #expect(marks.map(\.day) == [100, 101])
            #expect(marks.map(\.kept) == [true, false])
            #expect(try await storage.commitments.marks(in: Self.couple, sinceDay: 101).count == 1)
            try await storage.commitments.end(id: "m1", at: Fixtures.t0.adding(seconds: 7))
            #expect(try await storage.commitments.commitment(id: "m1")?.endedAt == Fixtures.t0.adding(seconds: 7))
            #expect(try await storage.commitments.commitments(in: Self.couple).map(\.text) == [commitment.text])
        }
    }

    @Test("patterns and phrases filter to shared ones for the partner", arguments: TestBackend.available)
    func profiles(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            let quiet = ProtectivePattern(
                id: "p1", userID: Self.ana, kind: .withdrawing, name: "Going quiet", origin: "A loud house",
                responsibility: "I leave you alone with it",
                isShared: false, createdAt: Fixtures.t0)
            var joke = quiet
            joke.id = "p2"
            joke.kind = .jokingItAway
            joke.isShared = true
            try await storage.profiles.insert(quiet)
            try await storage.profiles.insert(joke)
            try await storage.profiles.insert(
                RepairPhrase(id: "f1", userID: Self.ana, text: "Can we start again?", isShared: true, createdAt: Fixtures.t0))
            #expect(try await storage.profiles.patterns(of: Self.ana, sharedOnly: false).map(\.id) == ["p1", "p2"])
            #expect(try await storage.profiles.patterns(of: Self.ana, sharedOnly: true).map(\.id) == ["p2"])
            var edited = quiet
            edited.origin = "Changed"
            edited.isShared = true
            try await storage.profiles.update(edited)
            #expect(try await storage.profiles.pattern(id: "p1") == edited)
            try await storage.profiles.deletePattern(id: "p2")
            #expect(try await storage.profiles.patterns(of: Self.ana, sharedOnly: true).map(\.id) == ["p1"])
            #expect(try await storage.profiles.phrases(of: Self.ana, sharedOnly: true).map(\.text) == ["Can we start again?"])
            try await storage.profiles.deletePhrase(id: "f1")
            #expect(try await storage.profiles.phrases(of: Self.ana, sharedOnly: false).isEmpty)
        }
    }

    @Test("appreciations list newest first and count per author", arguments: TestBackend.available)
    func appreciations(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            for (n, author) in [Self.ana, Self.ben, Self.ben].enumerated() {
                try await storage.appreciations.insert(
                    Appreciation(
                        id: "t\(n)", coupleID: Self.couple, authorID: author, text: "Thanks \(n)",
                        createdAt: Fixtures.t0.adding(seconds: Int64(n))))
            }
            #expect(try await storage.appreciations.appreciations(in: Self.couple, limit: 2).map(\.id) == ["t2", "t1"])
            #expect(try await storage.appreciations.counts(in: Self.couple, since: Fixtures.t0) == [Self.ana: 1, Self.ben: 2])
            #expect(try await storage.appreciations.counts(in: Self.couple, since: Fixtures.t0.adding(seconds: 2)) == [Self.ben: 1])
        }
    }

    @Test("no free text from between conversations is stored in plaintext", arguments: TestBackend.available)
    func sealed(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            let marker = "zebra-umbrella"
            var rupture = Self.rupture("r1", by: Self.ana, shared: true, text: "\(marker) what")
            rupture.feelingsNote = "\(marker) feelings"
            try await storage.ruptures.insert(rupture)
            rupture.letGoReflection = "\(marker) reflection"
            try await storage.ruptures.update(rupture)
            try await storage.checkIns.insert(
                CheckIn(id: "k", userID: Self.ana, coupleID: Self.couple, at: Fixtures.t0, answers: [:], note: "\(marker) note"))
            try await storage.commitments.insert(
                Commitment(id: "m", coupleID: Self.couple, ownerID: Self.ana, text: "\(marker) commitment", createdAt: Fixtures.t0))
            try await storage.profiles.insert(
                ProtectivePattern(
                    id: "p", userID: Self.ana, kind: .other, name: "\(marker) name", origin: "\(marker) origin",
                    responsibility: "\(marker) own",
                    isShared: false, createdAt: Fixtures.t0))
            try await storage.profiles.insert(
                RepairPhrase(id: "f", userID: Self.ana, text: "\(marker) phrase", isShared: false, createdAt: Fixtures.t0))
            try await storage.appreciations.insert(
                Appreciation(id: "t", coupleID: Self.couple, authorID: Self.ben, text: "\(marker) thanks", createdAt: Fixtures.t0))
            let stored = try await allStoredText(test)
            #expect(!stored.contains(marker))
            #expect(try await storage.ruptures.rupture(id: "r1")?.letGoReflection == "\(marker) reflection")
        }
    }

    @Test("deleting an account removes its private entries with it", arguments: TestBackend.available)
    func cascade(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = try await givenCouple(test)
            try await storage.ruptures.insert(Self.rupture("r1", by: Self.ana, shared: false))
            try await storage.checkIns.insert(
                CheckIn(id: "k", userID: Self.ana, coupleID: Self.couple, at: Fixtures.t0, answers: [:], note: ""))
            try await storage.profiles.insert(
                RepairPhrase(id: "f", userID: Self.ana, text: "phrase", isShared: false, createdAt: Fixtures.t0))
            try await storage.accounts.delete(id: Self.ana)
            #expect(try await storage.ruptures.rupture(id: "r1") == nil)
            #expect(try await storage.checkIns.checkIns(of: Self.ana, since: Timestamp(millisecondsSinceEpoch: 0)).isEmpty)
            #expect(try await storage.profiles.phrase(id: "f") == nil)
        }
    }

    @Test("seeded couples read back through the repositories like data people wrote", arguments: TestBackend.available)
    func seeder(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let seeder = DemoSeeder(database: test.database, sealer: test.sealer)
            try await seeder.seed(couples: 0..<3, now: Fixtures.t0, passwordHash: "$2b$04$seeded") { _ in }
            try await seeder.seed(couples: 3..<4, now: Fixtures.t0, passwordHash: "$2b$04$seeded") { _ in }
            let ana = UserID("seed-u-3-a")
            #expect(try await storage.accounts.find(email: DemoSeeder.email(couple: 3, partner: 0))?.id == ana)
            let couple = try #require(try await storage.couples.couple(of: ana))
            #expect(couple.partners.map(\.id) == [ana, UserID("seed-u-3-b")])
            let visible = try await storage.ruptures.ruptures(visibleTo: ana, in: couple.id)
            #expect(visible.count == 4)  // her three, and the one her partner shared
            #expect(visible.allSatisfy { !$0.whatHappened.isEmpty })
            #expect(try await storage.checkIns.checkIns(of: ana, since: Timestamp(millisecondsSinceEpoch: 0)).count == 6)
            #expect(try await storage.commitments.commitments(in: couple.id).count == 2)
            #expect(try await storage.commitments.marks(in: couple.id, sinceDay: 0).count == 14)
            #expect(try await storage.profiles.patterns(of: ana, sharedOnly: true).count == 1)
            #expect(
                try await storage.appreciations.counts(in: couple.id, since: Timestamp(millisecondsSinceEpoch: 0)).values.reduce(0, +) == 6)
            #expect(try await rowCount(test, table: "memberships", column: "couple_id", value: "seed-c-0") == 2)
        }
    }
}
