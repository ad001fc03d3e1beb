import Foundation
import HTTPTypes
import MendCore
import MendStorage
import MendTestSupport
import SQLKit
import Testing

@Suite("Owning your data: export and deletion")
struct DataOwnershipTests {
    /// Ana writes something everywhere she can, each piece carrying `mark`; Ben does the same with his own mark.
    static func writeEverything(_ app: TestApp, _ couple: Couple) async throws -> String {
        for (token, mark) in [(couple.ana, "ana-words"), (couple.ben, "ben-words")] {
            _ = try await app.client.send(
                .post, "/api/v1/ruptures",
                json: ["whatHappened": "\(mark) rupture", "intensity": 4, "feelingsNote": "\(mark) note", "shared": true],
                token: token)
            _ = try await app.client.send(
                .post, "/api/v1/ruptures", json: ["whatHappened": "\(mark) private", "intensity": 2], token: token)
            let answers = Dictionary(uniqueKeysWithValues: BetweenAPITests.signs.map { ($0, 1) })
            _ = try await app.client.send(.post, "/api/v1/checkins", json: ["answers": answers, "note": "\(mark) check-in"], token: token)
            _ = try await app.client.send(.post, "/api/v1/commitments", json: ["text": "\(mark) commitment"], token: token)
            _ = try await app.client.send(
                .post, "/api/v1/patterns", json: ["kind": "other", "name": "\(mark) pattern", "origin": "\(mark) origin", "shared": true],
                token: token)
            _ = try await app.client.send(.post, "/api/v1/phrases", json: ["text": "\(mark) phrase", "shared": true], token: token)
            _ = try await app.client.send(.post, "/api/v1/appreciations", json: ["text": "\(mark) thanks"], token: token)
        }
        // Each marks the other's commitment.
        for (token, other) in [(couple.ana, "ben-words"), (couple.ben, "ana-words")] {
            let board = try await app.client.send(.get, "/api/v1/commitments", token: token).json
            let theirs = (board["commitments"] as? [[String: Any]] ?? []).first { ($0["text"] as? String)?.hasPrefix(other) == true }
            _ = try await app.client.send(
                .post, "/api/v1/commitments/\(theirs?["id"] as? String ?? "")/marks", json: ["kept": true], token: token)
        }
        // A conversation Ana opened, with words from both.
        let session = try await app.client.startSession(token: couple.ana, topic: "ana-words topic")
        let steps: [(String, [String: Any])] = [
            (couple.ben, ["type": "accept"]),
            (couple.ana, ["type": "send", "text": "ana-words I'm noticing tension"]),
            (couple.ben, ["type": "send", "text": "ben-words I feel it too"]),
        ]
        for (token, body) in steps { try await app.client.act(session, token: token, body) }
        return session
    }

