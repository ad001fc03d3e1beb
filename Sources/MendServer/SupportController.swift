import Foundation
import Hummingbird
import MendCore

/// Getting support: the signs Mend noticed, each partner's consent, and the summary for a professional.
struct SupportController: Sendable {
    let support: SupportService
    let practitioners: PractitionerService
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        api.get("support", use: apiStatus)
        api.put("support/consent", use: apiConsent)
        api.get("support/summary", use: apiSummary)
        router.get("/support", use: page)
        router.post("/support/consent", use: consentFromForm)
        router.get("/support/summary", use: summaryPage)
        router.get("/support/summary.json", use: summaryDownload)
    }

    struct StatusJSON: Encodable {
        struct Signal: Encodable { var id: String; var sentence: String }
        var signals: [Signal]
        var youConsent: Bool
        var partnerConsents: Bool
        var summaryAvailable: Bool
        init(_ status: SupportService.Status) {
            signals = status.signals.map { Signal(id: $0.rawValue, sentence: $0.sentence) }
            youConsent = status.youConsent
            partnerConsents = status.partnerConsents
            summaryAvailable = status.summaryAvailable
        }
    }

    struct ConsentBody: Decodable { var consent: Bool }

    @Sendable func apiStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(StatusJSON(try await support.status(for: account.id)))
    }

    @Sendable func apiConsent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var request = request
        let body = try await request.decodeJSON(ConsentBody.self, context: context)
        return try .json(StatusJSON(try await support.setConsent(body.consent, for: account.id)))
    }

    @Sendable func apiSummary(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(try await support.summary(for: account.id))
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var together: Bool
        var signals: [String]
        var hasSignals: Bool
        var youConsent: Bool
        var partnerConsents: Bool
        var summaryAvailable: Bool
        var practitioner: String?
        var practitionerEmail: String?
        var reads: [String] = []
        var practitionerError: String?
    }

    private func view(_ account: Account, _ context: AppRequestContext, notice: String? = nil) async throws -> View {
        let status = try await support.status(for: account.id)
        let access = try await practitioners.access(for: account.id)
        return View(
            layout: pages.layout(context, notice: notice), together: status.together, signals: status.signals.map(\.sentence),
            hasSignals: !status.signals.isEmpty, youConsent: status.youConsent, partnerConsents: status.partnerConsents,
            summaryAvailable: status.summaryAvailable, practitioner: access.practitioner?.displayName,
            practitionerEmail: access.practitionerEmail,
            reads: access.reads.map { "\(DayFormat.long($0.at)): viewed \($0.what)" })
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let query = request.uri.queryParameters
        let notice: String? =
            query["invited"] != nil
            ? "Your practitioner is invited. They see the summary only while you both agree to it."
            : query["revoked"] != nil ? "Your practitioner no longer has access." : nil
        var view = try await view(account, context, notice: notice)
        switch query["practitionerError"].map(String.init) {
        case "email":
            view.practitionerError = "No practitioner account uses that email. Ask your practitioner which email they signed up with."
        case "space": view.practitionerError = "Inviting a practitioner needs both of you in your space."
        default: break
        }
        return pages.render("support", view)
    }

    @Sendable func consentFromForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let consent = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize))).text("consent") == "yes"
        do {
            _ = try await support.setConsent(consent, for: account.id)
        } catch let error as MendError {
            var view = try await view(account, context)
            view.layout.error = error.message
            return pages.render("support", view, status: APIError.from(error).status)
        }
        let notice =
            consent ? "Thank you. The summary can be made once you both agree." : "Your consent is withdrawn. No summary can be made now."
        return pages.render("support", try await view(account, context, notice: notice))
    }

    struct SummaryView: Sendable {
        struct Row: Sendable { var when: String; var text: String }
        var layout: PageRenderer.Layout
        var partners: String
        var preparedOn: String
        var themes: [String]
        var timeline: [Row]
        var checkIns: [Row]
        var patterns: [Row]
        var signals: [String]
    }

    @Sendable func summaryPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("support-summary", Self.summaryView(try await support.summary(for: account.id), layout: pages.layout(context)))
    }

    /// The summary as the printable page shows it (to the couple, and to their practitioner).
    static func summaryView(_ summary: ProfessionalSummary, layout: PageRenderer.Layout) -> SummaryView {
        func day(_ ms: Int64) -> String { DayFormat.long(Timestamp(millisecondsSinceEpoch: ms)) }
        return SummaryView(
            layout: layout, partners: summary.partners.joined(separator: " and "), preparedOn: day(summary.preparedAt),
            themes: summary.themes.map { "\($0.name): \($0.recentCount) in the last month, \($0.totalCount) in all" },
            timeline: summary.timeline.map { .init(when: day($0.at), text: $0.description) },
            checkIns: summary.checkInTrend.compactMap { point in
                point.value.map {
                    .init(when: day(point.weekOf), text: "Average warning signs \(TrendChart.number($0)) of \(CheckIn.maximumTotal)")
                }
            },
            patterns: summary.sharedPatterns.map {
                .init(when: $0.partner, text: [$0.name, $0.origin, $0.responsibility].filter { !$0.isEmpty }.joined(separator: " · "))
            },
            signals: summary.signals)
    }

    @Sendable func summaryDownload(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return try .jsonAttachment(try await support.summary(for: account.id), filename: "mend-summary.json")
    }
}
