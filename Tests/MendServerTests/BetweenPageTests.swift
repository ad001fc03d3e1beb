import Foundation
import HTTPTypes
import HummingbirdTesting
import MendTestSupport
import Testing

@Suite("Between-conversations pages")
struct BetweenPageTests {
    /// Ana's and Ben's browsers, in one space, plus Eve's, on her own.
    static func browsers(_ app: TestApp) async throws -> (BetweenWorld, ana: BrowserSession, ben: BrowserSession, eve: BrowserSession) {
        let world = try await BetweenWorld.make(app)
        let ana = try await BrowserSession.signedIn(app, email: "ana@example.com")
        let ben = try await BrowserSession.signedIn(app, email: "ben@example.com")
        let eve = try await BrowserSession.signedUp(app, "Eve")
        return (world, ana, ben, eve)
    }

    static let pages = ["/ruptures", "/checkin", "/commitments", "/patterns", "/appreciations"]

    @Test("the signed-out are sent to log in from every page and form")
    func signedOut() async throws {
        try await TestApp.with { app in
            let posts = [
                "/ruptures", "/ruptures/x/share", "/ruptures/x/unshare", "/ruptures/x/repaired", "/ruptures/x/reopen", "/ruptures/x/let-go",
                "/ruptures/x/repair", "/ruptures/x/delete", "/checkin", "/commitments", "/commitments/x/mark", "/commitments/x/end",
                "/patterns", "/patterns/x", "/patterns/x/delete", "/phrases", "/phrases/x/delete", "/appreciations",
            ]
            for path in Self.pages + ["/ruptures/x"] {
                let reply = try await app.client.send(.get, path)
                #expect(reply.status == .seeOther, "\(path)")
                #expect(reply.headers[.location] == "/login")
            }
            // A signed-out form post is refused before anything is read (no CSRF token, no session).
            let visitor = BrowserSession(client: app.client)
            try await visitor.get("/login")
            for path in posts {
                let reply = try await visitor.post(path, fields: ["text": "x"])
                #expect(reply.status == .seeOther, "\(path): \(reply.status)")
                #expect(reply.headers[.location] == "/login")
            }
        }
    }

    @Test("a partner reads a shared rupture but cannot change it; a stranger gets 404 on every rupture page and form")
    func ruptureAuthorisation() async throws {
        try await TestApp.with { app in
            let (world, ana, ben, eve) = try await Self.browsers(app)
            let shared = "/ruptures/\(world.sharedRupture)"
            let hidden = "/ruptures/\(world.privateRupture)"
            #expect(try await ana.get(hidden).text.contains("lighthouse-private"))
            let benPrivate = try await ben.get(hidden)
            #expect(benPrivate.status == .notFound)
            #expect(!benPrivate.text.contains("lighthouse-private"))
            #expect(try await ben.get(shared).text.contains("The plans for Sunday changed again"))
            for action in ["/unshare", "/repaired", "/delete"] {
                let reply = try await ben.post(shared + action, fields: [:])
                #expect(reply.status == .forbidden, "\(action)")
                #expect(reply.text.contains("Only the person who wrote this"))
            }
            #expect(try await ben.post(shared + "/let-go", fields: ["reflection": "nope"]).status == .forbidden)
            for path in [shared, hidden] {
                #expect(try await eve.get(path).status == .notFound)
                for action in ["/share", "/unshare", "/repaired", "/reopen", "/let-go", "/repair", "/delete"] {
                    #expect(try await eve.post(path + action, fields: ["reflection": "x"]).status == .notFound, "\(path)\(action)")
                }
            }
            for action in ["/share", "/repair"] {
                #expect(try await ben.post(hidden + action, fields: [:]).status == .notFound)
            }
            // Nothing the others tried changed Ana's rupture.
            let page = try await ana.get(shared)
            #expect(page.text.contains(">Open<"))
        }
    }

