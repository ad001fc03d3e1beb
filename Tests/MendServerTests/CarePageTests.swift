import Foundation
import HTTPTypes
import HummingbirdTesting
import MendTestSupport
import Testing

@Suite("Care pages: signed out, and as a practitioner")
struct CarePageTests {
    @Test("the signed-out are sent to log in from every care page and form")
    func signedOut() async throws {
        try await TestApp.with { app in
            for path in [
                "/settings/export", "/settings/export.json", "/support", "/support/summary", "/support/summary.json", "/together",
                "/practice", "/practice/x",
            ] {
                let reply = try await app.client.send(.get, path)
                #expect(reply.status == .seeOther && reply.headers[.location] == "/login", "\(path)")
            }
            let visitor = BrowserSession(client: app.client)
            try await visitor.get("/login")
            for path in [
                "/safety/mode", "/support/consent", "/support/practitioner", "/support/practitioner/revoke", "/together/reflection",
                "/together/close", "/learn/done",
            ] {
                let reply = try await visitor.post(path, fields: ["on": "yes", "consent": "yes", "confirm": "yes", "email": "x@y.z"])
                #expect(reply.status == .seeOther && reply.headers[.location] == "/login", "\(path): \(reply.status)")
            }
            // The guide and the safety page are for everyone.
            #expect(try await app.client.send(.get, "/learn").status == .ok)
            #expect(try await app.client.send(.get, "/safety").status == .ok)
        }
    }

    @Test("a practitioner's pages show nothing of a couple beyond the consented summary")
    func practitionerPages() async throws {
        try await TestApp.with(configure: { $0.practitionersEnabled = true }) { app in
            let world = try await BetweenWorld.make(app)
            let pat = try await PractitionerTests.practitioner(app, "Pat")
            _ = try await app.client.send(
                .post, "/api/v1/support/practitioner", json: ["email": "pat@clinic.example"], token: world.couple.ana)
            let cookie: HTTPFields = [.cookie: "mend_session=\(pat)"]
            for path in ["/ruptures/\(world.sharedRupture)", "/ruptures/\(world.privateRupture)"] {
                #expect(try await app.client.send(.get, path, headers: cookie).status == .notFound)
            }
            let clients = try await app.client.send(.get, "/practice", headers: cookie)
            #expect(clients.text.contains("Ana and Ben") && clients.text.contains("waiting for both partners to agree"))
            for path in ["/", "/ruptures", "/patterns", "/commitments", "/appreciations", "/together", "/support", "/practice"] {
                let page = try await app.client.send(.get, path, headers: cookie)
                for secret in BetweenWorld.secrets + ["The plans for Sunday changed again", "I chase"] {
                    #expect(!page.text.contains(secret), "\(path) leaked \(secret)")
                }
            }
        }
    }
}
