import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("Practitioner access")
struct PractitionerTests {
    static func practitioner(_ app: TestApp, _ name: String) async throws -> String {
        let email = "\(name.lowercased())@clinic.example"
        let created = try await app.client.send(
            .post, "/api/v1/accounts",
            json: ["email": email, "password": "correct horse battery", "displayName": name, "practitioner": true])
        guard created.status == .created else { throw TestFailure("practitioner sign-up: \(created.text)") }
        let login = try await app.client.send(.post, "/api/v1/login", json: ["email": email, "password": "correct horse battery"])
        return try #require(login.json["token"] as? String)
    }

    @Test("a deployment that doesn't offer practitioner accounts refuses them by name")
    func disabled() async throws {
        try await TestApp.with { app in
            let reply = try await app.client.send(
                .post, "/api/v1/accounts",
                json: ["email": "p@clinic.example", "password": "correct horse battery", "displayName": "P", "practitioner": true])
            #expect(reply.status == .unprocessableContent && reply.errorField == "practitioner")
        }
    }

    @Test("an invited practitioner sees only the consented summary, every read is logged, and either partner revokes at once")
    func access() async throws {
        try await TestApp.with(configure: { $0.practitionersEnabled = true }) { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben) = (world.couple.ana, world.couple.ben)
            let pat = try await Self.practitioner(app, "Pat")
            let other = try await Self.practitioner(app, "Quinn")
            let coupleID = try #require(try await app.client.send(.get, "/api/v1/couple", token: ana).json["id"] as? String)
            // Practitioners stay outside spaces.
            #expect(try await app.client.send(.post, "/api/v1/couple", token: pat).status == .forbidden)
            // Only a practitioner's email invites one.
            #expect(
                try await app.client.send(.post, "/api/v1/support/practitioner", json: ["email": "cal@example.com"], token: ana).errorField
                    == "email")
            #expect(
                try await app.client.send(.post, "/api/v1/support/practitioner", json: ["email": "nobody@x.org"], token: ana).errorField
                    == "email")
            #expect(
                try await app.client.send(.post, "/api/v1/support/practitioner", json: ["email": "pat@clinic.example"], token: ana).status
                    == .created)
            let clients = try await app.client.send(.get, "/api/v1/practice/couples", token: pat)
            #expect(clients.text.contains(coupleID) && clients.text.contains("\"summaryAvailable\":false"))
            #expect(try await app.client.send(.get, "/api/v1/practice/couples/\(coupleID)/summary", token: pat).status == .forbidden)
            // Nothing else of the couple is reachable for the practitioner, invited or not.
            for token in [pat, other] {
                for path in [
                    "/api/v1/ruptures/\(world.sharedRupture)", "/api/v1/patterns/\(world.sharedPattern)",
                    "/api/v1/commitments/\(world.commitment)",
                    "/api/v1/couples/\(coupleID)",
                ] {
                    #expect(try await app.client.send(.get, path, token: token).status == .notFound, "\(path)")
                }
                for path in ["/api/v1/ruptures", "/api/v1/dashboard", "/api/v1/profile", "/api/v1/appreciations", "/api/v1/sessions"] {
                    let reply = try await app.client.send(.get, path, token: token)
                    #expect(!reply.text.contains("Sunday") && !reply.text.contains("I chase"), "\(path)")
                }
            }
            _ = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": true], token: ana)
            _ = try await app.client.send(.put, "/api/v1/support/consent", json: ["consent": true], token: ben)
            let summary = try await app.client.send(.get, "/api/v1/practice/couples/\(coupleID)/summary", token: pat)
            #expect(summary.status == .ok && summary.text.contains("I push for answers"))
            for secret in BetweenWorld.secrets { #expect(!summary.text.contains(secret)) }
            #expect(try await app.client.send(.get, "/api/v1/practice/couples/\(coupleID)/summary", token: other).status == .notFound)
            let page = try await app.client.send(.get, "/practice/\(coupleID)", headers: [.cookie: "mend_session=\(pat)"])
            #expect(page.status == .ok && page.text.contains("Summary for a professional"))
            // The couple sees each read.
            let log = try await app.client.send(.get, "/api/v1/support/practitioner", token: ben)
            #expect(log.json["practitioner"] as? String == "Pat")
            #expect((log.json["reads"] as? [[String: Any]])?.count == 2)
            #expect(
                try await app.client.send(.get, "/support", headers: [.cookie: "mend_session=\(ana)"]).text.contains("viewed the summary"))
            // Either partner ends it at once.
            #expect(try await app.client.send(.delete, "/api/v1/support/practitioner", token: ben).status == .noContent)
            #expect(try await app.client.send(.get, "/api/v1/practice/couples/\(coupleID)/summary", token: pat).status == .notFound)
            #expect(try await app.client.send(.get, "/api/v1/practice/couples", token: pat).text == "[]")
            // A partner account is not a practitioner.
            #expect(try await app.client.send(.get, "/api/v1/practice/couples", token: ana).status == .forbidden)
        }
    }
}
