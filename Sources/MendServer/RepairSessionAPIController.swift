import Foundation
import Hummingbird
import MendCoach
import MendCore
import MendStorage

/// `/api/v1/sessions`: repair sessions over REST, so a conversation also works turn by turn.
struct RepairSessionAPIController: Sendable {
    let repairs: RepairService
    let live: LiveSessions

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("protocols", use: protocols)
        api.post("sessions", use: start)
        api.get("sessions", use: list)
        api.get("sessions/:id", use: show)
        api.post("sessions/:id/actions", use: act)
        api.get("sessions/:id/events", use: events)
    }

    struct StartBody: Decodable { var topic: String; var `protocol`: String? }

    /// An action in the API: `type` plus the field that type needs.
    struct ActionBody: Decodable {
        var type: String
        var value: Int?
        var text: String?
        var heard: Bool?
        var clarification: String?
        var option: String?
        var commitments: [String]?
        var outcome: String?
        var person: String?
        /// Send even though the coach noticed signs that the writer may not be safe.
        var acknowledgeSafety: Bool?

        func action() throws -> RepairAction {
            func need<T>(_ value: T?, _ field: String) throws -> T {
                guard let value else { throw MendError.invalidField(field: field, message: "`\(field)` is required for a \(type) action.") }
                return value
            }
            switch type {
            case "accept": return .accept
            case "rate": return .rate(try need(value, "value"))
            case "confirm": return .confirm
            case "chooseFirstSpeaker": return .chooseFirstSpeaker(UserID(try need(person, "person")))
            case "send": return .send(try need(text, "text"))
            case "answer": return .answer(heard: try need(heard, "heard"), clarification: clarification)
            case "choose": return .choose(try need(option, "option"))
            case "commit": return .commit(try need(commitments, "commitments"))
            case "recordOutcome":
                guard let outcome = RepairOutcome(rawValue: try need(outcome, "outcome")) else {
                    throw MendError.invalidField(field: "outcome", message: "`outcome` is repaired or needsAnotherRound.")
                }
                return .recordOutcome(outcome)
            case "pause": return .pause
            case "resume": return .resume
            default:
                throw MendError.invalidField(
                    field: "type",
                    message:
                        "Unknown action type. Use accept, rate, confirm, chooseFirstSpeaker, send, answer, choose, commit, recordOutcome, pause or resume."
                )
            }
        }
    }

    struct ProtocolJSON: Encodable {
        struct Step: Encodable {
            var id: String; var title: String; var actor: String; var input: String; var actionTypes: [String]; var perSpeaker: Bool
        }
        var id: String
        var name: String
        var summary: String
        var steps: [Step]
    }

    struct SummaryJSON: Encodable {
        var id: String; var topic: String; var protocolId: String; var initiatorId: String; var createdAt: Int64; var updatedAt: Int64;
        var lastSequence: Int
    }
    struct ActedJSON: Encodable { var event: EventJSON; var session: SessionJSON }
    struct EventsJSON: Encodable { var events: [EventJSON] }

    @Sendable func protocols(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount()
        return try .json(
            RepairProtocol.all.map { p in
                ProtocolJSON(
                    id: p.id, name: p.name, summary: p.summary,
                    steps: p.steps.map {
                        .init(
                            id: $0.id, title: $0.title, actor: $0.actor.rawValue, input: SessionJSON.inputName($0.input),
                            actionTypes: $0.input.actionTypes, perSpeaker: $0.perSpeaker)
                    }
                )
            }
        )
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(StartBody.self, context: context)
        let (summary, state) = try await repairs.start(by: account.id, topic: body.topic, protocolID: body.protocol)
        return try .json(SessionJSON(summary: summary, state: state, viewer: account.id), status: .created)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let sessions = try await repairs.sessions(for: account.id)
        return try .json(
            sessions.map {
                SummaryJSON(
                    id: $0.id, topic: $0.topic, protocolId: $0.protocolID, initiatorId: $0.initiator.rawValue,
                    createdAt: $0.createdAt.millisecondsSinceEpoch, updatedAt: $0.updatedAt.millisecondsSinceEpoch,
                    lastSequence: $0.lastSequence
                )
            }
        )
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let (summary, state) = try await repairs.state(of: try context.parameters.require("id"), for: account.id)
        return try .json(SessionJSON(summary: summary, state: state, viewer: account.id))
    }

    @Sendable func act(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let sessionID = try context.parameters.require("id")
        var request = request
        let body = try await request.decodeJSON(ActionBody.self, context: context)
        let action = try body.action()
        if body.acknowledgeSafety != true, let text = live.safetyConcern(in: action) {
            throw APIError(status: .unprocessableContent, code: "safety_check", message: text, field: "text")
        }
        let (summary, event, state) = try await live.act(action, in: sessionID, by: account.id)
        return try .json(ActedJSON(event: EventJSON(event), session: SessionJSON(summary: summary, state: state, viewer: account.id)))
    }

    @Sendable func events(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let after = request.uri.queryParameters["after"].flatMap { Int(String($0)) } ?? 0
        guard after >= 0 else { throw MendError.invalidField(field: "after", message: "`after` is a sequence number, 0 or more.") }
        let events = try await repairs.events(of: try context.parameters.require("id"), after: after, for: account.id)
        return try .json(EventsJSON(events: events.map(EventJSON.init)))
    }
}
