import Hummingbird
import MendCore

/// The pages for signing up, logging in and out, the home page and account settings.
struct AccountPagesController: Sendable {
    let accounts: AccountService
    let couples: CoupleService
    let between: BetweenService
    let support: SupportService
    let pages: PageRenderer
    let trustProxy: Bool
    let practitionersEnabled: Bool

    func register(on router: Router<AppRequestContext>) {
        router.get("/", use: home)
        router.get("/signup", use: signupForm)
        router.post("/signup", use: signup)
        router.get("/login", use: loginForm)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
        router.get("/settings", use: settings)
        router.post("/settings/password", use: changePassword)
        router.post("/settings/delete", use: deleteAccount)
    }

    struct SignupView: Sendable {
        var layout: PageRenderer.Layout
        var displayName = ""
        var email = ""
        var errors: [String: String] = [:]
        var practitionersEnabled = false
    }

    struct LoginView: Sendable {
        var layout: PageRenderer.Layout
        var email = ""
    }

    struct HomeView: Sendable {
        var layout: PageRenderer.Layout
        var displayName: String
        var noCouple: Bool
        var waiting: Bool
        var together: Bool
        var partnerName: String?
        var dashboard: BetweenPageViews.DashboardView
        var supportSignals: [String]
        var needsSupport: Bool
        var safetyMode: Bool
        var showGuide: Bool
        var closingOn: String?
    }

    struct SettingsView: Sendable {
        var layout: PageRenderer.Layout
        var displayName: String
        var email: String
        var errors: [String: String] = [:]
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else {
            let notice = request.uri.queryParameters["deleted"] != nil ? "Your account and everything in it have been deleted." : nil
            struct Landing: Sendable { var layout: PageRenderer.Layout }
            return pages.render("landing", Landing(layout: pages.layout(context, notice: notice)))
        }
        let couple = try await couples.couple(of: account.id)
        let partner = couple?.partners.first { $0.id != account.id }
        let notice = request.uri.queryParameters["left"] != nil ? "You've left the shared space." : nil
        let dashboard = try await between.dashboard(for: account.id)
        // The signs reuse the dashboard's shared resentment trend rather than reading the ruptures again.
        let signals = partner == nil ? [] : try await support.signals(for: account.id, coupleResentment: dashboard.resentment.coupleTrend)
        return pages.render(
            "home",
            HomeView(
                layout: pages.layout(context, notice: notice),
                displayName: account.displayName,
                noCouple: couple == nil,
                waiting: couple != nil && partner == nil && couple?.closingSince == nil,
                together: partner != nil,
                partnerName: partner?.displayName,
                dashboard: BetweenPageViews.dashboard(dashboard),
                supportSignals: signals.map(\.sentence),
                needsSupport: !signals.isEmpty,
                safetyMode: account.safetyMode,
                showGuide: account.guideDoneAt == nil,
                closingOn: couple?.closesAt.map { DayFormat.long($0) }
            )
        )
    }

    @Sendable func signupForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.account != nil { return .redirect(to: "/") }
        return pages.render("signup", SignupView(layout: pages.layout(context), practitionersEnabled: practitionersEnabled))
    }

    @Sendable func signup(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        var view = SignupView(
            layout: pages.layout(context), displayName: form.text("displayName"), email: form.text("email"),
            practitionersEnabled: practitionersEnabled)
        do {
            _ = try await accounts.signUp(
                email: form.text("email"), password: form.text("password"), displayName: form.text("displayName"),
                practitioner: practitionersEnabled && form.isChecked("practitioner"))
            return try await signIn(form, request: request, context: context)
        } catch let error as MendError {
            let apiError = APIError.from(error)
            if let field = apiError.field {
                view.errors[field] = apiError.message
                view.layout.error = "Please check the highlighted field."
            } else {
                view.layout.error = apiError.message
            }
            return pages.render("signup", view, status: apiError.status)
        }
    }

    @Sendable func loginForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.account != nil { return .redirect(to: "/") }
        return pages.render("login", LoginView(layout: pages.layout(context)))
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            return try await signIn(form, request: request, context: context)
        } catch let error as MendError {
            let apiError = APIError.from(error)
            var response = pages.render(
                "login",
                LoginView(layout: pages.layout(context, error: apiError.message), email: form.text("email")),
                status: apiError.status
            )
            if let seconds = apiError.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    /// Starts a session for the form's email and password and sends the browser home with its cookie.
    private func signIn(_ form: FormFields, request: Request, context: AppRequestContext) async throws -> Response {
        let (_, token) = try await accounts.logIn(
            email: form.text("email"), password: form.text("password"), clientAddress: context.clientAddress)
        var response = Response.redirect(to: "/")
        SessionCookie.set(token, on: &response, request: request, trustProxy: trustProxy)
        return response
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken { try await accounts.logOut(token: token) }
        var response = Response.redirect(to: "/")
        SessionCookie.clear(on: &response, request: request, trustProxy: trustProxy)
        return response
    }

    @Sendable func settings(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("settings", SettingsView(layout: pages.layout(context), displayName: account.displayName, email: account.email))
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        var view = SettingsView(layout: pages.layout(context), displayName: account.displayName, email: account.email)
        do {
            try await accounts.changePassword(
                for: account, current: form.text("currentPassword"), new: form.text("newPassword"), keepingToken: context.sessionToken
            )
            view.layout.notice = "Your password has been changed. Your other devices have been logged out."
            return pages.render("settings", view)
        } catch let error as MendError {
            let apiError = APIError.from(error)
            view.errors[apiError.field ?? "currentPassword"] = apiError.message
            return pages.render("settings", view, status: apiError.status)
        }
    }

    @Sendable func deleteAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            try await accounts.deleteAccount(account, password: form.text("password"))
            var response = Response.redirect(to: "/?deleted=1")
            SessionCookie.clear(on: &response, request: request, trustProxy: trustProxy)
            return response
        } catch let error as MendError {
            let apiError = APIError.from(error)
            var view = SettingsView(layout: pages.layout(context), displayName: account.displayName, email: account.email)
            view.errors["password"] = apiError.message
            return pages.render("settings", view, status: apiError.status)
        }
    }
}
