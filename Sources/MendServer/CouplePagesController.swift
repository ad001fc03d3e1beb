import Hummingbird
import MendCore

/// The pages for creating, joining and leaving a couple space.
struct CouplePagesController: Sendable {
    let couples: CoupleService
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/couple", use: show)
        router.post("/couple/create", use: create)
        router.post("/couple/invite", use: newInvite)
        router.post("/couple/join", use: join)
        router.get("/couple/leave", use: leaveForm)
        router.post("/couple/leave", use: leave)
        router.post("/couple/settings", use: updateSettings)
    }

    struct PartnerView: Sendable {
        var displayName: String
        var isYou: Bool
    }

    struct CoupleView: Sendable {
        struct Space: Sendable {
            var partners: [PartnerView]
            var waiting: Bool
            var inviteCode: String?
            var threshold: Int
            var breakMinutes: Int
        }
        var layout: PageRenderer.Layout
        var noCouple: Bool
        var couple: Space?
        var joinError: String?
        var inviteCodeTyped = ""
    }

    private func view(for account: Account, context: AppRequestContext, inviteCode: InviteCode? = nil) async throws -> CoupleView {
        let couple = try await couples.couple(of: account.id)
        return CoupleView(
            layout: pages.layout(context),
            noCouple: couple == nil,
            couple: couple.map { couple in
                CoupleView.Space(
                    partners: couple.partners.map { PartnerView(displayName: $0.displayName, isYou: $0.id == account.id) },
                    waiting: !couple.isFull,
                    inviteCode: inviteCode?.description,
                    threshold: couple.repairSettings.activationThreshold,
                    breakMinutes: couple.repairSettings.breakSeconds / 60
                )
            }
        )
    }

    /// The space page again, with the error said at the top.
    private func errorPage(_ error: MendError, for account: Account, context: AppRequestContext) async throws -> Response {
        var view = try await view(for: account, context: context)
        view.layout.error = error.message
        return pages.render("couple", view, status: APIError.from(error).status)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("couple", try await view(for: account, context: context))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        do {
            try account.requirePartnerAccount()
            let (_, invite) = try await couples.create(for: account.id)
            var view = try await view(for: account, context: context, inviteCode: invite)
            view.layout.notice = "Your space is ready."
            return pages.render("couple", view, status: .created)
        } catch let error as MendError {
            return try await errorPage(error, for: account, context: context)
        }
    }

    @Sendable func newInvite(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        do {
            let invite = try await couples.newInvite(for: account.id)
            return pages.render("couple", try await view(for: account, context: context, inviteCode: invite))
        } catch let error as MendError {
            return try await errorPage(error, for: account, context: context)
        }
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            try account.requirePartnerAccount()
            _ = try await couples.join(userID: account.id, typedCode: form.text("inviteCode"))
            return .redirect(to: "/couple")
        } catch let error as MendError {
            var view = try await view(for: account, context: context)
            view.joinError = error.message
            view.inviteCodeTyped = form.text("inviteCode")
            return pages.render("couple", view, status: APIError.from(error).status)
        }
    }

    @Sendable func updateSettings(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            _ = try await couples.updateRepairSettings(
                for: account.id, activationThreshold: Int(form.text("activationThreshold")) ?? -1,
                breakMinutes: Int(form.text("breakMinutes")) ?? 0
            )
            var view = try await view(for: account, context: context)
            view.layout.notice = "Saved. New conversations will use these settings."
            return pages.render("couple", view)
        } catch let error as MendError {
            return try await errorPage(error, for: account, context: context)
        }
    }

    @Sendable func leaveForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.account != nil else { return .redirect(to: "/login") }
        struct View: Sendable { var layout: PageRenderer.Layout }
        return pages.render("couple-leave", View(layout: pages.layout(context)))
    }

    @Sendable func leave(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        try await couples.leave(userID: account.id)
        return .redirect(to: "/?left=1")
    }
}
