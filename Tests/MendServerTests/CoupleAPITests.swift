import Foundation
import HTTPTypes
import MendTestSupport
import Testing

@Suite("Couple spaces over the JSON API")
struct CoupleAPITests {
    @Test("the partner joins with the invite code and both see each other")
    func join() async throws {
        try await TestApp.with { app in
            let (anaID, ana) = try await app.client.signUpAndLogIn("Ana")
            let (benID, ben) = try await app.client.signUpAndLogIn("Ben")
            let (coupleID, code) = try await app.client.createCouple(token: ana)
            // People type codes loosely: lower case, no dash, spaces.
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
            let joined = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": typed], token: ben)
            #expect(joined.status == .ok)
            #expect(joined.json["id"] as? String == coupleID)
            for token in [ana, ben] {
                let couple = try await app.client.send(.get, "/api/v1/couple", token: token)
                let partners = try #require(couple.json["partners"] as? [[String: Any]])
                #expect(partners.compactMap { $0["id"] as? String } == [anaID, benID])
                #expect(partners.compactMap { $0["displayName"] as? String } == ["Ana", "Ben"])
            }
            #expect(try await app.client.send(.get, "/api/v1/me", token: ben).json["coupleId"] as? String == coupleID)
        }
    }

    @Test("an invite code works once")
    func singleUse() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, cal) = try await app.client.signUpAndLogIn("Cal")
            let (_, code) = try await app.client.createCouple(token: ana)
            #expect(try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben).status == .ok)
            let again = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: cal)
            #expect(again.status == .notFound)
            #expect(again.errorCode == "invite_not_found")
        }
    }

    @Test("an invite code expires after seven days")
    func expiry() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, code) = try await app.client.createCouple(token: ana)
            app.clock.advance(by: .seconds(7 * 24 * 60 * 60))
            let reply = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben)
            #expect(reply.status == .notFound)
            #expect(reply.errorCode == "invite_not_found")
            #expect(try await app.client.send(.get, "/api/v1/couple", token: ben).status == .notFound)
        }
    }

    @Test("a code that isn't a code's shape is a 422 naming inviteCode")
    func badShape() async throws {
        try await TestApp.with { app in
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            for typed in ["", "ABC", "<script>alert(1)</script>", "0000000000", "ABCDE-FGHJK-EXTRA"] {
                let reply = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": typed], token: ben)
                #expect(reply.status == .unprocessableContent)
                #expect(reply.errorField == "inviteCode")
            }
        }
    }

    @Test("a third person cannot join a full space")
    func full() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, cal) = try await app.client.signUpAndLogIn("Cal")
            let (_, first) = try await app.client.createCouple(token: ana)
            let second = try #require(try await app.client.send(.post, "/api/v1/couple/invite", token: ana).json["inviteCode"] as? String)
            #expect(try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": first], token: ben).status == .ok)
            let third = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": second], token: cal)
            #expect(third.status == .conflict)
            #expect(third.errorCode == "couple_full")
            let moreInvites = try await app.client.send(.post, "/api/v1/couple/invite", token: ana)
            #expect(moreInvites.status == .conflict)
        }
    }

    @Test("a person can be in only one space")
    func onlyOne() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, dee) = try await app.client.signUpAndLogIn("Dee")
            _ = try await app.client.createCouple(token: ana)
            let (_, deesCode) = try await app.client.createCouple(token: dee)
            #expect(try await app.client.send(.post, "/api/v1/couple", token: ana).status == .conflict)
            let join = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": deesCode], token: ana)
            #expect(join.status == .conflict)
            #expect(join.errorCode == "already_in_couple")
        }
    }

    @Test("a stranger gets 404 for another couple's space; each partner gets it")
    func strangerGets404() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, eve) = try await app.client.signUpAndLogIn("Eve")
            let (coupleID, code) = try await app.client.createCouple(token: ana)
            _ = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben)
            _ = try await app.client.createCouple(token: eve)
            let stranger = try await app.client.send(.get, "/api/v1/couples/\(coupleID)", token: eve)
            let missing = try await app.client.send(.get, "/api/v1/couples/no-such-space", token: eve)
            #expect(stranger.status == .notFound)
            #expect(stranger.text == missing.text)
            #expect(!stranger.text.contains("Ana"))
            #expect(try await app.client.send(.get, "/api/v1/couples/\(coupleID)", token: ana).status == .ok)
            #expect(try await app.client.send(.get, "/api/v1/couples/\(coupleID)", token: ben).status == .ok)
            #expect(try await app.client.send(.get, "/api/v1/couples/\(coupleID)").status == .unauthorized)
        }
    }

    @Test("leaving withdraws unused codes and the last one out deletes the space")
    func leave() async throws {
        try await TestApp.with { app in
            let (_, ana) = try await app.client.signUpAndLogIn("Ana")
            let (_, ben) = try await app.client.signUpAndLogIn("Ben")
            let (_, code) = try await app.client.createCouple(token: ana)
            let spare = try #require(try await app.client.send(.post, "/api/v1/couple/invite", token: ana).json["inviteCode"] as? String)
            _ = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": code], token: ben)
            #expect(try await app.client.send(.post, "/api/v1/couple/leave", token: ben).status == .noContent)
            #expect(try await app.client.send(.get, "/api/v1/couple", token: ben).status == .notFound)
            let rejoin = try await app.client.send(.post, "/api/v1/couple/join", json: ["inviteCode": spare], token: ben)
            #expect(rejoin.status == .notFound)
            #expect(try await app.client.send(.post, "/api/v1/couple/leave", token: ana).status == .noContent)
            #expect(try await app.client.send(.post, "/api/v1/couple/leave", token: ana).status == .notFound)
        }
    }
}

@Suite("Couple repair settings")
struct CoupleSettingsTests {
    @Test("partners set the threshold and break length; new sessions use them; out-of-range values are 422")
    func settings() async throws {
        try await TestApp.with { app in
            let c = try await Couple.make(app)
            let bad = try await app.client.send(
                .put, "/api/v1/couple/settings", json: ["activationThreshold": 11, "breakMinutes": 20], token: c.ana)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.errorField == "activationThreshold")
            let saved = try await app.client.send(
                .put, "/api/v1/couple/settings", json: ["activationThreshold": 5, "breakMinutes": 10], token: c.ben)
            #expect(saved.status == .ok)
            let couple = try await app.client.send(.get, "/api/v1/couple", token: c.ana)
            #expect((couple.json["settings"] as? [String: Any])?["activationThreshold"] as? Int == 5)
            let session = try await app.client.send(.post, "/api/v1/sessions", json: ["topic": "x"], token: c.ana)
            #expect(session.json["activationThreshold"] as? Int == 5)
            let (_, eve) = try await app.client.signUpAndLogIn("Eve")
            #expect(
                try await app.client.send(
                    .put, "/api/v1/couple/settings", json: ["activationThreshold": 5, "breakMinutes": 10], token: eve
                ).status == .notFound)
        }
    }
}
