import Hummingbird
import MendCore

/// `/api/v1` routes for everything between conversations.
struct BetweenAPIController: Sendable {
    let between: BetweenService
    let repairs: RepairService
    let safety: SafetyReader

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("ruptures", use: ruptures)
        api.post("ruptures", use: logRupture)
        api.get("ruptures/:id", use: rupture)
        api.patch("ruptures/:id", use: changeRupture)
        api.delete("ruptures/:id", use: deleteRupture)
        api.post("ruptures/:id/repair", use: openRepair)
        api.get("resentment", use: resentment)
        api.get("checkins", use: checkIns)
        api.post("checkins", use: checkIn)
        api.get("checkins/summary", use: checkInSummary)
        api.get("commitments", use: commitments)
        api.post("commitments", use: commit)
        api.get("commitments/:id", use: commitment)
        api.post("commitments/:id/marks", use: mark)
        api.post("commitments/:id/end", use: endCommitment)
        api.get("profile", use: profile)
        api.post("patterns", use: addPattern)
        api.get("patterns/:id", use: pattern)
        api.put("patterns/:id", use: updatePattern)
        api.delete("patterns/:id", use: deletePattern)
        api.post("phrases", use: addPhrase)
        api.put("phrases/:id", use: updatePhrase)
        api.delete("phrases/:id", use: deletePhrase)
        api.get("appreciations", use: appreciations)
        api.post("appreciations", use: appreciate)
        api.get("dashboard", use: dashboard)
    }

    struct RuptureBody: Decodable {
        var whatHappened: String
        var intensity: Int
        var feelings: [String]?
        var feelingsNote: String?
        var happenedAt: Int64?
        var shared: Bool?
    }

    struct RuptureChangeBody: Decodable {
        var shared: Bool?
        var state: String?
        var reflection: String?
    }

    struct RepairBody: Decodable {
        var topic: String?
        var `protocol`: String?
    }

    struct CheckInBody: Decodable {
        var answers: [String: Int]
        var note: String?
        var feelsSafe: String?
    }

    struct CommitmentBody: Decodable { var text: String; var sessionId: String? }
    struct MarkBody: Decodable { var kept: Bool; var date: String? }
    struct PatternBody: Decodable {
        var kind: String
        var name: String?
        var origin: String?
        var responsibility: String?
        var shared: Bool?
    }
    struct PhraseBody: Decodable { var text: String; var shared: Bool? }
    struct TextBody: Decodable { var text: String }

    // MARK: Ruptures

    @Sendable func ruptures(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(try await between.ruptures(for: account.id).map { BetweenJSON.RuptureJSON($0, viewer: account.id) })
    }

    @Sendable func logRupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(RuptureBody.self, context: context)
        let rupture = try await between.logRupture(
            by: account.id, whatHappened: body.whatHappened, intensity: body.intensity,
            feelings: try Self.feelings(body.feelings ?? []), feelingsNote: body.feelingsNote ?? "",
            happenedAt: body.happenedAt.map(Timestamp.init(millisecondsSinceEpoch:)), shared: body.shared ?? false
        )
        var json = BetweenJSON.RuptureJSON(rupture, viewer: account.id)
        if safety.concern(rupture.whatHappened, rupture.feelingsNote) { json.safety = SafetyReader.Notice() }
        return try .json(json, status: .created)
    }

    @Sendable func rupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let rupture = try await between.rupture(id: try context.parameters.require("id"), for: account.id)
        return try .json(BetweenJSON.RuptureJSON(rupture, viewer: account.id))
    }

    @Sendable func changeRupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(RuptureChangeBody.self, context: context)
        var changes: [BetweenService.RuptureChange] = []
        if let shared = body.shared { changes.append(.share(shared)) }
        switch body.state {
        case nil: break
        case "let_go": changes.append(.letGo(reflection: body.reflection ?? ""))
        case "repaired": changes.append(.repaired)
        case "open": changes.append(.reopen)
        default: throw MendError.invalidField(field: "state", message: "`state` is let_go, repaired or open.")
        }
        guard !changes.isEmpty else { throw MendError.invalidField(field: "state", message: "Send `shared`, `state` or both.") }
        var rupture = try await between.rupture(id: id, for: account.id)
        for change in changes { rupture = try await between.change(rupture: id, by: account.id, change) }
        var json = BetweenJSON.RuptureJSON(rupture, viewer: account.id)
        if safety.concern(body.reflection ?? "") { json.safety = SafetyReader.Notice() }
        return try .json(json)
    }

    @Sendable func deleteRupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await between.deleteRupture(id: try context.parameters.require("id"), by: account.id)
        return Response(status: .noContent)
    }

    @Sendable func openRepair(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(RepairBody.self, context: context)
        let (summary, state) = try await between.openRepair(
            fromRupture: id, by: account.id, topic: body.topic, protocolID: body.protocol, repairs: repairs)
        return try .json(SessionJSON(summary: summary, state: state, viewer: account.id), status: .created)
    }

    @Sendable func resentment(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(BetweenJSON.ResentmentJSON(try await between.resentment(for: account.id)))
    }

    // MARK: Check-ins

    @Sendable func checkIns(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(try await between.checkIns(for: account.id).map(BetweenJSON.CheckInJSON.init))
    }

    @Sendable func checkIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(CheckInBody.self, context: context)
        let checkIn = try await between.checkIn(by: account.id, answers: body.answers, note: body.note ?? "", feelsSafe: body.feelsSafe)
        var json = BetweenJSON.CheckInJSON(checkIn)
        if checkIn.feelsSafe?.signalsFear == true || safety.concern(checkIn.note) { json.safety = SafetyReader.Notice() }
        return try .json(json, status: .created)
    }

    @Sendable func checkInSummary(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(BetweenJSON.CheckInSummaryJSON(try await between.checkInSummary(for: account.id)))
    }

    // MARK: Commitments

    @Sendable func commitments(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(BetweenJSON.BoardJSON(try await between.commitmentBoard(for: account.id), viewer: account.id))
    }

    @Sendable func commit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(CommitmentBody.self, context: context)
        if let sessionID = body.sessionId, try await repairs.summary(of: sessionID, for: account.id) == nil {
            throw MendError.invalidField(field: "sessionId", message: "We couldn't find that conversation.")
        }
        let commitment = try await between.commit(by: account.id, text: body.text, sessionID: body.sessionId)
        let entry = try await between.commitment(id: commitment.id, for: account.id)
        return try .json(BetweenJSON.CommitmentJSON(entry, viewer: account.id), status: .created)
    }

    @Sendable func commitment(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let entry = try await between.commitment(id: try context.parameters.require("id"), for: account.id)
        return try .json(BetweenJSON.CommitmentJSON(entry, viewer: account.id))
    }

    @Sendable func mark(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(MarkBody.self, context: context)
        var day: Int?
        if let date = body.date {
            guard let parsed = DayFormat.parse(date) else {
                throw MendError.invalidField(field: "date", message: "`date` is a day like 2026-11-29.")
            }
            day = parsed
        }
        _ = try await between.mark(commitment: id, by: account.id, kept: body.kept, day: day)
        let entry = try await between.commitment(id: id, for: account.id)
        return try .json(BetweenJSON.CommitmentJSON(entry, viewer: account.id))
    }

    @Sendable func endCommitment(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        _ = try await between.endCommitment(id: id, by: account.id)
        return try .json(BetweenJSON.CommitmentJSON(try await between.commitment(id: id, for: account.id), viewer: account.id))
    }

    // MARK: Pattern profile

    @Sendable func profile(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(BetweenJSON.ProfileJSON(try await between.profile(for: account.id), viewer: account.id))
    }

    @Sendable func addPattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(PatternBody.self, context: context)
        let pattern = try await between.addPattern(
            by: account.id, kind: try Self.kind(body.kind), name: body.name ?? "", origin: body.origin ?? "",
            responsibility: body.responsibility ?? "", shared: body.shared ?? false)
        return try .json(BetweenJSON.PatternJSON(pattern, viewer: account.id), status: .created)
    }

    @Sendable func pattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let pattern = try await between.pattern(id: try context.parameters.require("id"), for: account.id)
        return try .json(BetweenJSON.PatternJSON(pattern, viewer: account.id))
    }

    @Sendable func updatePattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(PatternBody.self, context: context)
        let pattern = try await between.updatePattern(
            id: id, by: account.id, kind: try Self.kind(body.kind), name: body.name ?? "", origin: body.origin ?? "",
            responsibility: body.responsibility ?? "", shared: body.shared ?? false)
        return try .json(BetweenJSON.PatternJSON(pattern, viewer: account.id))
    }

    @Sendable func deletePattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await between.deletePattern(id: try context.parameters.require("id"), by: account.id)
        return Response(status: .noContent)
    }

    @Sendable func addPhrase(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(PhraseBody.self, context: context)
        let phrase = try await between.addPhrase(by: account.id, text: body.text, shared: body.shared ?? false)
        return try .json(BetweenJSON.PhraseJSON(phrase, viewer: account.id), status: .created)
    }

    @Sendable func updatePhrase(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(PhraseBody.self, context: context)
        let phrase = try await between.updatePhrase(id: id, by: account.id, text: body.text, shared: body.shared ?? false)
        return try .json(BetweenJSON.PhraseJSON(phrase, viewer: account.id))
    }

    @Sendable func deletePhrase(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await between.deletePhrase(id: try context.parameters.require("id"), by: account.id)
        return Response(status: .noContent)
    }

    // MARK: Appreciations and dashboard

    @Sendable func appreciations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(try await between.appreciations(for: account.id).map { BetweenJSON.AppreciationJSON($0, viewer: account.id) })
    }

    @Sendable func appreciate(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(TextBody.self, context: context)
        let appreciation = try await between.appreciate(by: account.id, text: body.text)
        return try .json(BetweenJSON.AppreciationJSON(appreciation, viewer: account.id), status: .created)
    }

    @Sendable func dashboard(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(BetweenJSON.DashboardJSON(try await between.dashboard(for: account.id), viewer: account.id))
    }

    static func feelings(_ names: [String]) throws -> [Feeling] {
        try names.map { name in
            guard let feeling = Feeling(rawValue: name) else {
                throw MendError.invalidField(
                    field: "feelings",
                    message: "Choose feelings from the list: \(Feeling.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return feeling
        }
    }

    static func kind(_ name: String) throws -> PatternKind {
        guard let kind = PatternKind(rawValue: name) else {
            throw MendError.invalidField(
                field: "kind", message: "Choose a pattern from the list: \(PatternKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return kind
    }
}
