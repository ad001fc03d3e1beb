import Foundation
import HTTPTypes
import MendTestSupport
import Testing

/// Ana and Ben share a space; Cal and Dee share another. Ana has written private and shared entries.
struct BetweenWorld: Sendable {
    let couple: Couple
    let cal: String
    let privateRupture: String
    let sharedRupture: String
    let privatePattern: String
    let sharedPattern: String
    let privatePhrase: String
    let commitment: String

    /// Words that appear only in Ana's private entries: no one else may ever read them.
    static let secrets = ["lighthouse-private", "quiet-harbour-origin", "velvet-phrase", "checkin-note-marmalade"]

    static func make(_ app: TestApp) async throws -> BetweenWorld {
        let couple = try await Couple.make(app)
        let (_, cal) = try await app.client.signUpAndLogIn("Cal")
        let (_, dee) = try await app.client.signUpAndLogIn("Dee")
        let (_, code) = try await app.client.createCouple(token: cal)
        _ = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: dee)
        func created(_ path: String, _ body: [String: Any]) async throws -> String {
            let reply = try await app.client.send(.post, path, json: body, token: couple.ana)
            guard reply.status == .created, let id = reply.json["id"] as? String else { throw TestFailure("\(path): \(reply.text)") }
            return id
        }
        let privateRupture = try await created(
            "/api/v1/ruptures", ["whatHappened": "You cancelled our plans; lighthouse-private", "intensity": 8, "feelings": ["hurt"]])
        let sharedRupture = try await created(
            "/api/v1/ruptures", ["whatHappened": "The plans for Sunday changed again", "intensity": 5, "shared": true])
        let privatePattern = try await created(
            "/api/v1/patterns", ["kind": "withdrawing", "origin": "quiet-harbour-origin", "responsibility": "I go quiet"])
        let sharedPattern = try await created(
            "/api/v1/patterns", ["kind": "pursuing", "origin": "I chase", "responsibility": "I push for answers", "shared": true])
        let privatePhrase = try await created("/api/v1/phrases", ["text": "velvet-phrase"])
        let commitment = try await created("/api/v1/commitments", ["text": "I'll text you when I leave work"])
        let answers = Dictionary(uniqueKeysWithValues: BetweenAPITests.signs.map { ($0, 3) })
        _ = try await created("/api/v1/checkins", ["answers": answers, "note": "checkin-note-marmalade"])
        return BetweenWorld(
            couple: couple, cal: cal, privateRupture: privateRupture, sharedRupture: sharedRupture, privatePattern: privatePattern,
            sharedPattern: sharedPattern, privatePhrase: privatePhrase, commitment: commitment)
    }
}

@Suite("Between conversations over the JSON API")
struct BetweenAPITests {
    static let signs = [
        "emotional_distance", "misunderstandings", "defensiveness", "avoidance", "lingering_pain", "eroding_trust",
        "communication_shutting_down", "low_desire",
    ]

    /// Every action of a nine-step conversation in order, Ben speaking first, to the outcome.
    static func nineSteps(_ couple: Couple, secondOutcome: String = "repaired") -> [(String, [String: Any])] {
        let (ana, ben, benID) = (couple.ana, couple.ben, couple.benID)
        var steps: [(String, [String: Any])] = [
            (ben, ["type": "accept"]),
            (ana, ["type": "send", "text": "I'm noticing tension about Saturday."]), (ben, ["type": "send", "text": "I feel it too."]),
            (ana, ["type": "rate", "value": 2]), (ben, ["type": "rate", "value": 2]),
            (ana, ["type": "confirm"]), (ben, ["type": "confirm"]),
            (ana, ["type": "chooseFirstSpeaker", "person": benID]), (ben, ["type": "chooseFirstSpeaker", "person": benID]),
        ]
        for (speaker, listener) in [(ben, ana), (ana, ben)] {
            steps += [
                (speaker, ["type": "send", "text": "I felt left out when plans changed."]),
                (listener, ["type": "send", "text": "It sounds like you felt left out. Did I get that?"]),
                (speaker, ["type": "answer", "heard": true]),
                (listener, ["type": "send", "text": "That makes sense."]),
                (listener, ["type": "send", "text": "I know I go quiet when I feel criticised."]),
                (listener, ["type": "send", "text": "I'm here and I'm staying."]),
            ]
        }
        steps += [
            (ana, ["type": "choose", "option": "A hug"]), (ben, ["type": "choose", "option": "A walk together"]),
            (ana, ["type": "commit", "commitments": ["I'll text when I leave work"]]), (ben, ["type": "commit", "commitments": []]),
            (ana, ["type": "recordOutcome", "outcome": "repaired"]),
            (ben, ["type": "recordOutcome", "outcome": secondOutcome]),
        ]
        return steps
    }

