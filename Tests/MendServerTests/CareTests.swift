import Foundation
import HTTPTypes
import MendCore
import MendTestSupport
import Testing

@Suite("Learning the approach and getting support")
struct CareTests {
    @Test("the professional summary needs both partners' consent, either can withdraw at once, and it holds nothing private")
    func consentedSummary() async throws {
        try await TestApp.with { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben, cal) = (world.couple.ana, world.couple.ben, world.cal)
            #expect(try await app.client.send(.get, "/api/v1/support/summary", token: ana).status == .forbidden)
            let agreed = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": true], token: ana)
            #expect(agreed.json["youConsent"] as? Bool == true && agreed.json["summaryAvailable"] as? Bool == false)
            #expect(try await app.client.send(.get, "/api/v1/support/summary", token: ana).status == .forbidden)
            let benView = try await app.client.send(.get, "/api/v1/support", token: ben)
            #expect(benView.json["partnerConsents"] as? Bool == true)
            _ = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": true], token: ben)
            let summary = try await app.client.send(.get, "/api/v1/support/summary", token: ben)
            #expect(summary.status == .ok)
            #expect(summary.json["format"] as? String == "mend-professional-summary")
            let timeline = try #require(summary.json["timeline"] as? [[String: Any]])
            #expect(timeline.map { $0["description"] as? String } == ["A rupture, hurt 5/10, now open"])
            let patterns = try #require(summary.json["sharedPatterns"] as? [[String: Any]])
            #expect(patterns.map { $0["responsibility"] as? String } == ["I push for answers"])
            for secret in BetweenWorld.secrets + ["The plans for Sunday changed again", "I go quiet", "text you when I leave work"] {
                #expect(!summary.text.contains(secret), "\(secret)")
            }
            let page = try await app.client.send(.get, "/support/summary", headers: [.cookie: "mend_session=\(ana)"])
            #expect(page.status == .ok && page.text.contains("Summary for a professional") && !page.text.contains("lighthouse-private"))
            // Withdrawing takes effect at once, for both.
            _ = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": false], token: ben)
            #expect(try await app.client.send(.get, "/api/v1/support/summary", token: ana).status == .forbidden)
            #expect(try await app.client.send(.get, "/support/summary", headers: [.cookie: "mend_session=\(ana)"]).status == .forbidden)
            // A stranger has no summary and no say.
            #expect(try await app.client.send(.get, "/api/v1/support/summary", token: cal).status == .forbidden)
            let calStatus = try await app.client.send(.get, "/api/v1/support", token: cal)
            #expect(calStatus.json["partnerConsents"] as? Bool == false)
        }
    }

    @Test("repairs that keep needing another round, contempt and high activation suggest support, kindly, on the home page")
    func signals() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            var status = try await app.client.send(.get, "/api/v1/support", token: couple.ana)
            #expect((status.json["signals"] as? [Any])?.isEmpty == true)
            for round in 0..<2 {
                let session = try await app.client.startSession(token: couple.ana, topic: "Round \(round)")
                var steps = BetweenAPITests.nineSteps(couple, secondOutcome: "needsAnotherRound")
                if round == 1 { steps[1].1["text"] = "You're pathetic. What a joke you are." }
                for (token, body) in steps { try await app.client.act(session, token: token, body) }
            }
            for topic in ["Sunday", "Money", "Chores"] {
                let session = try await app.client.startSession(token: couple.ben, topic: topic)
                try await app.client.act(session, token: couple.ana, ["type": "accept"])
                try await app.client.act(session, token: couple.ben, ["type": "send", "text": "I'm noticing tension."])
                try await app.client.act(session, token: couple.ana, ["type": "send", "text": "Me too."])
                try await app.client.act(session, token: couple.ben, ["type": "rate", "value": 8])
            }
            status = try await app.client.send(.get, "/api/v1/support", token: couple.ben)
            let ids = (status.json["signals"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(Set(ids) == ["repairs_keep_failing", "contempt_appearing", "too_activated_to_start"])
            let home = try await app.client.send(.get, "/", headers: [.cookie: "mend_session=\(couple.ana)"])
            #expect(home.text.contains("It might help to bring someone in"))
            #expect(!home.text.contains("pathetic"))
        }
    }

    @Test("the rising-resentment rule needs three weekly rises and a real weight")
    func resentmentRule() {
        func signals(_ trend: [Double]) -> [SupportRules.Signal] {
            SupportRules.signals(.init(coupleResentment: trend, anotherRounds: 0, contemptMessages: 0, highActivations: 0))
        }
        #expect(signals([0, 4, 9, 16]) == [.resentmentRising])
        #expect(signals([0, 4, 9, 12]).isEmpty)
        #expect(signals([4, 9, 9, 16]).isEmpty)
        #expect(signals([16]).isEmpty)
        #expect(SupportRules.signals(.init(coupleResentment: [], anotherRounds: 1, contemptMessages: 0, highActivations: 2)).isEmpty)
    }

    @Test("the guide is there from the first visit, the coach reads a practice sentence, and every step links to why it matters")
    func guide() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let guide = try await app.client.send(.get, "/api/v1/learn", token: couple.ana)
            let sections = try #require(guide.json["sections"] as? [[String: Any]])
            #expect(sections.count >= 6)
            #expect(guide.json["completedAt"] == nil)
            let ana = try await BrowserSession.signedIn(app, email: "ana@example.com")
            #expect(try await ana.get("/").text.contains("Start here: how repair works"))
            let page = try await ana.get("/learn")
            let firstID = try #require(sections.first?["id"] as? String)
            #expect(page.text.contains("id=\"\(firstID)\""))
            let practised = try await ana.post(
                "/learn/practice", fields: ["section": "i-statements", "text": "You never listen to me, you're so selfish."])
            #expect(practised.status == .ok)
            #expect(practised.text.contains("class=\"finding harmful\""))
            let kind = try await ana.post(
                "/learn/practice",
                fields: ["section": "i-statements", "text": "I felt lonely on Saturday and I'd love us to plan Sunday together."])
            #expect(
                kind.text.contains("didn&#39;t notice anything to change") || kind.text.contains("didn't notice anything to change")
                    || kind.text.contains("class=\"finding\""))
            _ = try await ana.post("/learn/done", fields: [:])
            #expect(!(try await ana.get("/").text.contains("Start here: how repair works")))
            #expect(try await app.client.send(.get, "/api/v1/learn", token: couple.ana).json["completedAt"] != nil)
            let session = try await app.client.startSession(token: couple.ana)
            try await app.client.act(session, token: couple.ben, ["type": "accept"])
            let step = try await ana.get("/sessions/\(session)")
            #expect(step.text.contains("Why this step?"))
            #expect(
                step.text.contains(LearningGuide.whyThisStep["name-it"]!.replacingOccurrences(of: "'", with: "&#39;"))
                    || step.text.contains(LearningGuide.whyThisStep["name-it"]!))
        }
    }
}
