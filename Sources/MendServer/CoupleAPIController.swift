import Hummingbird
import MendCore

/// `/api/v1` routes for the couple space.
struct CoupleAPIController: Sendable {
    let couples: CoupleService

    func register(on api: RouterGroup<AppRequestContext>) {
        api.post("couple", use: create)
        api.get("couple", use: show)
        api.post("couple/join", use: join)
        api.post("couple/invite", use: newInvite)
        api.post("couple/leave", use: leave)
        api.get("couples/:id", use: showByID)
        api.put("couple/settings", use: updateSettings)
    }

    struct CreatedJSON: Encodable { var id: String; var inviteCode: String }
    struct InviteJSON: Encodable { var inviteCode: String }
    struct JoinBody: Decodable { var inviteCode: String }
    struct JoinedJSON: Encodable { var id: String }
    struct PartnerJSON: Encodable { var id: String; var displayName: String; var confirmedClose: Bool }
    struct SettingsJSON: Codable { var activationThreshold: Int; var breakMinutes: Int }
    struct CoupleJSON: Encodable {
        var id: String
        var partners: [PartnerJSON]
        var settings: SettingsJSON
        /// When the space will be deleted, if a partner has left.
        var closesAt: Int64?
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try account.requirePartnerAccount()
        let (id, invite) = try await couples.create(for: account.id)
        return try .json(CreatedJSON(id: id.rawValue, inviteCode: invite.description), status: .created)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        guard let couple = try await couples.couple(of: account.id) else { throw MendError.notFound }
        return try .json(Self.json(couple))
    }

    /// A space by id: only its partners may see it; everyone else gets the same 404 as for a space that does not exist.
    @Sendable func showByID(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try context.parameters.require("id")
        guard let couple = try await couples.couple(of: account.id), couple.id.rawValue == id else { throw MendError.notFound }
        return try .json(Self.json(couple))
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try account.requirePartnerAccount()
        var request = request
        let body = try await request.decodeJSON(JoinBody.self, context: context)
        let id = try await couples.join(userID: account.id, typedCode: body.inviteCode)
        return try .json(JoinedJSON(id: id.rawValue))
    }

    @Sendable func newInvite(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let invite = try await couples.newInvite(for: account.id)
        return try .json(InviteJSON(inviteCode: invite.description), status: .created)
    }

    @Sendable func leave(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await couples.leave(userID: account.id)
        return Response(status: .noContent)
    }

    @Sendable func updateSettings(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(SettingsJSON.self, context: context)
        let settings = try await couples.updateRepairSettings(
            for: account.id, activationThreshold: body.activationThreshold, breakMinutes: body.breakMinutes
        )
        return try .json(SettingsJSON(activationThreshold: settings.activationThreshold, breakMinutes: settings.breakSeconds / 60))
    }

    static func json(_ couple: Couple) -> CoupleJSON {
        CoupleJSON(
            id: couple.id.rawValue,
            partners: couple.partners.map {
                PartnerJSON(id: $0.id.rawValue, displayName: $0.displayName, confirmedClose: $0.confirmedClose)
            },
            settings: SettingsJSON(
                activationThreshold: couple.repairSettings.activationThreshold, breakMinutes: couple.repairSettings.breakSeconds / 60
            ),
            closesAt: couple.closesAt?.millisecondsSinceEpoch
        )
    }
}

extension Account {
    /// Practitioners work alongside couples, never inside a space.
    func requirePartnerAccount() throws(MendError) {
        if isPractitioner {
            throw MendError.notAllowed(
                message:
                    "Practitioner accounts work alongside couples rather than in a space: a couple invites you from their Getting support page."
            )
        }
    }
}