    @Test("every route answers self, partner, stranger and the couple's own practitioner as the privacy rules say")
    func authorisationMatrix() async throws {
        try await TestApp.with(configure: { $0.practitionersEnabled = true }) { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben, cal) = (world.couple.ana, world.couple.ben, world.cal)
            // The couple's practitioner, with both partners' consent: still a stranger to everything but the summary.
            let pat = try await PractitionerTests.practitioner(app, "Pat")
            _ = try await app.client.send(.post, "/api/v1/support/practitioner", json: ["email": "pat@clinic.example"], token: ana)
            for token in [ana, ben] {
                _ = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": true], token: token)
            }
            // (method, path, body, expected status for Ana, Ben, Cal; nil where Ana's own success is tested elsewhere)
            let cases: [(HTTPRequest.Method, String, [String: Any]?, [HTTPResponse.Status?])] = [
                (.get, "/api/v1/ruptures/\(world.privateRupture)", nil, [.ok, .notFound, .notFound]),
                (.get, "/api/v1/ruptures/\(world.sharedRupture)", nil, [.ok, .ok, .notFound]),
                (.patch, "/api/v1/ruptures/\(world.privateRupture)", ["shared": false], [.ok, .notFound, .notFound]),
                (.patch, "/api/v1/ruptures/\(world.sharedRupture)", ["state": "repaired"], [nil, .forbidden, .notFound]),
                (.delete, "/api/v1/ruptures/\(world.sharedRupture)", nil, [nil, .forbidden, .notFound]),
                (.post, "/api/v1/ruptures/\(world.privateRupture)/repair", [:], [nil, .notFound, .notFound]),
                (.get, "/api/v1/patterns/\(world.privatePattern)", nil, [.ok, .notFound, .notFound]),
                (.get, "/api/v1/patterns/\(world.sharedPattern)", nil, [.ok, .ok, .notFound]),
                (.put, "/api/v1/patterns/\(world.privatePattern)", ["kind": "withdrawing"], [.ok, .notFound, .notFound]),
                (.put, "/api/v1/patterns/\(world.sharedPattern)", ["kind": "pursuing", "shared": true], [.ok, .forbidden, .notFound]),
                (.delete, "/api/v1/patterns/\(world.sharedPattern)", nil, [nil, .forbidden, .notFound]),
                (.put, "/api/v1/phrases/\(world.privatePhrase)", ["text": "velvet-phrase"], [.ok, .notFound, .notFound]),
                (.delete, "/api/v1/phrases/\(world.privatePhrase)", nil, [nil, .notFound, .notFound]),
                (.get, "/api/v1/commitments/\(world.commitment)", nil, [.ok, .ok, .notFound]),
                (.post, "/api/v1/commitments/\(world.commitment)/marks", ["kept": true], [.forbidden, .ok, .notFound]),
                (.post, "/api/v1/commitments/\(world.commitment)/end", [:], [.ok, .forbidden, .notFound]),
            ]
            for (method, path, body, expected) in cases {
                // The partner, the stranger and the practitioner go first, so a refused attempt is proven to change nothing for Ana after.
                for (index, token) in [(1, ben), (2, cal), (3, pat), (0, ana)] {
                    guard let status = index == 3 ? expected[2] : expected[index] else { continue }
                    let reply = try await app.client.send(method, path, json: body, token: token)
                    #expect(reply.status == status, "\(method) \(path) as \(["Ana", "Ben", "Cal", "Pat"][index]): \(reply.text)")
                }
            }
            // Ana can still read everything she wrote; refusals changed nothing.
            let shared = try await app.client.send(.get, "/api/v1/ruptures/\(world.sharedRupture)", token: ana)
            #expect(shared.json["state"] as? String == "open")
            #expect(try await app.client.send(.get, "/api/v1/patterns/\(world.sharedPattern)", token: ana).status == .ok)
        }
    }

    @Test("no route, count or chart shows the partner, a stranger or a practitioner a private entry")
    func nothingPrivateLeaks() async throws {
        try await TestApp.with(configure: { $0.practitionersEnabled = true }) { app in
            let world = try await BetweenWorld.make(app)
            let lists = [
                "/api/v1/ruptures", "/api/v1/resentment", "/api/v1/checkins", "/api/v1/checkins/summary", "/api/v1/commitments",
                "/api/v1/profile", "/api/v1/appreciations", "/api/v1/dashboard",
            ]
            let pages = ["/", "/ruptures", "/checkin", "/commitments", "/patterns", "/appreciations"]
            for token in [world.couple.ben, world.cal, try await PractitionerTests.practitioner(app, "Pat")] {
                for path in lists {
                    let reply = try await app.client.send(.get, path, token: token)
                    #expect(reply.status == .ok, "\(path)")
                    for secret in BetweenWorld.secrets { #expect(!reply.text.contains(secret), "\(path) leaked \(secret)") }
                    #expect(!reply.text.contains(world.privateRupture), "\(path) leaked the private rupture's id")
                }
                for path in pages {
                    let reply = try await app.client.send(.get, path, headers: [.cookie: "mend_session=\(token)"])
                    #expect(reply.status == .ok, "\(path)")
                    #expect(reply.text.contains("Log out"), "\(path) was not signed in")
                    for secret in BetweenWorld.secrets { #expect(!reply.text.contains(secret), "page \(path) leaked \(secret)") }
                }
            }
            // Ben's counts include only what Ana shared: one rupture, her shared weight, no private one.
            let benBoard = try await app.client.send(.get, "/api/v1/dashboard", token: world.couple.ben).json
            #expect((benBoard["deposits"] as? [String: Any])?["ruptures"] as? Int == 1)
            let benResentment = try await app.client.send(.get, "/api/v1/resentment", token: world.couple.ben).json
            #expect(benResentment["own"] as? Double == 0)
            #expect(benResentment["couple"] as? Double == 5)
            #expect((benResentment["themes"] as? [Any])?.isEmpty == true)
            let anaResentment = try await app.client.send(.get, "/api/v1/resentment", token: world.couple.ana).json
            #expect(anaResentment["own"] as? Double == 13)
            #expect(anaResentment["couple"] as? Double == 5)
            let themes = try #require(anaResentment["themes"] as? [[String: Any]])
            #expect(themes.first?["sentence"] as? String == "Second time this month about plans changing.")
            // Ben's shared check-in line stays empty until he answers too: it never shows Ana's score alone.
            let summary = try await app.client.send(.get, "/api/v1/checkins/summary", token: world.couple.ben).json
            let coupleTrend = try #require(summary["coupleTrend"] as? [[String: Any]])
            #expect(coupleTrend.count == 12 && coupleTrend.allSatisfy { $0["value"] == nil })
            #expect(summary["due"] as? Bool == true)
        }
    }

    @Test("a rupture moves from open to let go, is reopened, and a partner's shared one can start a repair")
    func ruptureLifecycle() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let made = try await app.client.send(
                .post, "/api/v1/ruptures",
                json: ["whatHappened": "Dinner <script>alert(1)</script> '; DROP TABLE ruptures;--", "intensity": 6],
                token: couple.ana)
            #expect(made.status == .created)
            #expect(made.json["whatHappened"] as? String == "Dinner <script>alert(1)</script> '; DROP TABLE ruptures;--")
            #expect(made.json["shared"] as? Bool == false)
            let id = try #require(made.json["id"] as? String)
            let noReflection = try await app.client.send(.patch, "/api/v1/ruptures/\(id)", json: ["state": "let_go"], token: couple.ana)
            #expect(noReflection.status == .unprocessableContent)
            #expect(noReflection.errorField == "reflection")
            let letGo = try await app.client.send(
                .patch, "/api/v1/ruptures/\(id)", json: ["state": "let_go", "reflection": "It was a rough day for us both."],
                token: couple.ana)
            #expect(letGo.json["state"] as? String == "let_go")
            #expect(try await app.client.send(.get, "/api/v1/resentment", token: couple.ana).json["own"] as? Double == 0)
            let reopened = try await app.client.send(
                .patch, "/api/v1/ruptures/\(id)", json: ["state": "open", "shared": true], token: couple.ana)
            #expect(reopened.json["state"] as? String == "open")
            #expect(reopened.json["shared"] as? Bool == true)
            // Ben may read the shared rupture but not Ana's reflection, and may open a repair from it.
            let repair = try await app.client.send(.post, "/api/v1/ruptures/\(id)/repair", json: [:], token: couple.ben)
            #expect(repair.status == .created)
            #expect((repair.json["topic"] as? String)?.hasPrefix("Dinner") == true)
            let linked = try await app.client.send(.get, "/api/v1/ruptures/\(id)", token: couple.ben)
            #expect(linked.json["state"] as? String == "in_repair")
            #expect(linked.json["sessionId"] as? String == repair.json["id"] as? String)
            let again = try await app.client.send(.post, "/api/v1/ruptures/\(id)/repair", json: [:], token: couple.ana)
            #expect(again.status == .forbidden)
            let unshare = try await app.client.send(.patch, "/api/v1/ruptures/\(id)", json: ["shared": false], token: couple.ana)
            #expect(unshare.status == .forbidden)
        }
    }

    @Test("a finished repair conversation moves its rupture: repaired settles it, another round opens it again", arguments: [true, false])
    func sessionOutcomeMovesRupture(repaired: Bool) async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let made = try await app.client.send(
                .post, "/api/v1/ruptures", json: ["whatHappened": "Saturday", "intensity": 4], token: couple.ana)
            let id = try #require(made.json["id"] as? String)
            let session = try #require(
                try await app.client.send(.post, "/api/v1/ruptures/\(id)/repair", json: ["topic": "Saturday"], token: couple.ana).json["id"]
                    as? String)
            let steps = Self.nineSteps(couple, secondOutcome: repaired ? "repaired" : "needsAnotherRound")
            for (token, body) in steps {
                let reply = try await app.client.act(session, token: token, body)
                #expect(reply.status == .ok, "\(body): \(reply.text)")
            }
            let rupture = try await app.client.send(.get, "/api/v1/ruptures/\(id)", token: couple.ana).json
            #expect(rupture["state"] as? String == (repaired ? "repaired" : "open"))
            #expect((rupture["settledAt"] != nil) == repaired)
        }
    }

    @Test("an absolute promise is refused with a kinder wording; a concrete one is kept and marked by the partner")
    func commitments() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            for text in ["I will never raise my voice again", "From now on I'll always be on time", "I swear I'll change"] {
                let refused = try await app.client.send(.post, "/api/v1/commitments", json: ["text": text], token: couple.ana)
                #expect(refused.status == .unprocessableContent, "\(text)")
                #expect(refused.errorCode == "absolute_promise")
                let suggestion = (refused.json["error"] as? [String: Any])?["suggestion"] as? String
                #expect(suggestion?.isEmpty == false)
            }
            let made = try await app.client.send(
                .post, "/api/v1/commitments", json: ["text": "I'll text you when I leave work"], token: couple.ana)
            #expect(made.status == .created)
            let id = try #require(made.json["id"] as? String)
            let day = 86_400.0
            let today = Int(Double(app.clock.now().millisecondsSinceEpoch) / 1000 / day)
            #expect(
                try await app.client.send(.post, "/api/v1/commitments/\(id)/marks", json: ["kept": false], token: couple.ben).status == .ok)
            let changed = try await app.client.send(.post, "/api/v1/commitments/\(id)/marks", json: ["kept": true], token: couple.ben)
            #expect(changed.json["consistency"] as? Double == 100)
            let marks = try #require(changed.json["marks"] as? [[String: Any]])
            #expect(marks.count == 1 && marks.first?["day"] as? Int == today)
            app.clock.advance(by: .seconds(86_400))
            _ = try await app.client.send(.post, "/api/v1/commitments/\(id)/marks", json: ["kept": false], token: couple.ben)
            let board = try await app.client.send(.get, "/api/v1/commitments", token: couple.ana).json
            #expect(board["ownConsistency"] as? Double == 50)
            let future = try await app.client.send(
                .post, "/api/v1/commitments/\(id)/marks", json: ["kept": true, "date": "2099-01-01"], token: couple.ben)
            #expect(future.status == .unprocessableContent)
            #expect(future.errorField == "date")
            let badDate = try await app.client.send(
                .post, "/api/v1/commitments/\(id)/marks", json: ["kept": true, "date": "2026-02-30"], token: couple.ben)
            #expect(badDate.errorField == "date")
        }
    }

    @Test("a check-in needs every sign answered 0–4, and a heavy week suggests a repair")
    func checkIns() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            var answers = Dictionary(uniqueKeysWithValues: Self.signs.map { ($0, 1) })
            answers["low_desire"] = nil
            let missing = try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers], token: couple.ana)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorField == "answers.low_desire")
            answers["low_desire"] = 5
            #expect(
                try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers], token: couple.ana).errorField
                    == "answers.low_desire")
            answers["low_desire"] = 1
            answers["made_up"] = 1
            #expect(
                try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers], token: couple.ana).errorField
                    == "answers.made_up")
            answers["made_up"] = nil
            #expect(try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers], token: couple.ana).status == .created)
            var summary = try await app.client.send(.get, "/api/v1/checkins/summary", token: couple.ana).json
            #expect(summary["due"] as? Bool == false)
            #expect(summary["suggestion"] == nil)
            app.clock.advance(by: .seconds(7 * 86_400))
            summary = try await app.client.send(.get, "/api/v1/checkins/summary", token: couple.ana).json
            #expect(summary["due"] as? Bool == true)
            let heavy = Dictionary(uniqueKeysWithValues: Self.signs.map { ($0, 2) })
            _ = try await app.client.send(.post, "/api/v1/checkins", json: ["answers": heavy], token: couple.ana)
            _ = try await app.client.send(.post, "/api/v1/checkins", json: ["answers": heavy], token: couple.ben)
            summary = try await app.client.send(.get, "/api/v1/checkins/summary", token: couple.ben).json
            #expect((summary["suggestion"] as? String)?.contains("repair") == true)
            let trend = try #require(summary["coupleTrend"] as? [[String: Any]])
            #expect(trend.last?["value"] as? Double == 16)
            let dashboard = try await app.client.send(.get, "/api/v1/dashboard", token: couple.ben).json
            let kinds = (dashboard["attention"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
            #expect(kinds.contains("check_in_concern"))
            #expect(!kinds.contains("check_in_due"))
        }
    }

    @Test("features for two say so kindly to someone without a partner; hostile and oversized input gets a precise 4xx")
    func badInput() async throws {
        try await TestApp.with { app in
            let (_, solo) = try await app.client.signUpAndLogIn("Solo")
            let alone = try await app.client.send(.post, "/api/v1/commitments", json: ["text": "I'll call on Sundays"], token: solo)
            #expect(alone.status == .forbidden)
            #expect(try await app.client.send(.post, "/api/v1/appreciations", json: ["text": "Thanks"], token: solo).status == .forbidden)
            let share = try await app.client.send(
                .post, "/api/v1/ruptures", json: ["whatHappened": "x", "intensity": 3, "shared": true], token: solo)
            #expect(share.errorField == "shared")
            // A private log works alone.
            #expect(
                try await app.client.send(.post, "/api/v1/ruptures", json: ["whatHappened": "x", "intensity": 3], token: solo).status
                    == .created)
            let cases: [([String: Any], String)] = [
                (["whatHappened": "", "intensity": 3], "whatHappened"),
                (["whatHappened": String(repeating: "a", count: 4001), "intensity": 3], "whatHappened"),
                (["whatHappened": "ok", "intensity": 11], "intensity"),
                (["whatHappened": "ok", "intensity": 3, "feelings": ["furious-ish"]], "feelings"),
                (["whatHappened": "a\u{0007}b", "intensity": 3], "whatHappened"),
                (["whatHappened": "ok", "intensity": 3, "happenedAt": 9_999_999_999_999], "happenedAt"),
                (["whatHappened": "ok"], "intensity"),
            ]
            for (body, field) in cases {
                let reply = try await app.client.send(.post, "/api/v1/ruptures", json: body, token: solo)
                #expect(reply.status == .unprocessableContent, "\(body)")
                #expect(reply.errorField == field, "\(reply.text)")
            }
            let invalidUTF8 = try await app.client.sendRaw(
                .post, "/api/v1/ruptures", bytes: Array(#"{"whatHappened":""#.utf8) + [0xFF, 0xFE] + Array(#"","intensity":3}"#.utf8),
                token: solo)
            #expect(invalidUTF8.status == .badRequest)
            #expect(try await app.client.sendRaw(.post, "/api/v1/checkins", bytes: Array("[1,2".utf8), token: solo).status == .badRequest)
            let unknownKind = try await app.client.send(.post, "/api/v1/patterns", json: ["kind": "sulking"], token: solo)
            #expect(unknownKind.errorField == "kind")
            let otherNeedsName = try await app.client.send(.post, "/api/v1/patterns", json: ["kind": "other"], token: solo)
            #expect(otherNeedsName.errorField == "name")
            #expect(try await app.client.send(.get, "/api/v1/ruptures/no-such-id", token: solo).status == .notFound)
            #expect(
                try await app.client.send(.patch, "/api/v1/ruptures/no-such-id", json: ["shared": false], token: solo).status == .notFound)
            let list = try await app.client.send(.get, "/api/v1/ruptures", token: solo)
            #expect((try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [Any])?.count == 1)
        }
    }

    @Test("appreciations reach the partner, and the pattern profile shares only what its owner chose")
    func appreciationsAndProfile() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            #expect(
                try await app.client.send(.post, "/api/v1/appreciations", json: ["text": "Thank you for the coffee ☕"], token: couple.ben)
                    .status == .created)
            let seen = try await app.client.send(.get, "/api/v1/appreciations", token: couple.ana)
            let notes = try #require(try JSONSerialization.jsonObject(with: Data(seen.text.utf8)) as? [[String: Any]])
            #expect(notes.map { $0["text"] as? String } == ["Thank you for the coffee ☕"])
            #expect(notes.first?["mine"] as? Bool == false)
            let pattern = try await app.client.send(
                .post, "/api/v1/patterns", json: ["kind": "joking_it_away", "origin": "Humour kept the peace at home"], token: couple.ana)
            let id = try #require(pattern.json["id"] as? String)
            #expect(pattern.json["name"] as? String == "Joking it away")
            var benView = try await app.client.send(.get, "/api/v1/profile", token: couple.ben).json
            #expect((benView["partnerPatterns"] as? [Any])?.isEmpty == true)
            _ = try await app.client.send(
                .put, "/api/v1/patterns/\(id)",
                json: ["kind": "joking_it_away", "name": "Deflecting", "origin": "Humour kept the peace at home", "shared": true],
                token: couple.ana)
            benView = try await app.client.send(.get, "/api/v1/profile", token: couple.ben).json
            let partnerPatterns = try #require(benView["partnerPatterns"] as? [[String: Any]])
            #expect(partnerPatterns.map { $0["name"] as? String } == ["Deflecting"])
            #expect(partnerPatterns.first?["mine"] as? Bool == false)
        }
    }
}
