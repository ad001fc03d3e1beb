import Configuration
import Foundation
import HTTPTypes
import MendCore
import MendServer
import MendTestSupport
import Testing

@Suite("Safety: help for the writer alone, and safety mode")
struct SafetyTests {
    @Test("words that suggest the writer isn't safe bring help to them alone; the partner's views show nothing of it")
    func helpForTheWriter() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let risky = try await app.client.send(
                .post, "/api/v1/ruptures",
                json: ["whatHappened": "I don't feel safe in my own home after last night.", "intensity": 9, "shared": true],
                token: couple.ana)
            #expect(risky.status == .created)
            let notice = try #require(risky.json["safety"] as? [String: Any])
            #expect(notice["resourcesUrl"] as? String == "/safety")
            let calm = try await app.client.send(
                .post, "/api/v1/ruptures", json: ["whatHappened": "You forgot the bins again.", "intensity": 2], token: couple.ana)
            #expect(calm.json["safety"] == nil)
            let answers = Dictionary(uniqueKeysWithValues: BetweenAPITests.signs.map { ($0, 1) })
            let fearful = try await app.client.send(
                .post, "/api/v1/checkins", json: ["answers": answers, "feelsSafe": "no"], token: couple.ana)
            #expect(fearful.json["safety"] != nil)
            #expect(fearful.json["feelsSafe"] as? String == "no")
            let fine = try await app.client.send(
                .post, "/api/v1/checkins", json: ["answers": answers, "feelsSafe": "yes"], token: couple.ana)
            #expect(fine.json["safety"] == nil)
            #expect(
                try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers, "feelsSafe": "maybe"], token: couple.ana)
                    .errorField == "feelsSafe")
            // Ben sees the shared rupture, and nothing about safety, on any route.
            let id = try #require(risky.json["id"] as? String)
            for path in [
                "/api/v1/ruptures/\(id)", "/api/v1/ruptures", "/api/v1/dashboard", "/api/v1/checkins/summary", "/api/v1/resentment",
            ] {
                let reply = try await app.client.send(.get, path, token: couple.ben)
                #expect(!reply.text.contains("safety") && !reply.text.contains("feelsSafe"), "\(path): \(reply.text.prefix(200))")
            }
            let page = try await app.client.send(.get, "/ruptures/\(id)", headers: [.cookie: "mend_session=\(couple.ben)"])
            #expect(!page.text.contains("safety-callout") && !page.text.contains("might not be safe"))
        }
    }

    @Test("safety mode pauses everything joint; the partner learns only 'not available right now'")
    func safetyMode() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let session = try await app.client.startSession(token: couple.ben)
            try await app.client.act(session, token: couple.ana, ["type": "accept"])
            let commitment = try await app.client.send(
                .post, "/api/v1/commitments", json: ["text": "I'll call at lunch"], token: couple.ana)
            let commitmentID = try #require(commitment.json["id"] as? String)

            let on = try await app.client.send(.put, "/api/v1/me/safety-mode", json: ["on": true], token: couple.ana)
            #expect(on.json["safetyMode"] as? Bool == true)
            // The conversation under way paused; Ben sees that it's paused, not why.
            let state = try await app.client.send(.get, "/api/v1/sessions/\(session)", token: couple.ben)
            #expect(state.json["status"] as? String == "paused")
            #expect(!state.text.lowercased().contains("safety"))
            for (method, path, body) in [
                (HTTPRequest.Method.post, "/api/v1/sessions", ["topic": "Saturday"]),
                (.post, "/api/v1/sessions/\(session)/actions", ["type": "resume"]),
                (.post, "/api/v1/appreciations", ["text": "Thank you"]),
                (.post, "/api/v1/commitments", ["text": "I'll cook on Fridays"]),
                (.post, "/api/v1/commitments/\(commitmentID)/marks", ["kept": true]),
            ] as [(HTTPRequest.Method, String, [String: Any])] {
                let reply = try await app.client.send(method, path, json: body, token: couple.ben)
                if path.hasSuffix("/actions") {
                    // Only the one who paused may resume: Ben's refusal is the usual one.
                    #expect(reply.status == .conflict)
                } else {
                    #expect(reply.status == .conflict, "\(path)")
                    #expect(reply.errorCode == "not_available", "\(path)")
                    #expect(reply.errorMessage == "Ana isn't available right now.")
                }
                #expect(!reply.text.lowercased().contains("safety"), "\(path)")
            }
            let dashboard = try await app.client.send(.get, "/api/v1/dashboard", token: couple.ben)
            let kinds = (dashboard.json["attention"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
            #expect(kinds.first == "partner_unavailable")
            #expect(!kinds.contains("commitment_to_mark"))
            #expect(!dashboard.text.lowercased().contains("safety"))
            // Ana is reminded, not blocked from her private log.
            let own = try await app.client.send(.post, "/api/v1/sessions", json: ["topic": "Sunday"], token: couple.ana)
            #expect(own.errorCode == "safety_mode_on")
            #expect(
                try await app.client.send(.post, "/api/v1/ruptures", json: ["whatHappened": "Private", "intensity": 3], token: couple.ana)
                    .status == .created)
            let home = try await app.client.send(.get, "/safety", headers: [.cookie: "mend_session=\(couple.ana)"])
            #expect(home.text.contains("Safety mode is on"))

            _ = try await app.client.send(.put, "/api/v1/me/safety-mode", json: ["on": false], token: couple.ana)
            #expect(
                try await app.client.send(.post, "/api/v1/appreciations", json: ["text": "Thank you"], token: couple.ben).status == .created
            )
            #expect(try await app.client.act(session, token: couple.ana, ["type": "resume"]).status == .ok)
        }
    }

    @Test("a deployment lists its own help lines; a bad list stops start-up with one line")
    func configurableResources() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mend-resources-\(UUID().uuidString).json")
        try Data(#"[{"title": "Local line", "details": "Call 0800 000 000, any time."}]"#.utf8).write(to: file)
        let configuration = try MendConfiguration(reader: StartupTests.reader(["mend.safety.resources": file.path]))
        #expect(configuration.safetyResources == [SafetyResource(title: "Local line", details: "Call 0800 000 000, any time.")])
        #expect(MendConfiguration().safetyResources.count >= 3)
        try Data("[]".utf8).write(to: file)
        #expect(throws: ConfigurationError.self) {
            try MendConfiguration(reader: StartupTests.reader(["mend.safety.resources": file.path]))
        }
        #expect(throws: ConfigurationError.self) {
            try MendConfiguration(reader: StartupTests.reader(["mend.safety.resources": "/nonexistent/x.json"]))
        }
    }
}
