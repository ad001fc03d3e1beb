import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSTesting
import MendTestSupport
import Testing
import WSClient

/// A couple (Ana and Ben) in one space, signed in.
struct Couple: Sendable {
    let ana: String
    let ben: String
    let anaID: String
    let benID: String

    static func make(_ app: TestApp) async throws -> Couple {
        let (anaID, ana) = try await app.client.signUpAndLogIn("Ana")
        let (benID, ben) = try await app.client.signUpAndLogIn("Ben")
        let (_, code) = try await app.client.createCouple(token: ana)
        _ = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben)
        return Couple(ana: ana, ben: ben, anaID: anaID, benID: benID)
    }
}

extension TestClientProtocol {
    /// Starts a session as `token` and returns its id.
    func startSession(token: String, topic: String = "Saturday", protocolID: String? = nil) async throws -> String {
        var body: [String: Any] = ["topic": topic]
        if let protocolID { body["protocol"] = protocolID }
        let reply = try await send(.post, "/api/v1/sessions", json: body, token: token)
        guard reply.status == .created, let id = reply.json["id"] as? String else { throw TestFailure("start failed: \(reply.text)") }
        return id
    }

    /// Acts in a session and returns the reply.
    @discardableResult
    func act(_ session: String, token: String, _ body: [String: Any]) async throws -> Reply {
        try await send(.post, "/api/v1/sessions/\(session)/actions", json: body, token: token)
    }
}

