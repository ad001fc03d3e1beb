import MendCore
import MendStorage
import MendTestSupport
import SQLKit
import Testing

@Suite("Couple storage contract")
struct CoupleStorageTests {
    /// Given two accounts and a space created by the first, with an invite valid for ten minutes.
    private func givenSpace(_ storage: Storage, invite: InviteCode = Fixtures.invite(1)) async throws -> (Account, Account) {
        let alice = Fixtures.account(1)
        let bob = Fixtures.account(2)
        try await storage.accounts.create(alice)
        try await storage.accounts.create(bob)
        try await storage.couples.create(
            id: CoupleID("c1"), by: alice.id, at: Fixtures.t0, invite: invite, inviteExpiresAt: Fixtures.t0.adding(seconds: 600)
        )
        return (alice, bob)
    }

    @Test("the partner joins with the invite and both see the space", arguments: TestBackend.available)
    func join(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let invite = Fixtures.invite(1)
            let (alice, bob) = try await givenSpace(storage, invite: invite)
            let joined = try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0.adding(seconds: 1))
            #expect(joined == CoupleID("c1"))
            let seenByAlice = try await storage.couples.couple(of: alice.id)
            let seenByBob = try await storage.couples.couple(of: bob.id)
            #expect(seenByAlice == seenByBob)
            #expect(
                seenByAlice?.partners == [Partner(id: alice.id, displayName: "Person 1"), Partner(id: bob.id, displayName: "Person 2")])
        }
    }

    @Test("an invite works only once", arguments: TestBackend.available)
    func singleUse(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let invite = Fixtures.invite(1)
            let (alice, bob) = try await givenSpace(storage, invite: invite)
            _ = try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0)
            try await storage.couples.leave(userID: bob.id, at: Fixtures.t0)
            await #expect(throws: MendError.invalidInvite) {
                try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0)
            }
            #expect(try await storage.couples.couple(of: alice.id)?.partners.count == 1)
        }
    }

    @Test("an expired invite is refused", arguments: TestBackend.available)
    func expired(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let invite = Fixtures.invite(1)
            let (_, bob) = try await givenSpace(storage, invite: invite)
            await #expect(throws: MendError.invalidInvite) {
                try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0.adding(seconds: 600))
            }
            #expect(try await storage.couples.couple(of: bob.id) == nil)
        }
    }

    @Test("an unknown invite is refused", arguments: TestBackend.available)
    func unknown(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let (_, bob) = try await givenSpace(storage)
            await #expect(throws: MendError.invalidInvite) {
                try await storage.couples.join(userID: bob.id, invite: Fixtures.invite(99), at: Fixtures.t0)
            }
        }
    }

    @Test("a third person cannot join a full space", arguments: TestBackend.available)
    func full(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let first = Fixtures.invite(1)
            let (alice, bob) = try await givenSpace(storage, invite: first)
            // Two codes handed out: the partner uses the first, a third person tries the second.
            let second = Fixtures.invite(2)
            try await storage.couples.addInvite(
                for: CoupleID("c1"), by: alice.id, invite: second, at: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 600))
            _ = try await storage.couples.join(userID: bob.id, invite: first, at: Fixtures.t0)
            let carol = Fixtures.account(3)
            try await storage.accounts.create(carol)
            await #expect(throws: MendError.conflict(code: "couple_full", message: "That space already has two partners in it.")) {
                try await storage.couples.join(userID: carol.id, invite: second, at: Fixtures.t0)
            }
            #expect(try await storage.couples.couple(of: carol.id) == nil)
        }
    }

    @Test("two people racing for the last place: exactly one gets it", arguments: TestBackend.available)
    func race(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let alice = Fixtures.account(1)
            try await storage.accounts.create(alice)
            try await storage.couples.create(
                id: CoupleID("c1"), by: alice.id, at: Fixtures.t0, invite: Fixtures.invite(1),
                inviteExpiresAt: Fixtures.t0.adding(seconds: 600)
            )
            var invites: [InviteCode] = []
            for n in 2...9 {
                try await storage.accounts.create(Fixtures.account(n))
                let invite = Fixtures.invite(UInt64(n) * 100)
                invites.append(invite)
                try await test.database.withSQL { sql in
                    try await sql.insert(into: "invites").columns("code_hash", "couple_id", "created_by", "created_at", "expires_at")
                        .values(
                            SQLBind(test.sealer.index(invite.canonical, purpose: "invite")), SQLBind("c1"), SQLBind(alice.id.rawValue),
                            SQLBind(Fixtures.t0.millisecondsSinceEpoch), SQLBind(Fixtures.t0.adding(seconds: 600).millisecondsSinceEpoch)
                        ).run()
                }
            }
            let results = await withTaskGroup(of: Bool.self) { group in
                for (offset, invite) in invites.enumerated() {
                    group.addTask {
                        (try? await storage.couples.join(userID: UserID("user-\(offset + 2)"), invite: invite, at: Fixtures.t0)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
            #expect(try await storage.couples.couple(of: alice.id)?.partners.count == 2)
        }
    }

    @Test("a person in a space cannot create or join another", arguments: TestBackend.available)
    func onlyOneSpace(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let (alice, _) = try await givenSpace(storage)
            let dave = Fixtures.account(4)
            try await storage.accounts.create(dave)
            let davesInvite = Fixtures.invite(4)
            try await storage.couples.create(
                id: CoupleID("c2"), by: dave.id, at: Fixtures.t0, invite: davesInvite, inviteExpiresAt: Fixtures.t0.adding(seconds: 600))
            await #expect(throws: MendError.self) {
                try await storage.couples.create(
                    id: CoupleID("c3"), by: alice.id, at: Fixtures.t0, invite: Fixtures.invite(5), inviteExpiresAt: Fixtures.t0)
            }
            await #expect(
                throws: MendError.conflict(
                    code: "already_in_couple", message: "You're already in a couple space. Leave it first to join another.")
            ) {
                try await storage.couples.join(userID: alice.id, invite: davesInvite, at: Fixtures.t0)
            }
            #expect(try await storage.couples.couple(of: alice.id)?.id == CoupleID("c1"))
        }
    }

    @Test("the space is deleted when the last partner leaves", arguments: TestBackend.available)
    func leaveDeletesEmptySpace(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let invite = Fixtures.invite(1)
            let (alice, bob) = try await givenSpace(storage, invite: invite)
            _ = try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0)
            let spare = Fixtures.invite(7)
            try await storage.couples.addInvite(
                for: CoupleID("c1"), by: bob.id, invite: spare, at: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 600))
            try await storage.couples.leave(userID: alice.id, at: Fixtures.t0)
            #expect(try await storage.couples.couple(of: bob.id)?.partners.map(\.id) == [bob.id])
            // Leaving withdraws unused codes: the spare no longer reopens the space.
            await #expect(throws: MendError.invalidInvite) {
                try await storage.couples.join(userID: alice.id, invite: spare, at: Fixtures.t0)
            }
            try await storage.couples.leave(userID: bob.id, at: Fixtures.t0)
            #expect(try await rowCount(test, table: "couples", column: "id", value: "c1") == 0)
            #expect(try await rowCount(test, table: "invites", column: "couple_id", value: "c1") == 0)
            await #expect(throws: MendError.notFound) { try await storage.couples.leave(userID: bob.id, at: Fixtures.t0) }
        }
    }
}
