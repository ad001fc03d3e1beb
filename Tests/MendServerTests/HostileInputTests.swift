import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("Bad input gets a precise 4xx and changes nothing")
struct HostileInputTests {
    @Test("a body over 64 KiB is refused with 413")
    func oversized() async throws {
        try await TestApp.with { app in
            let huge = String(repeating: "x", count: 70 * 1024)
            let reply = try await app.client.send(
                .post, "/api/v1/accounts", json: ["email": "a@example.com", "password": huge, "displayName": "A"])
            #expect(reply.status == .contentTooLarge)
            #expect(reply.errorCode == "body_too_large")
            let login = try await app.client.send(.post, "/api/v1/login", json: ["email": "a@example.com", "password": huge])
            #expect(login.status == .contentTooLarge)
        }
    }

    static let malformedBodies: [[UInt8]] = [
        Array("{\"email\": ".utf8), Array("not json at all".utf8), Array("[1, 2, 3]".utf8), [0xFF, 0xFE, 0x7B, 0x7D],
        Array("{\"email\": \"a@b.co\", \"password\": \"long enough pw\", \"displayName\": \"x".utf8) + [0xC3],
    ]

    @Test("malformed JSON is a 400", arguments: malformedBodies)
    func malformed(bytes: [UInt8]) async throws {
        try await TestApp.with { app in
            let reply = try await app.client.sendRaw(.post, "/api/v1/accounts", bytes: bytes)
            #expect(reply.status == .badRequest)
            #expect(reply.errorCode == "malformed_request")
        }
    }

    @Test("invalid UTF-8 inside a JSON string is a 400 and stores nothing")
    func invalidUTF8() async throws {
        try await TestApp.with { app in
            let bytes =
                Array("{\"email\": \"a@b.co\", \"password\": \"long enough pw\", \"displayName\": \"A".utf8) + [0xC3, 0x28]
                + Array("\"}".utf8)
            let reply = try await app.client.sendRaw(.post, "/api/v1/accounts", bytes: bytes)
            #expect(reply.status == .badRequest)
            let login = try await app.client.send(.post, "/api/v1/login", json: ["email": "a@b.co", "password": "long enough pw"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test("a field of the wrong type is a 422 naming it")
    func wrongType() async throws {
        try await TestApp.with { app in
            let reply = try await app.client.send(
                .post, "/api/v1/accounts", json: ["email": 42, "password": "long enough pw", "displayName": "A"])
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorField == "email")
        }
    }

    @Test("HTML and SQL in text fields are stored as written and escaped when shown")
    func htmlAndSQL() async throws {
        try await TestApp.with { app in
            let name = "<script>alert('x')</script>'; DROP TABLE accounts;--"
            let (_, token) = try await app.client.signUpAndLogIn(name, email: "mallory@example.com")
            #expect(try await app.client.send(.get, "/api/v1/me", token: token).json["displayName"] as? String == name)
            let page = try await app.client.execute(uri: "/settings", method: .get, headers: [.cookie: "mend_session=\(token)"]) {
                Reply($0)
            }
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains("&lt;script&gt;alert"))
            _ = try await app.client.signUpAndLogIn("Ben")
        }
    }

    @Test("unknown API paths get a JSON 404 and unknown pages an HTML 404")
    func unknownPaths() async throws {
        try await TestApp.with { app in
            let api = try await app.client.send(.get, "/api/v1/nothing-here")
            #expect(api.status == .notFound)
            #expect(api.errorCode == "not_found")
            let page = try await app.client.send(.get, "/nothing-here")
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("Quick exit"))
        }
    }
}
