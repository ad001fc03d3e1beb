import Hummingbird
import MendCore

/// `/api/v1` routes for accounts and sign-in.
struct AccountAPIController: Sendable {
    let accounts: AccountService
    let couples: CoupleService
    let practitionersEnabled: Bool

    func register(on api: RouterGroup<AppRequestContext>) {
        api.post("accounts", use: create)
        api.post("login", use: login)
        api.post("logout", use: logout)
        api.get("me", use: me)
        api.post("me/password", use: changePassword)
        api.delete("me", use: delete)
    }

    struct SignUpBody: Decodable { var email: String; var password: String; var displayName: String; var practitioner: Bool? }
    struct LoginBody: Decodable { var email: String; var password: String }
    struct PasswordBody: Decodable { var currentPassword: String; var newPassword: String }
    struct DeleteBody: Decodable { var password: String }
    struct AccountJSON: Encodable { var id: String; var email: String; var displayName: String }
    struct MeJSON: Encodable {
        var id: String
        var email: String
        var displayName: String
        var coupleId: String?

        enum CodingKeys: String, CodingKey { case id, email, displayName, coupleId }

        /// `coupleId` is always present: null when the person is in no space.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(email, forKey: .email)
            try container.encode(displayName, forKey: .displayName)
            try container.encode(coupleId, forKey: .coupleId)
        }
    }
    struct TokenJSON: Encodable { var token: String }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let body = try await request.decodeJSON(SignUpBody.self, context: context)
        if body.practitioner == true, !practitionersEnabled {
            throw MendError.invalidField(field: "practitioner", message: "This Mend doesn't offer practitioner accounts.")
        }
        let account = try await accounts.signUp(
            email: body.email, password: body.password, displayName: body.displayName, practitioner: body.practitioner ?? false)
        return try .json(AccountJSON(id: account.id.rawValue, email: account.email, displayName: account.displayName), status: .created)
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let body = try await request.decodeJSON(LoginBody.self, context: context)
        let (_, token) = try await accounts.logIn(email: body.email, password: body.password, clientAddress: context.clientAddress)
        return try .json(TokenJSON(token: token))
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount()
        if let token = context.sessionToken { try await accounts.logOut(token: token) }
        return Response(status: .noContent)
    }

    @Sendable func me(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let couple = try await couples.couple(of: account.id)
        return try .json(
            MeJSON(id: account.id.rawValue, email: account.email, displayName: account.displayName, coupleId: couple?.id.rawValue))
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(PasswordBody.self, context: context)
        try await accounts.changePassword(
            for: account, current: body.currentPassword, new: body.newPassword, keepingToken: context.sessionToken)
        return Response(status: .noContent)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(DeleteBody.self, context: context)
        try await accounts.deleteAccount(account, password: body.password)
        return Response(status: .noContent)
    }
}