    @Test("a stranger cannot mark, retire or edit the couple's commitments and profile; the partner cannot edit Ana's")
    func otherAuthorisation() async throws {
        try await TestApp.with { app in
            let (world, ana, ben, eve) = try await Self.browsers(app)
            #expect(try await eve.post("/commitments/\(world.commitment)/mark", fields: ["kept": "yes"]).status == .notFound)
            #expect(try await eve.post("/commitments/\(world.commitment)/end", fields: [:]).status == .notFound)
            #expect(try await ana.post("/commitments/\(world.commitment)/mark", fields: ["kept": "yes"]).status == .forbidden)
            #expect(try await ben.post("/commitments/\(world.commitment)/end", fields: [:]).status == .forbidden)
            let marked = try await ben.post("/commitments/\(world.commitment)/mark", fields: ["kept": "yes"])
            #expect(marked.status == .ok)
            #expect(marked.text.contains("Marked as kept"))
            for (person, expected) in [(eve, HTTPResponse.Status.notFound), (ben, .notFound)] {
                #expect(
                    try await person.post("/patterns/\(world.privatePattern)", fields: ["kind": "other", "name": "Hacked"]).status
                        == expected)
                #expect(try await person.post("/patterns/\(world.privatePattern)/delete", fields: [:]).status == expected)
                #expect(try await person.post("/phrases/\(world.privatePhrase)/delete", fields: [:]).status == expected)
            }
            #expect(
                try await ben.post("/patterns/\(world.sharedPattern)", fields: ["kind": "other", "name": "Hacked"]).status == .forbidden)
            #expect(try await eve.post("/patterns/\(world.sharedPattern)/delete", fields: [:]).status == .notFound)
            let profile = try await ana.get("/patterns")
            #expect(profile.text.contains("quiet-harbour-origin"))
            #expect(!profile.text.contains("Hacked"))
            for path in Self.pages + ["/"] {
                let page = try await eve.get(path)
                #expect(page.status == .ok)
                for secret in BetweenWorld.secrets + ["text you when I leave work", "I chase"] {
                    #expect(!page.text.contains(secret), "\(path)")
                }
            }
        }
    }

    @Test("the forms work without script: log, share, let go; check in; commit; thank; name a pattern")
    func forms() async throws {
        try await TestApp.with { app in
            let (_, ana, ben, _) = try await Self.browsers(app)
            try await ana.get("/ruptures")
            let missing = try await ana.post("/ruptures", fields: ["whatHappened": "You were late <b>again</b>", "feeling": "hurt"])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("You were late &lt;b&gt;again&lt;/b&gt;"))
            #expect(missing.text.contains("value=\"hurt\" checked"))
            let saved = try await ana.post(
                "/ruptures", fields: ["whatHappened": "You were late to dinner", "intensity": "6", "feeling": "hurt", "when": "2025-12-30"])
            #expect(saved.status == .seeOther)
            let path = try #require(saved.headers[.location]).split(separator: "?").first.map(String.init) ?? ""
            var page = try await ana.get(path)
            #expect(page.text.contains("Tuesday 30 Dec"))
            #expect(page.text.contains("Yours · private"))
            page = try await ana.post(path + "/share", fields: [:])
            #expect(page.text.contains("Yours · shared"))
            #expect(try await ben.get(path).status == .ok)
            let noReason = try await ana.post(path + "/let-go", fields: ["reflection": " "])
            #expect(noReason.status == .unprocessableContent)
            page = try await ana.post(path + "/let-go", fields: ["reflection": "We talked it over at breakfast."])
            #expect(page.text.contains("Let go"))
            #expect(!(try await ben.get(path).text.contains("We talked it over at breakfast.")))

            try await ana.get("/checkin")
            var fields = Dictionary(uniqueKeysWithValues: BetweenAPITests.signs.map { ($0, "1") })
            fields["low_desire"] = nil
            let incomplete = try await ana.post("/checkin", fields: fields)
            #expect(incomplete.status == .unprocessableContent)
            #expect(incomplete.text.contains("value=\"1\" checked"))
            fields["low_desire"] = "4"
            let checked = try await ana.post("/checkin", fields: fields)
            #expect(checked.text.contains("Thank you for checking in"))
            #expect(checked.text.contains("All the time"))
            #expect(checked.text.contains("a repair could be a good place to start"))

            try await ana.get("/commitments")
            let refused = try await ana.post("/commitments", fields: ["text": "I'll never forget again"])
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("value=\"I&#39;ll never forget again\"") || refused.text.contains("value=\"I'll never forget again\"")
            )
            let kept = try await ana.post("/commitments", fields: ["text": "I'll put the bins out on Tuesdays"])
            #expect(kept.text.contains("I&#39;ll put the bins out on Tuesdays") || kept.text.contains("I'll put the bins out on Tuesdays"))

            try await ben.get("/appreciations")
            #expect(try await ben.post("/appreciations", fields: ["text": "Thank you for dinner"]).text.contains("Sent."))
            #expect(try await ana.get("/appreciations").text.contains("Thank you for dinner"))

            try await ana.get("/patterns")
            let added = try await ana.post(
                "/patterns",
                fields: ["kind": "shutting_down", "origin": "Rows at home", "responsibility": "I stop answering", "shared": "yes"])
            #expect(added.text.contains("Added to your profile"))
            let benProfile = try await ben.get("/patterns")
            #expect(benProfile.text.contains("Shutting down"))
            #expect(benProfile.text.contains("I stop answering"))
        }
    }

    @Test("the home page puts first things first and draws trends as SVG with a text alternative")
    func dashboard() async throws {
        try await TestApp.with { app in
            let (world, ana, ben, eve) = try await Self.browsers(app)
            let anaHome = try await ana.get("/")
            #expect(anaHome.text.contains("What needs you first"))
            #expect(anaHome.text.contains("Second time this month about plans changing."))
            #expect(anaHome.text.contains("<svg class=\"trend-chart\""))
            #expect(anaHome.text.contains("<title id="))
            #expect(anaHome.text.contains("Show as a table"))
            #expect(anaHome.text.components(separatedBy: "<th scope=\"row\">").count - 1 >= 24)
            let benHome = try await ben.get("/")
            #expect(benHome.text.contains("/ruptures/\(world.sharedRupture)"))
            #expect(benHome.text.contains("Ana shared something that hurt"))
            #expect(benHome.text.contains("Your first weekly check-in"))
            #expect(benHome.text.contains("Did Ana keep"))
            #expect(!benHome.text.contains(world.privateRupture))
            let eveHome = try await eve.get("/")
            #expect(eveHome.text.contains("Start by connecting with your partner"))
            #expect(!eveHome.text.contains("Did Ana keep"))
        }
    }

    @Test("a conversation offers the pattern profile where it helps, and its commitments can be tracked afterwards")
    func sessionUsesTheProfile() async throws {
        try await TestApp.with { app in
            let (world, ana, _, eve) = try await Self.browsers(app)
            let couple = world.couple
            _ = try await app.client.send(.post, "/api/v1/phrases", json: ["text": "I'm on your side", "shared": true], token: couple.ben)
            _ = try await app.client.send(.post, "/api/v1/phrases", json: ["text": "ben-private-phrase"], token: couple.ben)
            let session = try await app.client.startSession(token: couple.ana)
            let steps = BetweenAPITests.nineSteps(couple)
            // Accept to validate in Ben's turn as speaker: Ana, listening, now owns her pattern.
            for (token, body) in steps.prefix(13) { try await app.client.act(session, token: token, body) }
            var page = try await ana.get("/sessions/\(session)")
            #expect(page.text.contains("Own your pattern"))
            #expect(page.text.contains("From your pattern profile"))
            #expect(page.text.contains("I go quiet"))
            #expect(page.text.contains("I push for answers"))
            try await app.client.act(session, token: couple.ana, steps[13].1)
            page = try await ana.get("/sessions/\(session)")
            #expect(page.text.contains("Words Ben has said help"))
            #expect(page.text.contains("I&#39;m on your side") || page.text.contains("I'm on your side"))
            #expect(!page.text.contains("ben-private-phrase"))
            for (token, body) in steps.dropFirst(14) { try await app.client.act(session, token: token, body) }
            page = try await ana.get("/sessions/\(session)")
            #expect(page.text.contains("Keep track of your commitments"))
            let tracked = try await ana.post("/commitments", fields: ["text": "I'll text when I leave work", "sessionId": session])
            #expect(tracked.status == .ok)
            let board = try await app.client.send(.get, "/api/v1/commitments", token: couple.ana).json
            let entries = try #require(board["commitments"] as? [[String: Any]])
            #expect(entries.contains { $0["sessionId"] as? String == session })
            #expect(!(try await ana.get("/sessions/\(session)").text.contains("Keep track of your commitments")))
            try await eve.get("/commitments")
            let stranger = try await eve.post("/commitments", fields: ["text": "I'll call on Sundays", "sessionId": session])
            #expect(stranger.status == .notFound)
        }
    }
}
