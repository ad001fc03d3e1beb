import Hummingbird
import MendCore

/// Together or apart: a private reflection for each partner, and a respectful close of the shared space.
struct TogetherController: Sendable {
    let between: BetweenService
    let couples: CoupleService
    let reflections: any ReflectionRepository
    let safety: SafetyReader
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        api.get("reflection", use: apiReflection)
        api.put("reflection", use: apiSaveReflection)
        api.post("couple/close", use: apiClose)
        router.get("/together", use: page)
        router.post("/together/reflection", use: saveReflection)
        router.post("/together/close", use: close)
    }

    struct ReflectionJSON: Encodable {
        var needs: String
        var tried: String
        var hopes: String
        var shared: Bool
        var updatedAt: Int64
        var safety: SafetyReader.Notice?
        init(_ reflection: Reflection) {
            needs = reflection.needs
            tried = reflection.tried
            hopes = reflection.hopes
            shared = reflection.isShared
            updatedAt = reflection.updatedAt.millisecondsSinceEpoch
        }
    }

    struct ReflectionsJSON: Encodable {
        var mine: ReflectionJSON?
        var partner: ReflectionJSON?
    }

    struct ReflectionBody: Decodable {
        var needs: String?
        var tried: String?
        var hopes: String?
        var shared: Bool?
    }

    struct CloseBody: Decodable { var confirm: Bool }
    struct CloseJSON: Encodable {
        var closed: Bool
        var confirmedBy: [String]
    }

    @Sendable func apiReflection(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let (mine, partner) = try await between.reflections(for: account.id, in: reflections)
        return try .json(ReflectionsJSON(mine: mine.map(ReflectionJSON.init), partner: partner.map(ReflectionJSON.init)))
    }

    @Sendable func apiSaveReflection(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(ReflectionBody.self, context: context)
        let saved = try await between.saveReflection(
            by: account.id, needs: body.needs ?? "", tried: body.tried ?? "", hopes: body.hopes ?? "", shared: body.shared ?? false,
            in: reflections)
        var json = ReflectionJSON(saved)
        if safety.concern(saved.needs, saved.tried, saved.hopes) { json.safety = SafetyReader.Notice() }
        return try .json(json)
    }

    @Sendable func apiClose(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(CloseBody.self, context: context)
        let closed = try await couples.confirmClose(for: account.id, confirmed: body.confirm)
        let confirmed = closed ? [] : try await couples.couple(of: account.id)?.partners.filter(\.confirmedClose).map(\.id.rawValue) ?? []
        return try .json(CloseJSON(closed: closed, confirmedBy: confirmed))
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var needs = ""
        var tried = ""
        var hopes = ""
        var shared = false
        var partnerName: String?
        var partnerReflection: ReflectionJSON?
        var inSpace: Bool
        var together: Bool
        var youConfirmed: Bool
        var partnerConfirmed: Bool
        var closesOn: String?
        var safety = false
    }

    private func view(_ account: Account, _ context: AppRequestContext, notice: String? = nil, error: String? = nil) async throws -> View {
        let couple = try await couples.couple(of: account.id)
        let partner = couple?.partners.first { $0.id != account.id }
        let (mine, theirs) = try await between.reflections(for: account.id, in: reflections)
        return View(
            layout: pages.layout(context, notice: notice, error: error),
            needs: mine?.needs ?? "", tried: mine?.tried ?? "", hopes: mine?.hopes ?? "", shared: mine?.isShared ?? false,
            partnerName: partner?.displayName, partnerReflection: theirs.map(ReflectionJSON.init),
            inSpace: couple != nil, together: partner != nil,
            youConfirmed: couple?.partners.first { $0.id == account.id }?.confirmedClose ?? false,
            partnerConfirmed: partner?.confirmedClose ?? false,
            closesOn: couple?.closesAt.map { DayFormat.long($0) })
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("together", try await view(account, context))
    }

    @Sendable func saveReflection(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            let saved = try await between.saveReflection(
                by: account.id, needs: form.text("needs"), tried: form.text("tried"), hopes: form.text("hopes"),
                shared: form.isChecked("shared"), in: reflections)
            var page = try await view(account, context, notice: saved.isShared ? "Saved and shared." : "Saved, for you alone.")
            if safety.concern(saved.needs, saved.tried, saved.hopes) {
                page.safety = true
                page.layout.notice = BetweenPagesController.safetyNotice
            }
            return pages.render("together", page)
        } catch let error as MendError {
            var page = try await view(account, context, error: error.message)
            (page.needs, page.tried, page.hopes) = (form.text("needs"), form.text("tried"), form.text("hopes"))
            return pages.render("together", page, status: APIError.from(error).status)
        }
    }

    @Sendable func close(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let confirm = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize))).text("confirm") == "yes"
        do {
            if try await couples.confirmClose(for: account.id, confirmed: confirm) {
                return pages.render(
                    "together",
                    try await view(
                        account, context,
                        notice: "Your shared space has been closed, and everything in it deleted. Your own log stays yours."))
            }
            let notice =
                confirm ? "Thank you. The space closes when your partner confirms too." : "Withdrawn. Your shared space stays open."
            return pages.render("together", try await view(account, context, notice: notice))
        } catch MendError.notFound {
            return pages.render("together", try await view(account, context, error: "You're not in a shared space."), status: .notFound)
        }
    }
}
