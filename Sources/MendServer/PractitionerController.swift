import Foundation
import Hummingbird
import MendCore

/// Practitioner access: the couple invites and revokes; the practitioner sees their clients and,
/// with both partners' consent, the summary. Every practitioner read is logged for the couple.
struct PractitionerController: Sendable {
    let practitioners: PractitionerService
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        api.get("support/practitioner", use: apiAccess)
        api.post("support/practitioner", use: apiInvite)
        api.delete("support/practitioner", use: apiRevoke)
        api.get("practice/couples", use: apiClients)
        api.get("practice/couples/:id/summary", use: apiSummary)
        router.post("/support/practitioner", use: inviteFromForm)
        router.post("/support/practitioner/revoke", use: revokeFromForm)
        router.get("/practice", use: clientsPage)
        router.get("/practice/:id", use: summaryPage)
    }

    struct AccessJSON: Encodable {
        struct Read: Encodable { var at: Int64; var what: String }
        var practitioner: String?
        var email: String?
        var since: Int64?
        var reads: [Read]
        init(_ access: PractitionerService.Access) {
            practitioner = access.practitioner?.displayName
            email = access.practitionerEmail
            since = access.since?.millisecondsSinceEpoch
            reads = access.reads.map { Read(at: $0.at.millisecondsSinceEpoch, what: $0.what) }
        }
    }

    struct InviteBody: Decodable { var email: String }
    struct ClientJSON: Encodable { var coupleId: String; var names: [String]; var summaryAvailable: Bool }

    @Sendable func apiAccess(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(AccessJSON(try await practitioners.access(for: account.id)))
    }

    @Sendable func apiInvite(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(InviteBody.self, context: context)
        return try .json(AccessJSON(try await practitioners.invite(email: body.email, by: account.id)), status: .created)
    }

    @Sendable func apiRevoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await practitioners.revoke(by: account.id)
        return Response(status: .noContent)
    }

    @Sendable func apiClients(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(
            try await practitioners.clients(of: account).map {
                ClientJSON(coupleId: $0.coupleID.rawValue, names: $0.names, summaryAvailable: $0.summaryAvailable)
            })
    }

    @Sendable func apiSummary(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(try await practitioners.summary(of: CoupleID(try context.parameters.require("id")), for: account))
    }

    @Sendable func inviteFromForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let email = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize))).text("email")
        do {
            _ = try await practitioners.invite(email: email, by: account.id)
            return .redirect(to: "/support?invited=1")
        } catch let error as MendError {
            return .redirect(to: "/support?practitionerError=" + (APIError.from(error).code == "invalid_field" ? "email" : "space"))
        }
    }

    @Sendable func revokeFromForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        try await practitioners.revoke(by: account.id)
        return .redirect(to: "/support?revoked=1")
    }

    struct ClientsView: Sendable {
        struct Client: Sendable { var id: String; var names: String; var summaryAvailable: Bool }
        var layout: PageRenderer.Layout
        var clients: [Client]
        var hasClients: Bool
    }

    @Sendable func clientsPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let clients = try await practitioners.clients(of: account)
        return pages.render(
            "practice",
            ClientsView(
                layout: pages.layout(context),
                clients: clients.map {
                    .init(id: $0.coupleID.rawValue, names: $0.names.joined(separator: " and "), summaryAvailable: $0.summaryAvailable)
                },
                hasClients: !clients.isEmpty))
    }

    @Sendable func summaryPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let summary = try await practitioners.summary(of: CoupleID(try context.parameters.require("id")), for: account)
        return pages.render("support-summary", SupportController.summaryView(summary, layout: pages.layout(context)))
    }
}
