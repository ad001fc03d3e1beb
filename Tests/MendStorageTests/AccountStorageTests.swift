import MendCore
import MendStorage
import MendTestSupport
import Testing

@Suite("Account storage contract")
struct AccountStorageTests {
    @Test("an account round-trips with its email and display name", arguments: TestBackend.available)
    func roundTrip(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let account = Fixtures.account(1, name: "Ana <b>&</b> 'Bo' 🌿")
            try await storage.accounts.create(account)
            #expect(try await storage.accounts.find(id: account.id) == account)
            #expect(try await storage.accounts.find(email: account.email) == account)
            #expect(try await storage.accounts.find(email: "nobody@example.com") == nil)
            #expect(try await storage.accounts.find(id: UserID("missing")) == nil)
        }
    }

    @Test("a second account with the same email is a conflict", arguments: TestBackend.available)
    func duplicateEmail(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            try await storage.accounts.create(Fixtures.account(1, email: "same@example.com"))
            await #expect(
                throws: MendError.conflict(
                    code: "email_taken", message: "There's already an account with that email. Try logging in instead.")
            ) {
                try await storage.accounts.create(Fixtures.account(2, email: "same@example.com"))
            }
            #expect(try await storage.accounts.find(id: UserID("user-2")) == nil)
        }
    }

    @Test("text that looks like SQL is stored literally", arguments: TestBackend.available)
    func sqlLikeText(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let name = "Robert'); DROP TABLE accounts;--"
            try await storage.accounts.create(Fixtures.account(1, name: name))
            try await storage.accounts.create(Fixtures.account(2))
            #expect(try await storage.accounts.find(id: UserID("user-1"))?.displayName == name)
            #expect(try await storage.accounts.find(id: UserID("user-2")) != nil)
        }
    }

    @Test("changing the password hash keeps everything else", arguments: TestBackend.available)
    func updatePassword(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            var account = Fixtures.account(1)
            try await storage.accounts.create(account)
            try await storage.accounts.updatePasswordHash("$2b$04$new", for: account.id)
            account.passwordHash = "$2b$04$new"
            #expect(try await storage.accounts.find(id: account.id) == account)
        }
    }

    @Test("deleting an account removes its sessions, membership and login failures", arguments: TestBackend.available)
    func deleteCascades(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { test in
            let storage = Storage(test)
            let alice = Fixtures.account(1)
            let bob = Fixtures.account(2)
            try await storage.accounts.create(alice)
            try await storage.accounts.create(bob)
            try await storage.sessions.create(
                token: "alice-token", userID: alice.id, createdAt: Fixtures.t0, expiresAt: Fixtures.t0.adding(seconds: 60))
            let invite = Fixtures.invite(1)
            try await storage.couples.create(
                id: CoupleID("c1"), by: alice.id, at: Fixtures.t0, invite: invite, inviteExpiresAt: Fixtures.t0.adding(seconds: 600)
            )
            _ = try await storage.couples.join(userID: bob.id, invite: invite, at: Fixtures.t0)
            try await storage.loginAttempts.recordFailure(key: "account:\(alice.email)", at: Fixtures.t0)

            try await storage.accounts.delete(id: alice.id)

            #expect(try await storage.accounts.find(id: alice.id) == nil)
            #expect(try await storage.sessions.account(forToken: "alice-token", now: Fixtures.t0) == nil)
            #expect(
                try await storage.loginAttempts.failureCount(key: "account:\(alice.email)", since: Fixtures.t0.adding(seconds: -1)) == 0)
            let couple = try await storage.couples.couple(of: bob.id)
            #expect(couple?.partners.map(\.id) == [bob.id])
            for table in ["auth_sessions", "memberships", "invites"] {
                #expect(
                    try await rowCount(test, table: table, column: table == "invites" ? "created_by" : "user_id", value: alice.id.rawValue)
                        == 0)
            }
        }
    }
}