    @Test("the export holds everything I wrote and nothing my partner wrote, as JSON and as a readable page")
    func export() async throws {
        try await TestApp.with { app in
            let couple = try await Couple.make(app)
            let session = try await Self.writeEverything(app, couple)
            let reply = try await app.client.send(.get, "/api/v1/me/export", token: couple.ana)
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"mend-export-") == true)
            let export = try JSONDecoder().decode(DataExport.self, from: Data(reply.text.utf8))
            #expect(export.format == "mend-export" && export.version == 1)
            #expect(export.account.email == "ana@example.com")
            #expect(export.ruptures.map(\.whatHappened) == ["ana-words rupture", "ana-words private"])
            #expect(export.checkIns.map(\.note) == ["ana-words check-in"])
            #expect(export.commitments.map(\.text) == ["ana-words commitment"])
            #expect(export.commitments.first?.marksReceived.map(\.kept) == [true])
            #expect(export.marksGiven.count == 1)
            #expect(export.patterns.map(\.origin) == ["ana-words origin"])
            #expect(export.repairPhrases.map(\.text) == ["ana-words phrase"])
            #expect(export.appreciations.map(\.text) == ["ana-words thanks"])
            #expect(export.conversations.map(\.sessionId) == [session])
            #expect(export.conversations.first?.topic == "ana-words topic")
            #expect(export.conversations.first?.messages.map(\.text) == ["ana-words I'm noticing tension"])
            #expect(!reply.text.contains("ben-words"))
            let ben = try JSONDecoder().decode(
                DataExport.self, from: Data(try await app.client.send(.get, "/api/v1/me/export", token: couple.ben).text.utf8))
            #expect(ben.conversations.first?.topic == nil)
            #expect(ben.conversations.first?.messages.map(\.text) == ["ben-words I feel it too"])
            let page = try await app.client.send(.get, "/settings/export", headers: [.cookie: "mend_session=\(couple.ana)"])
            #expect(page.status == .ok)
            for piece in ["ana-words rupture", "ana-words check-in", "ana-words topic", "ana-words thanks", "ana-words origin"] {
                #expect(page.text.contains(piece), "\(piece)")
            }
            #expect(!page.text.contains("ben-words"))
            let download = try await app.client.send(.get, "/settings/export.json", headers: [.cookie: "mend_session=\(couple.ana)"])
            #expect(download.headers[.contentDisposition] != nil)
            #expect(try await app.client.send(.get, "/settings/export").status == .seeOther)
        }
    }

    @Test("deleting an account leaves nothing of that person's writing, on every database", arguments: TestBackend.available)
    func deletion(backend: TestBackend) async throws {
        try await TestApp.with(backend) { app in
            let couple = try await Couple.make(app)
            let session = try await Self.writeEverything(app, couple)
            // Ben's instance has replayed and cached the conversation before Ana leaves.
            #expect(try await app.client.send(.get, "/api/v1/sessions/\(session)", token: couple.ben).text.contains("ana-words"))
            let wrong = try await app.client.send(.delete, "/api/v1/me", json: ["password": "not my password"], token: couple.ana)
            #expect(wrong.status == .unprocessableContent)
            let deleted = try await app.client.send(.delete, "/api/v1/me", json: ["password": "correct horse battery"], token: couple.ana)
            #expect(deleted.status == .noContent)

            // Ben's transcript keeps its shape, with a neutral placeholder for Ana's words.
            let state = try await app.client.send(.get, "/api/v1/sessions/\(session)", token: couple.ben)
            #expect(state.status == .ok)
            #expect(!state.text.contains("ana-words"))
            #expect(state.text.contains("ben-words I feel it too"))
            #expect(state.text.contains("deleted their account"))
            let transcript = try await app.client.send(
                .get, "/sessions/\(session)/transcript", headers: [.cookie: "mend_session=\(couple.ben)"])
            #expect(transcript.status == .ok && !transcript.text.contains("ana-words"))
            for path in [
                "/api/v1/ruptures", "/api/v1/commitments", "/api/v1/profile", "/api/v1/appreciations", "/api/v1/dashboard",
                "/api/v1/sessions",
            ] {
                #expect(!(try await app.client.send(.get, path, token: couple.ben).text.contains("ana-words")), "\(path)")
            }

            // The database itself: no row of Ana's, and no sealed value that opens to her words.
            let test = app.database
            let ana = couple.anaID
            for (table, column) in [
                ("accounts", "id"), ("memberships", "user_id"), ("ruptures", "author_id"), ("check_ins", "user_id"),
                ("commitments", "owner_id"),
                ("commitment_marks", "marked_by"), ("patterns", "user_id"), ("repair_phrases", "user_id"), ("appreciations", "author_id"),
                ("auth_sessions", "user_id"),
            ] {
                let rows = try await test.database.withSQL { sql in
                    try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                        .where(SQLIdentifier(column), .equal, SQLBind(ana)).first()?.decode(column: "n", as: Int.self) ?? -1
                }
                #expect(rows == 0, "\(table) still holds \(rows) rows of the deleted person")
            }
            let storage = Storage(database: test.database, sealer: test.sealer)
            let events = try await storage.repairSessions.events(of: session, after: 0)
            #expect(events.count == 4)
            #expect(!events.map { "\($0.action)" }.joined().contains("ana-words"))
            #expect(try await storage.repairSessions.session(id: session)?.topic == RepairAction.removedPlaceholder)
            let benRuptures = try await storage.ruptures.ruptures(visibleTo: UserID(couple.benID), in: nil)
            #expect(benRuptures.count == 2 && benRuptures.allSatisfy { $0.whatHappened.hasPrefix("ben-words") })
            // Ben's own writing is untouched, and Ben can go on in his own space.
            #expect(try await app.client.send(.get, "/api/v1/commitments", token: couple.ben).text.contains("ben-words commitment"))
        }
    }
}
