import Foundation
import HTTPTypes
import HummingbirdTesting
import MendTestSupport
import Testing

@Suite("Repair session pages")
struct RepairPageTests {
    @Test("a partner starts a session from the page; a stranger gets 404 on every session page, the signed-out are sent to log in")
    func pagesAndAuthorisation() async throws {
        try await TestApp.with { app in
            let ana = try await BrowserSession.signedUp(app, "Ana")
            let ben = try await BrowserSession.signedUp(app, "Ben")
            let eve = try await BrowserSession.signedUp(app, "Eve")
            try await ana.get("/couple")
            let code = try #require(
                try await ana.post("/couple/create", fields: [:]).text.firstMatch(of: /<strong>([A-Z0-9]{5}-[A-Z0-9]{5})<\/strong>/)?.1)
            try await ben.get("/couple")
            try await ben.post("/couple/join", fields: ["inviteCode": String(code)])
            #expect(try await ana.get("/sessions").text.contains("Start a repair"))
            let empty = try await ana.post("/sessions", fields: ["topic": "   "])
            #expect(empty.status == .unprocessableContent)
            let started = try await ana.post("/sessions", fields: ["topic": "Saturday <script>", "protocol": "mend-nine-step"])
            #expect(started.status == .seeOther)
            let path = try #require(started.headers[.location])
            let page = try await ana.get(path)
            #expect(page.text.contains("Waiting for Ben to accept"))
            #expect(page.text.contains("Saturday &lt;script&gt;"))
            #expect(try await ben.get(path).text.contains("You're invited"))
            for sub in ["", "/panel", "/transcript"] {
                #expect(try await eve.get(path + sub).status == .notFound)
                #expect(try await ben.get(path + sub).status == .ok)
                let signedOut = try await app.client.send(.get, path + sub)
                #expect(signedOut.status == (sub == "/panel" ? .unauthorized : .seeOther))
            }
            #expect(try await eve.get("/sessions").text.contains("None yet"))
            #expect(try await eve.post(path + "/act", fields: ["type": "accept"]).status == .notFound)
            #expect(try await ben.get(path).text.contains("You're invited"))
            let accepted = try await ben.post(path + "/act", fields: ["type": "accept"])
            #expect(accepted.status == .seeOther)
            #expect(try await ana.get(path).text.contains("Name it"))
        }
    }

    /// Given a couple whose session Ben has accepted, Ana's browser on the session page.
    static func givenAnaOnAcceptedSession(_ app: TestApp) async throws -> (Couple, String, BrowserSession) {
        let c = try await Couple.make(app)
        let id = try await app.client.startSession(token: c.ana)
        try await app.client.act(id, token: c.ben, ["type": "accept"])
        let ana = try await BrowserSession.signedIn(app, email: "ana@example.com")
        try await ana.get("/sessions/\(id)")
        return (c, id, ana)
    }

    @Test("the coach reviews a draft before it is sent, and the writer can send it as it is")
    func coachBeforeSending() async throws {
        try await TestApp.with { app in
            let (c, id, ana) = try await Self.givenAnaOnAcceptedSession(app)
            let review = try await ana.post(
                "/sessions/\(id)/act", fields: ["type": "send", "text": "You never listen to me, you're so selfish."])
            #expect(review.status == .ok)
            #expect(review.text.contains("The coach noticed something"))
            #expect(review.text.contains("Send as it is"))
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(id)", token: c.ben).json["lastSequence"] as? Int == 2)
            let sent = try await ana.post(
                "/sessions/\(id)/act", fields: ["type": "send", "text": "You never listen to me, you're so selfish.", "acknowledged": "1"]
            )
            #expect(sent.status == .seeOther)
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(id)", token: c.ben).json["lastSequence"] as? Int == 3)
        }
    }

    @Test("a draft with a safety risk shows the writer help and a pause, privately")
    func safetyOnPage() async throws {
        try await TestApp.with { app in
            let (c, id, ana) = try await Self.givenAnaOnAcceptedSession(app)
            let review = try await ana.post(
                "/sessions/\(id)/act", fields: ["type": "send", "text": "He grabbed my wrist so hard it bruised."])
            #expect(review.text.contains("Before this is sent"))
            #expect(review.text.contains("/safety"))
            try await ana.post("/sessions/\(id)/act", fields: ["type": "pause"])
            let ben = try await app.client.send(.get, "/api/v1/sessions/\(id)", token: c.ben)
            #expect(ben.json["status"] as? String == "paused")
            #expect(!ben.text.contains("wrist"))
            #expect(try await app.client.send(.get, "/safety").text.contains("You deserve to be safe"))
        }
    }
}