@Suite("Repair sessions over the API")
struct RepairSessionAPITests {
    @Test("partners take turns over REST; the wrong person or step gets a 409 with a reason")
    func turnByTurn() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let id = try await app.client.startSession(token: c.ana)
            let early = try await app.client.act(id, token: c.ana, ["type": "send", "text": "hello"])
            #expect(early.status == .conflict)
            #expect(early.errorCode == "not_accepted")
            #expect(try await app.client.act(id, token: c.ben, ["type": "accept"]).status == .ok)
            try await app.client.act(id, token: c.ana, ["type": "send", "text": "I'm noticing tension between us about Saturday."])
            let twice = try await app.client.act(id, token: c.ana, ["type": "send", "text": "again"])
            #expect(twice.status == .conflict)
            #expect(twice.errorCode == "already_done")
            let wrongStep = try await app.client.act(id, token: c.ben, ["type": "rate", "value": 2])
            #expect(wrongStep.status == .conflict)
            #expect(wrongStep.errorCode == "wrong_step")
            let reply = try await app.client.act(id, token: c.ben, ["type": "send", "text": "I feel it too."])
            let session = try #require(reply.json["session"] as? [String: Any])
            #expect((session["step"] as? [String: Any])?["id"] as? String == "activation")
            #expect((session["you"] as? [String: Any])?["actions"] as? [String] == ["rate", "pause"])
            let badRating = try await app.client.act(id, token: c.ben, ["type": "rate", "value": 11])
            #expect(badRating.status == .unprocessableContent)
            #expect(badRating.errorField == "value")
            let missing = try await app.client.act(id, token: c.ben, ["type": "rate"])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorField == "value")
            let events = try await app.client.send(.get, "/api/v1/sessions/\(id)/events?after=2", token: c.ben)
            #expect((events.json["events"] as? [[String: Any]])?.compactMap { $0["sequence"] as? Int } == [3, 4])
        }
    }

    @Test("a stranger gets 404 for a session and its events; signed-out callers get 401")
    func authorisation() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let (_, eve) = try await app.client.signUpAndLogIn("Eve")
            let id = try await app.client.startSession(token: c.ana)
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/sessions/\(id)"), (.get, "/api/v1/sessions/\(id)/events"),
                (.get, "/api/v1/sessions/\(id)/live"),
            ] {
                #expect(try await app.client.send(method, path, token: eve).status == .notFound)
                #expect(try await app.client.send(method, path).status == .unauthorized)
            }
            #expect(try await app.client.act(id, token: eve, ["type": "accept"]).status == .notFound)
            #expect(try await app.client.send(.get, "/api/v1/sessions", token: eve).json.isEmpty)
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(id)", token: c.ben).status == .ok)
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(id)/live", token: c.ben).status == .upgradeRequired)
        }
    }

    @Test("a session needs both partners in the space")
    func needsPartner() async throws {
        try await TestApp.with { app in
            let (_, solo) = try await app.client.signUpAndLogIn("Solo")
            #expect(try await app.client.send(.post, "/api/v1/sessions", json: ["topic": "x"], token: solo).status == .notFound)
            _ = try await app.client.createCouple(token: solo)
            #expect(try await app.client.send(.post, "/api/v1/sessions", json: ["topic": "x"], token: solo).status == .forbidden)
        }
    }

    @Test("a draft with signs the writer may not be safe is held back privately; the partner sees only a pause")
    func safety() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let id = try await app.client.startSession(token: c.ana)
            try await app.client.act(id, token: c.ben, ["type": "accept"])
            let held = try await app.client.act(id, token: c.ana, ["type": "send", "text": "Honestly I don't want to be alive anymore."])
            #expect(held.status == .unprocessableContent)
            #expect(held.errorCode == "safety_check")
            try await app.client.act(id, token: c.ana, ["type": "pause"])
            let seenByBen = try await app.client.send(.get, "/api/v1/sessions/\(id)", token: c.ben)
            #expect(seenByBen.json["status"] as? String == "paused")
            #expect(!seenByBen.text.contains("alive"))
            #expect((seenByBen.json["transcript"] as? [Any])?.isEmpty == true)
            let events = try await app.client.send(.get, "/api/v1/sessions/\(id)/events", token: c.ben)
            #expect(!events.text.contains("alive") && !events.text.contains("safety"))
        }
    }

    @Test("the live socket replays missed events exactly once and then streams new ones")
    func live() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let id = try await app.client.startSession(token: c.ana)
            try await app.client.act(id, token: c.ben, ["type": "accept"])
            let client = app.client
            let received = try await Self.collect(client, session: id, token: c.ben, after: 1, until: 4) {
                try await client.act(id, token: c.ana, ["type": "send", "text": "I'm noticing distance."])
                try await client.act(id, token: c.ben, ["type": "send", "text": "Me too."])
            }
            #expect(received == [2, 3, 4])
            // Reconnecting with the last sequence seen gets exactly what was missed while away.
            try await client.act(id, token: c.ana, ["type": "rate", "value": 2])
            let resumed = try await Self.collect(client, session: id, token: c.ben, after: 4, until: 5) {}
            #expect(resumed == [5])
        }
    }

    @Test("the live socket refuses strangers and cross-site cookie upgrades")
    func liveRefusals() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let (_, eve) = try await app.client.signUpAndLogIn("Eve")
            let id = try await app.client.startSession(token: c.ana)
            for headers: HTTPFields in [
                [.authorization: "Bearer \(eve)"], [:], [.cookie: "mend_session=\(c.ana)", .origin: "https://evil.example"],
            ] {
                await #expect(throws: (any Error).self) {
                    try await app.client.ws("/api/v1/sessions/\(id)/live", configuration: .init(additionalHeaders: headers)) { _, _, _ in }
                }
            }
        }
    }

    /// Connects as `token`, runs `whileConnected` after the catch-up, and returns the sequence
    /// numbers received until `until` arrives.
    static func collect(
        _ client: any TestClientProtocol, session: String, token: String, after: Int, until: Int,
        whileConnected: @escaping @Sendable () async throws -> Void
    ) async throws -> [Int] {
        let box = SequenceBox()
        try await client.ws(
            "/api/v1/sessions/\(session)/live?after=\(after)", configuration: .init(additionalHeaders: [.authorization: "Bearer \(token)"])
        ) { inbound, outbound, _ in
            for try await message in inbound.messages(maxSize: 1 << 20) {
                guard case .text(let text) = message,
                    let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                else { continue }
                if json["type"] as? String == "ready" {
                    try await whileConnected()
                } else if let sequence = (json["event"] as? [String: Any])?["sequence"] as? Int {
                    await box.append(sequence)
                    if sequence >= until { break }
                }
            }
            try await outbound.close(.normalClosure, reason: nil)
        }
        return await box.values
    }
}

/// Collects sequence numbers across tasks.
actor SequenceBox {
    var values: [Int] = []
    func append(_ value: Int) { values.append(value) }
}
