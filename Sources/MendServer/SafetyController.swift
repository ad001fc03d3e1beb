import Hummingbird
import MendCoach
import MendCore

/// The private safety page, safety mode, and the check that shows help to a writer whose words
/// suggest they may not be safe. Nothing here is ever shown or reported to the partner.
struct SafetyController: Sendable {
    let accounts: any AccountRepository
    let repairs: RepairService
    let resources: [SafetyResource]
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        router.get("/safety", use: page)
        router.post("/safety/mode", use: setModeFromForm)
        api.put("me/safety-mode", use: setMode)
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var resources: [SafetyResource]
        var signedIn: Bool
        var safetyMode: Bool
    }

    private func view(_ context: AppRequestContext, safetyMode: Bool? = nil, notice: String? = nil) -> View {
        View(
            layout: pages.layout(context, notice: notice), resources: resources, signedIn: context.account != nil,
            safetyMode: safetyMode ?? context.account?.safetyMode ?? false)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        pages.render("safety", view(context))
    }

    /// Turns safety mode on (pausing any conversation under way) or off.
    private func set(_ on: Bool, for account: Account) async throws {
        try await accounts.setSafetyMode(on, for: account.id)
        if on { try await repairs.pauseActive(by: account.id) }
    }

    @Sendable func setModeFromForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let on = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize))).text("on") == "yes"
        try await set(on, for: account)
        let notice =
            on
            ? "Safety mode is on. Everything you do together is paused; your partner only sees that you're not available right now."
            : "Safety mode is off. Shared features are back."
        return pages.render("safety", view(context, safetyMode: on, notice: notice))
    }

    struct ModeBody: Codable { var on: Bool }
    struct ModeJSON: Encodable { var safetyMode: Bool }

    @Sendable func setMode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(ModeBody.self, context: context)
        try await set(body.on, for: account)
        return try .json(ModeJSON(safetyMode: body.on))
    }
}

/// Reads what someone wrote for signs they may not be safe, so help can be shown to them alone.
struct SafetyReader: Sendable {
    let coach: Coach

    /// The private notice API responses carry when a writer may not be safe.
    struct Notice: Encodable, Sendable {
        var message =
            "Some of what you wrote sounds like you might not be safe. You deserve support: help is on the safety page. Your partner is not told anything."
        var resourcesUrl = "/safety"
    }

    /// Whether any of `texts` carries a safety risk.
    func concern(_ texts: String...) -> Bool {
        texts.contains { !$0.isEmpty && (try? coach.analyze($0))?.labels.contains(.safetyRisk) == true }
    }
}
