import MendCore
import MendStorage
import MendTestSupport
import Testing

@Suite("Session and login-attempt storage contract")
struct SessionAndAttemptStorageTests {
    @Test("a session finds its account until it expires", arguments: TestBackend.available)
    func sessionExpiry(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let account = Fixtures.account(1)
            try await storage.accounts.create(account)
            try await storage.sessions.create(
                token: "t1", userID: account.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 60))
            #expect(try await storage.sessions.account(forToken: "t1", now: Fixtures.t0.adding(seconds: 59))?.id == account.id)
            #expect(try await storage.sessions.account(forToken: "t1", now: Fixtures.t0.adding(seconds: 60)) == nil)
            #expect(try await storage.sessions.account(forToken: "t2", now: Fixtures.t0) == nil)
        }
    }

    @Test("session tokens are stored only as hashes", arguments: TestBackend.available)
    func tokensHashed(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let account = Fixtures.account(1)
            try await storage.accounts.create(account)
            let token = "f00dfeedcafe1234f00dfeedcafe1234f00dfeedcafe1234f00dfeedcafe1234"
            try await storage.sessions.create(
                token: token, userID: account.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 60))
            #expect(!(try await allStoredText(test)).contains(token))
        }
    }

    @Test("signing out everywhere keeps only the current session", arguments: TestBackend.available)
    func deleteAllButOne(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let account = Fixtures.account(1)
            try await storage.accounts.create(account)
            for token in ["a", "b", "c"] {
                try await storage.sessions.create(
                    token: token, userID: account.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 60))
            }
            try await storage.sessions.deleteAll(userID: account.id, keeping: "b")
            #expect(try await storage.sessions.account(forToken: "a", now: Fixtures.t0) == nil)
            #expect(try await storage.sessions.account(forToken: "b", now: Fixtures.t0) != nil)
            try await storage.sessions.delete(token: "b")
            #expect(try await storage.sessions.account(forToken: "b", now: Fixtures.t0) == nil)
        }
    }

    @Test("failed sign-ins are counted in a window, cleared and pruned", arguments: TestBackend.available)
    func loginAttempts(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let attempts = Storage(test).loginAttempts
            for second in 0..<4 {
                try await attempts.recordFailure(key: "k", at: Fixtures.t0.adding(seconds: Int64(second)))
            }
            try await attempts.recordFailure(key: "other", at: Fixtures.t0.adding(seconds: 5))
            #expect(try await attempts.failureCount(key: "k", since: Fixtures.t0.adding(seconds: 1)) == 2)
            #expect(try await attempts.failureCount(key: "k", since: Fixtures.t0.adding(seconds: -1)) == 4)
            try await attempts.prune(before: Fixtures.t0.adding(seconds: 2))
            #expect(try await attempts.failureCount(key: "k", since: Fixtures.t0.adding(seconds: -1)) == 2)
            try await attempts.clear(key: "k")
            #expect(try await attempts.failureCount(key: "k", since: Fixtures.t0.adding(seconds: -1)) == 0)
            #expect(try await attempts.failureCount(key: "other", since: Fixtures.t0.adding(seconds: -1)) == 1)
        }
    }
}

@Suite("Housekeeping in storage")
struct HousekeepingStorageTests {
    @Test("expired sessions and expired unused invites are removed; live ones stay", arguments: TestBackend.available)
    func expiredRemoved(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let alice = Fixtures.account(1)
            try await storage.accounts.create(alice)
            try await storage.sessions.create(
                token: "old", userID: alice.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 10))
            try await storage.sessions.create(
                token: "new", userID: alice.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 100))
            let stale = Fixtures.invite(1)
            try await storage.couples.create(
                id: CoupleID("c1"), by: alice.id, at: Fixtures.t0, invite: stale, inviteExpiresAt: Fixtures.t0.adding(seconds: 10))
            let fresh = Fixtures.invite(2)
            try await storage.couples.addInvite(
                for: CoupleID("c1"), by: alice.id, invite: fresh, at: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 100))
            let now = Fixtures.t0.adding(seconds: 50)
            try await storage.sessions.deleteExpired(now: now)
            try await storage.couples.deleteExpiredInvites(now: now)
            #expect(try await rowCount(test, table: "auth_sessions", column: "user_id", value: alice.id.rawValue) == 1)
            #expect(try await rowCount(test, table: "invites", column: "couple_id", value: "c1") == 1)
        }
    }
}
