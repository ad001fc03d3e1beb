import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("Web pages")
struct PageTests {
    @Test("a person signs up with the form, lands on a home page that says what to do first, and creates a space")
    func signUpFlow() async throws {
        try await TestApp.with { app in
            let browser = BrowserSession(client: app.client)
            #expect(try await browser.get("/").text.contains("Create your account"))
            try await browser.get("/signup")
            let signUp = try await browser.post(
                "/signup", fields: ["displayName": "Ana", "email": "ana@example.com", "password": "correct horse battery"])
            #expect(signUp.status == .seeOther)
            #expect(signUp.headers[.location] == "/")
            let session = try #require(await browser.cookies["mend_session"])
            #expect(
                signUp.headers[values: .setCookie].contains {
                    $0.hasPrefix("mend_session=") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax")
                })
            #expect(session.count == 64)
            let home = try await browser.get("/")
            #expect(home.text.contains("Hello, Ana"))
            #expect(home.text.contains("Start by connecting with your partner"))
            try await browser.get("/couple")
            let created = try await browser.post("/couple/create", fields: [:])
            #expect(created.status == .created)
            #expect(created.text.contains("Your invite code"))
            #expect(try await browser.get("/").text.contains("Waiting for your partner"))
        }
    }

    @Test("sign-up form errors name the field and keep what was typed, never the password")
    func signUpErrors() async throws {
        try await TestApp.with { app in
            let browser = BrowserSession(client: app.client)
            try await browser.get("/signup")
            let reply = try await browser.post("/signup", fields: ["displayName": "Ana", "email": "ana@example.com", "password": "short"])
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains("at least 10 characters"))
            #expect(reply.text.contains("value=\"ana@example.com\""))
            #expect(!reply.text.contains("value=\"short\""))
            #expect(reply.text.contains("aria-invalid=\"true\""))
        }
    }

    @Test("two partners connect through the pages")
    func partnersConnect() async throws {
        try await TestApp.with { app in
            let ana = BrowserSession(client: app.client)
            let ben = BrowserSession(client: app.client)
            try await ana.get("/signup")
            try await ana.post("/signup", fields: ["displayName": "Ana", "email": "ana@example.com", "password": "correct horse battery"])
            try await ana.get("/couple")
            let created = try await ana.post("/couple/create", fields: [:])
            let code = try #require(created.text.firstMatch(of: /<strong>([A-Z0-9]{5}-[A-Z0-9]{5})<\/strong>/)?.1)
            try await ben.get("/signup")
            try await ben.post("/signup", fields: ["displayName": "Ben", "email": "ben@example.com", "password": "another good one"])
            try await ben.get("/couple")
            let wrong = try await ben.post("/couple/join", fields: ["inviteCode": "AAAAA-AAAAA"])
            #expect(wrong.status == .notFound)
            #expect(wrong.text.contains("expired or has already been used"))
            let joined = try await ben.post("/couple/join", fields: ["inviteCode": String(code)])
            #expect(joined.status == .seeOther)
            #expect(try await ben.get("/").text.contains("You and Ana"))
            #expect(try await ana.get("/").text.contains("You and Ben"))
        }
    }

    @Test("a form post without the CSRF token, or with a wrong one, is refused and changes nothing")
    func csrf() async throws {
        try await TestApp.with { app in
            let browser = BrowserSession(client: app.client)
            try await browser.get("/signup")
            let missing = try await browser.post(
                "/signup", fields: ["displayName": "Ana", "email": "ana@example.com", "password": "correct horse battery"], csrf: .some(nil)
            )
            #expect(missing.status == .forbidden)
            let wrong = try await browser.post(
                "/signup", fields: ["displayName": "Ana", "email": "ana@example.com", "password": "correct horse battery"],
                csrf: String(repeating: "a", count: 64)
            )
            #expect(wrong.status == .forbidden)
            let login = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            #expect(login.status == .unauthorized)
            // A forged cross-site logout with a stolen session cookie but no token does nothing either.
            let (_, token) = try await app.client.signUpAndLogIn("Ben")
            let forged = try await app.client.execute(
                uri: "/logout", method: .post,
                headers: [.cookie: "mend_session=\(token)", .contentType: "application/x-www-form-urlencoded"]
            ) { Reply($0) }
            #expect(forged.status == .forbidden)
            #expect(try await app.client.send(.get, "/api/v1/me", token: token).status == .ok)
        }
    }

    @Test("an API write authenticated by the browser cookie needs the X-CSRF-Token header")
    func cookieAPIWritesNeedCSRF() async throws {
        try await TestApp.with { app in
            let browser = try await BrowserSession.signedUp(app, "Ana")
            let page = try await browser.get("/couple")
            let csrf = try #require(BrowserSession.csrfField(in: page.text))
            let cookies = await browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let without = try await app.client.execute(uri: "/api/v1/couple", method: .post, headers: [.cookie: cookies]) { Reply($0) }
            #expect(without.status == .forbidden)
            #expect(without.errorCode == "csrf_failed")
            let with = try await app.client.execute(
                uri: "/api/v1/couple", method: .post, headers: [.cookie: cookies, HTTPField.Name("X-CSRF-Token")!: csrf]
            ) { Reply($0) }
            #expect(with.status == .created)
        }
    }

    @Test("every page and error carries strict security headers and a quick exit")
    func securityHeaders() async throws {
        try await TestApp.with { app in
            for path in ["/", "/signup", "/login", "/missing", "/api/v1/me", "/health"] {
                let reply = try await app.client.send(.get, path)
                let csp = try #require(reply.headers[.contentSecurityPolicy], "no CSP on \(path)")
                #expect(csp.contains("script-src 'self'"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(reply.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(reply.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                if reply.headers[.contentType]?.hasPrefix("text/html") == true {
                    #expect(reply.text.contains("class=\"quick-exit\""), "no quick exit on \(path)")
                    #expect(!reply.text.contains("<script>"), "inline script on \(path)")
                }
            }
            let script = try await app.client.send(.get, "/static/mend.js")
            #expect(script.text.contains("location.replace"))
        }
    }

    @Test("signed-out visitors are sent to log in from private pages")
    func privatePagesRedirect() async throws {
        try await TestApp.with { app in
            for path in ["/couple", "/settings", "/couple/leave", "/coach", "/sessions"] {
                let reply = try await app.client.send(.get, path)
                #expect(reply.status == .seeOther)
                #expect(reply.headers[.location] == "/login")
            }
        }
    }

    @Test("a partner leaves through the page after it explains what happens")
    func leaveThroughPage() async throws {
        try await TestApp.with { app in
            let browser = try await BrowserSession.signedUp(app, "Ana")
            try await browser.get("/couple")
            try await browser.post("/couple/create", fields: [:])
            let explanation = try await browser.get("/couple/leave")
            #expect(explanation.text.contains("Once nobody is left in the space"))
            let left = try await browser.post("/couple/leave", fields: [:])
            #expect(left.status == .seeOther)
            #expect(try await browser.get("/").text.contains("Start by connecting with your partner"))
        }
    }

    @Test("deleting the account from settings needs the password")
    func deleteThroughSettings() async throws {
        try await TestApp.with { app in
            let browser = try await BrowserSession.signedUp(app, "Ana")
            try await browser.get("/settings")
            let refused = try await browser.post("/settings/delete", fields: ["password": "wrong"])
            #expect(refused.status == .unprocessableContent)
            let deleted = try await browser.post("/settings/delete", fields: ["password": "correct horse battery"])
            #expect(deleted.status == .seeOther)
            #expect(try await browser.get("/?deleted=1").text.contains("have been deleted"))
            let login = try await app.client.send(
                .post, "/api/v1/login", json: ["email": "ana@example.com", "password": "correct horse battery"])
            #expect(login.status == .unauthorized)
        }
    }
}
