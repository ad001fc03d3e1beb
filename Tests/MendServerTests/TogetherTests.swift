import Foundation
import HTTPTypes
import Logging
import MendCore
import MendStorage
import MendTestSupport
import Testing

@testable import MendServer

@Suite("Together or apart")
struct TogetherTests {
    @Test("a reflection is private until its writer shares it, and only with their partner")
    func reflection() async throws {
        try await TestApp.with { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben, cal) = (world.couple.ana, world.couple.ben, world.cal)
            let saved = try await app.client.send(
                .put, "/api/v1/reflection", json: ["needs": "reflection-needs-marker", "hopes": "To feel close again"], token: ana)
            #expect(saved.status == .ok && saved.json["shared"] as? Bool == false)
            for token in [ben, cal] {
                let reply = try await app.client.send(.get, "/api/v1/reflection", token: token)
                #expect(reply.json["partner"] == nil && !reply.text.contains("reflection-needs-marker"))
                let page = try await app.client.send(.get, "/together", headers: [.cookie: "mend_session=\(token)"])
                #expect(page.status == .ok && !page.text.contains("reflection-needs-marker"))
            }
            _ = try await app.client.send(
                .put, "/api/v1/reflection", json: ["needs": "reflection-needs-marker", "hopes": "To feel close again", "shared": true],
                token: ana)
            let benView = try await app.client.send(.get, "/api/v1/reflection", token: ben).json
            #expect((benView["partner"] as? [String: Any])?["needs"] as? String == "reflection-needs-marker")
            #expect(!(try await app.client.send(.get, "/api/v1/reflection", token: cal).text.contains("reflection-needs-marker")))
            let (_, solo) = try await app.client.signUpAndLogIn("Solo")
            #expect(try await app.client.send(.put, "/api/v1/reflection", json: ["needs": "x"], token: solo).status == .ok)
            #expect(
                try await app.client.send(.put, "/api/v1/reflection", json: ["needs": "x", "shared": true], token: solo).status
                    == .forbidden)
            let export = try await app.client.send(.get, "/api/v1/me/export", token: ana)
            #expect(export.text.contains("reflection-needs-marker"))
        }
    }

    @Test("the space closes when both confirm: shared things go, each keeps their own log, private again")
    func closeTogether() async throws {
        try await TestApp.with { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben) = (world.couple.ana, world.couple.ben)
            let session = try await app.client.startSession(token: ben)
            var reply = try await app.client.send(.post, "/api/v1/couple/close", json: ["confirm": true], token: ana)
            #expect(reply.json["closed"] as? Bool == false)
            #expect(reply.json["confirmedBy"] as? [String] == [world.couple.anaID])
            let couple = try await app.client.send(.get, "/api/v1/couple", token: ben).json
            #expect((couple["partners"] as? [[String: Any]])?.first?["confirmedClose"] as? Bool == true)
            reply = try await app.client.send(.post, "/api/v1/couple/close", json: ["confirm": false], token: ana)
            #expect(reply.json["confirmedBy"] as? [String] == [])
            _ = try await app.client.send(.post, "/api/v1/couple/close", json: ["confirm": true], token: ben)
            reply = try await app.client.send(.post, "/api/v1/couple/close", json: ["confirm": true], token: ana)
            #expect(reply.json["closed"] as? Bool == true)
            for token in [ana, ben] {
                #expect(try await app.client.send(.get, "/api/v1/couple", token: token).status == .notFound)
                #expect(try await app.client.send(.get, "/api/v1/sessions/\(session)", token: token).status == .notFound)
            }
            let anaRuptures =
                try JSONSerialization.jsonObject(with: Data(try await app.client.send(.get, "/api/v1/ruptures", token: ana).text.utf8))
                as? [[String: Any]] ?? []
            #expect(anaRuptures.count == 2)
            #expect(anaRuptures.allSatisfy { $0["shared"] as? Bool == false })
            #expect(!(try await app.client.send(.get, "/api/v1/ruptures", token: ben).text.contains("Sunday")))
            #expect(try await app.client.send(.post, "/api/v1/couple/close", json: ["confirm": true], token: ana).status == .notFound)
        }
    }

    @Test("once one partner leaves, the other has a grace period to download their writing, then the space is deleted")
    func graceAfterLeaving() async throws {
        try await TestApp.with { app in
            let world = try await BetweenWorld.make(app)
            let (ana, ben) = (world.couple.ana, world.couple.ben)
            let session = try await app.client.startSession(token: ben)
            #expect(try await app.client.send(.post, "/api/v1/couple/leave", token: ana).status == .noContent)
            let couple = try await app.client.send(.get, "/api/v1/couple", token: ben).json
            let closesAt = try #require(couple["closesAt"] as? Int64)
            #expect(closesAt == app.clock.now().adding(seconds: 30 * 86_400).millisecondsSinceEpoch)
            let invite = try await app.client.send(.post, "/api/v1/couple/invite", token: ben)
            #expect(invite.status == .conflict && invite.errorCode == "space_closing")
            let home = try await app.client.send(.get, "/", headers: [.cookie: "mend_session=\(ben)"])
            #expect(home.text.contains("Your partner has left the shared space"))
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(session)", token: ben).status == .ok)

            let storage = Storage(database: app.database.database, sealer: app.database.sealer)
            let maintenance = MaintenanceService(
                storage: storage, clock: app.clock, throttle: LoginThrottle(), interval: .seconds(3600), logger: Logger(label: "test"))
            app.clock.advance(by: .seconds(29 * 86_400))
            await maintenance.sweep()
            #expect(try await app.client.send(.get, "/api/v1/couple", token: ben).status == .ok)
            app.clock.advance(by: .seconds(2 * 86_400))
            await maintenance.sweep()
            // A month on, both sign in again.
            func logIn(_ email: String) async throws -> String {
                let reply = try await app.client.send(.post, "/api/v1/login", json: ["email": email, "password": "correct horse battery"])
                return try #require(reply.json["token"] as? String)
            }
            let (anaAgain, benAgain) = (try await logIn("ana@example.com"), try await logIn("ben@example.com"))
            _ = ana
            #expect(try await app.client.send(.get, "/api/v1/couple", token: benAgain).status == .notFound)
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(session)", token: benAgain).status == .notFound)
            // Ana's own log outlived the space, private.
            #expect(try await app.client.send(.get, "/api/v1/ruptures", token: anaAgain).text.contains("lighthouse-private"))
        }
    }
}
