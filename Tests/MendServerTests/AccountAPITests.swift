import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("Accounts over the JSON API")
struct AccountAPITests {
    @Test(
        "sign-up validation names the field with 422",
        arguments: [
            (["email": "not-an-email", "password": "long enough pw", "displayName": "Ana"], "email"),
            (["email": "", "password": "long enough pw", "displayName": "Ana"], "email"),
            (["email": "ana@example.com", "password": "short", "displayName": "Ana"], "password"),
            (["email": "ana@example.com", "password": "long enough pw", "displayName": "   "], "displayName"),
            (["email": "ana@example.com", "password": "long enough pw", "displayName": String(repeating: "a", count: 61)], "displayName"),
            (["email": "ana@example.com", "password": "long enough pw"], "displayName"),
            (["password": "long enough pw", "displayName": "Ana"], "email"),
        ]
    )
    func signUpValidation(body: [String: String], field: String) async throws {
        try await TestApp.with { app in
            let reply = try await app.client.send(.post, "/api/v1/accounts", json: body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorCode == "invalid_field")
            #expect(reply.errorField == field)
            #expect(reply.errorMessage?.isEmpty == false)
        }
    }

    @Test("sign-up returns the account and normalises the email")
    func signUp() async throws {
        try await TestApp.with { app in
            let reply = try await app.client.send(
                .post, "/api/v1/accounts", json: ["email": "  Ana@Example.COM ", "password": "long enough pw", "displayName": " Ana "]
            )
            #expect(reply.status == .created)
            #expect(reply.json["email"] as? String == "ana@example.com")
            #expect(reply.json["displayName"] as? String == "Ana")
            #expect(reply.json["id"] as? String == "00000000-0000-4000-8000-000000000001")
        }
    }

    @Test("a duplicate email is a 409 conflict, whatever its case")
    func duplicateEmail() async throws {
        try await TestApp.with { app in
            _ = try await app.client.signUpAndLogIn("Ana", email: "ana@example.com")
            let reply = try await app.client.send(
                .post, "/api/v1/accounts", json: ["email": "ANA@example.com", "password": "another long pw", "displayName": "Other"]
            )
            #expect(reply.status == .conflict)
            #expect(reply.errorCode == "email_taken")
        }
    }

    @Test("a wrong password and an unknown email both get the same 401")
    func wrongPassword() async throws {
        try await TestApp.with { app in
            _ = try await app.client.signUpAndLogIn("Ana")
            let wrong = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "not the password"])
            let unknown = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "nobody@example.com", "password": "not the password"])
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.errorMessage == unknown.errorMessage)
        }
    }

    @Test("after five wrong passwords the account is rate-limited with 429, even for the right password, until the window passes")
    func accountRateLimit() async throws {
        try await TestApp.with { app in
            _ = try await app.client.signUpAndLogIn("Ana")
            for _ in 0..<5 {
                let reply = try await app.client.send(
                    .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "wrong password"])
                #expect(reply.status == .unauthorized)
            }
            let limited = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "rate_limited")
            #expect(limited.headers[.retryAfter] == "900")
            app.clock.advance(by: .seconds(15 * 60 + 1))
            let later = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            #expect(later.status == .ok)
        }
    }

    @Test("one client address guessing across many accounts is rate-limited")
    func addressRateLimit() async throws {
        try await TestApp.with { app in
            for n in 0..<20 {
                _ = try await app.client.send(
                    .post, "/api/v1/login", json: ["email": "guess\(n)@example.com", "password": "wrong password"])
            }
            let reply = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "fresh@example.com", "password": "wrong password"])
            #expect(reply.status == .tooManyRequests)
        }
    }

    @Test("me shows the account; logout ends the token")
    func meAndLogout() async throws {
        try await TestApp.with { app in
            let (id, token) = try await app.client.signUpAndLogIn("Ana")
            let me = try await app.client.send(.get, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            #expect(me.json["id"] as? String == id)
            #expect(me.json["coupleId"] is NSNull)
            #expect(try await app.client.send(.post, "/api/v1/logout", token: token).status == .noContent)
            #expect(try await app.client.send(.get, "/api/v1/me", token: token).status == .unauthorized)
        }
    }

    @Test("changing the password signs out other sessions and needs the current one")
    func changePassword() async throws {
        try await TestApp.with { app in
            let (_, token) = try await app.client.signUpAndLogIn("Ana")
            let other = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            let otherToken = try #require(other.json["token"] as? String)
            let wrong = try await app.client.send(
                .post, "/api/v1/me/password", json: ["currentPassword": "nope nope nope", "newPassword": "a brand new passphrase"],
                token: token
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorField == "currentPassword")
            let changed = try await app.client.send(
                .post, "/api/v1/me/password", json: ["currentPassword": "correct horse battery", "newPassword": "a brand new passphrase"],
                token: token
            )
            #expect(changed.status == .noContent)
            #expect(try await app.client.send(.get, "/api/v1/me", token: token).status == .ok)
            #expect(try await app.client.send(.get, "/api/v1/me", token: otherToken).status == .unauthorized)
            let relogin = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "a brand new passphrase"])
            #expect(relogin.status == .ok)
        }
    }

    @Test("deleting the account needs the password and really removes it")
    func deleteAccount() async throws {
        try await TestApp.with { app in
            let (_, anaToken) = try await app.client.signUpAndLogIn("Ana")
            let (_, benToken) = try await app.client.signUpAndLogIn("Ben")
            let (coupleID, code) = try await app.client.createCouple(token: anaToken)
            _ = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: benToken)
            let refused = try await app.client.send(.delete, "/api/v1/me", json: ["password": "wrong password"], token: anaToken)
            #expect(refused.status == .unprocessableContent)
            let deleted = try await app.client.send(.delete, "/api/v1/me", json: ["password": "correct horse battery"], token: anaToken)
            #expect(deleted.status == .noContent)
            #expect(try await app.client.send(.get, "/api/v1/me", token: anaToken).status == .unauthorized)
            let login = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            #expect(login.status == .unauthorized)
            let couple = try await app.client.send(.get, "/api/v1/couple", token: benToken)
            #expect(couple.json["id"] as? String == coupleID)
            #expect((couple.json["partners"] as? [[String: Any]])?.count == 1)
        }
    }
}
