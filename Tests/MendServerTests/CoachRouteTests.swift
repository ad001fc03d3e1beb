import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("The coach in the API and pages")
struct CoachRouteTests {
    @Test("the coach reads a draft: blame is flagged with a gentler wording, logistics get nothing")
    func analyze() async throws {
        try await TestApp.with { app in
            let (_, token) = try await app.client.signUpAndLogIn("Ana")
            let blame = try await app.client.send(
                .post, "/api/v1/coach", json: ["text": "You never listen to me. You're so selfish."], token: token)
            #expect(blame.status == .ok)
            let labels = try #require(blame.json["labels"] as? [String])
            #expect(labels.contains("criticism"))
            let findings = try #require(blame.json["findings"] as? [[String: Any]])
            let criticism = try #require(findings.first { $0["label"] as? String == "criticism" })
            #expect((criticism["suggestion"] as? String)?.isEmpty == false)
            #expect((criticism["spans"] as? [[String: Any]])?.isEmpty == false)
            let milk = try await app.client.send(
                .post, "/api/v1/coach", json: ["text": "Can you pick up milk on the way home?"], token: token)
            #expect(milk.json["labels"] as? [String] == [])
        }
    }

    @Test("the coach needs a signed-in person and refuses what it cannot read")
    func refusals() async throws {
        try await TestApp.with { app in
            #expect(try await app.client.send(.post, "/api/v1/coach", json: ["text": "hello"]).status == .unauthorized)
            let (_, token) = try await app.client.signUpAndLogIn("Ana")
            let missing = try await app.client.send(.post, "/api/v1/coach", json: ["context": "hi"], token: token)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorField == "text")
            let long = try await app.client.send(
                .post, "/api/v1/coach", json: ["text": String(repeating: "I feel sad. ", count: 5000)], token: token)
            #expect(long.status == .unprocessableContent)
            #expect(long.errorField == "text")
        }
    }

    @Test("the practice page works as a plain form without script")
    func practicePage() async throws {
        try await TestApp.with { app in
            let browser = try await BrowserSession.signedUp(app, "Ana")
            #expect(try await browser.get("/coach").text.contains("Practise with the coach"))
            let reply = try await browser.post("/coach", fields: ["text": "You always ruin everything, what is wrong with you?"])
            #expect(reply.status == .ok)
            #expect(reply.text.contains("Criticism"))
            #expect(reply.text.contains("class=\"suggestion\""))
        }
    }
}
