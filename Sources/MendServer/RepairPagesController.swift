import Foundation
import Hummingbird
import MendCoach
import MendCore

/// The repair conversation in the browser: start one, take part step by step (live when both are
/// online), and read the transcript afterwards.
struct RepairPagesController: Sendable {
    let repairs: RepairService
    let couples: CoupleService
    let between: BetweenService
    let live: LiveSessions
    let coach: Coach
    let clock: any MendClock
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/sessions", use: list)
        router.post("/sessions", use: start)
        router.get("/sessions/:id", use: show)
        router.get("/sessions/:id/panel", use: panel)
        router.post("/sessions/:id/act", use: act)
        router.get("/sessions/:id/transcript", use: transcript)
    }

    struct ListView: Sendable {
        struct Item: Sendable {
            var id: String
            var topic: String
            var status: String
        }
        var layout: PageRenderer.Layout
        var canStart: Bool
        var needsPartner: Bool
        var sessions: [Item]
        var hasSessions: Bool
        var protocols: [SessionPageView.Option]
        var topicError: String?
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("sessions", try await listView(account, context: context))
    }

    private func listView(_ account: Account, context: AppRequestContext, topicError: String? = nil) async throws -> ListView {
        let couple = try await couples.couple(of: account.id)
        var items: [ListView.Item] = []
        for summary in try await repairs.sessions(for: account.id) {
            let (_, state) = try await repairs.state(of: summary.id, for: account.id)
            items.append(.init(id: summary.id, topic: summary.topic, status: Self.statusText(state, viewer: account.id)))
        }
        return ListView(
            layout: pages.layout(context, error: topicError == nil ? nil : "Please check the highlighted field."),
            canStart: couple?.isFull == true,
            needsPartner: couple?.isFull != true,
            sessions: items,
            hasSessions: !items.isEmpty,
            protocols: RepairProtocol.all.map { .init(value: $0.id, label: "\($0.name): \($0.summary)") },
            topicError: topicError
        )
    }

    static func statusText(_ state: RepairState, viewer: UserID) -> String {
        switch state.status {
        case .invited: viewer == state.partner ? "Waiting for you to accept" : "Invitation sent"
        case .active: state.waitingFor.contains(viewer) ? "Your turn: \(state.currentStep?.title ?? "")" : "In progress"
        case .onBreak: "On a break"
        case .paused: "Paused"
        case .finished(let outcome): outcome == .repaired ? "Repaired" : "Needs another round"
        }
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            let (summary, _) = try await repairs.start(by: account.id, topic: form.text("topic"), protocolID: form["protocol"])
            return .redirect(to: "/sessions/\(summary.id)")
        } catch let error as MendError {
            return pages.render(
                "sessions", try await listView(account, context: context, topicError: error.message), status: APIError.from(error).status)
        }
    }

    private func view(_ id: String, for account: Account, context: AppRequestContext) async throws -> SessionPageView {
        let (summary, state) = try await repairs.state(of: id, for: account.id)
        var names: [UserID: String] = [:]
        for partner in try await couples.couple(of: account.id)?.partners ?? [] { names[partner.id] = partner.displayName }
        var page = SessionPageView(
            layout: pages.layout(context), summary: summary, state: state, viewer: account.id, names: names, now: clock.now())
        try await addProfileHints(to: &page, state: state, viewer: account.id, names: names)
        if case .finished = state.status {
            // Commitments made in the conversation, offered for tracking until they are.
            let tracked = Set(
                try await between.commitmentBoard(for: account.id).entries.filter { $0.commitment.sessionID == id }.map(\.commitment.text))
            page.trackable = state.transcript.filter { $0.kind == .commitment && $0.author == account.id && !tracked.contains($0.text) }
                .map(\.text)
            page.hasTrackable = !page.trackable.isEmpty
        }
        return page
    }

    /// At the step for owning one's patterns, the person's own pattern profile; at the step for
    /// reassuring, the repair phrases the partner has shared as ones they welcome.
    private func addProfileHints(to page: inout SessionPageView, state: RepairState, viewer: UserID, names: [UserID: String]) async throws {
        guard page.message, let step = state.currentStep else { return }
        if ["patterns", "responsibility", "triggers"].contains(step.id) {
            let profile = try await between.profile(for: viewer)
            page.profileHints = profile.patterns.map { pattern in
                .init(title: pattern.name, text: pattern.responsibility.isEmpty ? pattern.origin : pattern.responsibility)
            }.filter { !$0.text.isEmpty }
            page.hintsHeading = "From your pattern profile"
        } else if step.id == "reassure" {
            let profile = try await between.profile(for: viewer)
            page.profileHints = profile.partnerPhrases.map { .init(title: "", text: $0.text) }
            page.hintsHeading = "Words \(profile.partner?.displayName ?? "your partner") has said help"
        }
        page.hasProfileHints = !page.profileHints.isEmpty
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("session", try await view(try context.parameters.require("id"), for: account, context: context))
    }

    /// The live part of the page alone, which the page's script swaps in when something happens.
    @Sendable func panel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return pages.render("session-panel", try await view(try context.parameters.require("id"), for: account, context: context))
    }

    @Sendable func act(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let action: RepairAction
        do {
            action = try Self.action(from: form)
        } catch let error as MendError {
            var page = try await view(id, for: account, context: context)
            page.actionError = error.message
            return pages.render("session", page, status: .unprocessableContent)
        }
        if form["acknowledged"] != "1",
            var page = try await coachReview(action, form: form, session: id, account: account, context: context)
        {
            page.showCoach = true
            return pages.render("session", page)
        }
        do {
            _ = try await live.act(action, in: id, by: account.id)
            return .redirect(to: "/sessions/\(id)")
        } catch let error as RepairError {
            var page = try await view(id, for: account, context: context)
            page.actionError = error.message
            return pages.render("session", page, status: APIError.from(error).status)
        }
    }

    /// The coach's advice on a draft before it is sent, or nil when there is nothing to say.
    /// The writer can revise or send anyway: the coach advises, it never censors.
    private func coachReview(_ action: RepairAction, form: FormFields, session id: String, account: Account, context: AppRequestContext)
        async throws -> SessionPageView?
    {
        let text: String
        switch action {
        case .send(let draft): text = draft
        case .answer(_, let clarification?): text = clarification
        default: return nil
        }
        var page = try await view(id, for: account, context: context)
        let contextText = page.coachContext.isEmpty ? nil : page.coachContext
        guard let report = try? coach.analyze(text, context: contextText) else { return nil }
        page.draft = text
        if report.labels.contains(.safetyRisk) {
            page.safety = true
            return page
        }
        page.coachFindings = report.findings.filter { $0.label.isHarmful }.map(CoachPagesController.view)
        if page.reflection, !report.labels.contains(.reflection) || !report.labels.contains(.checkUnderstanding) {
            page.coachNudge =
                "A reflection says back what you heard, in your own words, and asks if you got it: \"It sounds like you felt… Did I get that?\""
        }
        return page.coachFindings.isEmpty && page.coachNudge == nil ? nil : page
    }

    static func action(from form: FormFields) throws -> RepairAction {
        switch form.text("type") {
        case "accept": return .accept
        case "rate":
            guard let value = Int(form.text("value")), (0...10).contains(value) else {
                throw MendError.invalidField(field: "value", message: "Choose a number from 0 to 10.")
            }
            return .rate(value)
        case "confirm": return .confirm
        case "chooseFirstSpeaker": return .chooseFirstSpeaker(UserID(form.text("person")))
        case "send": return .send(form.text("text"))
        case "answer":
            let heard = form.text("heard") == "yes"
            return .answer(heard: heard, clarification: form["clarification"])
        case "choose": return .choose(form.text("option"))
        case "commit":
            let items = form.text("commitments").split(whereSeparator: \.isNewline).map(String.init)
            return .commit(items)
        case "recordOutcome": return .recordOutcome(form.text("outcome") == "repaired" ? .repaired : .needsAnotherRound)
        case "pause": return .pause
        case "resume": return .resume
        default: throw MendError.invalidField(field: "type", message: "That action isn't something this page can do.")
        }
    }

    @Sendable func transcript(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("session-transcript", try await view(try context.parameters.require("id"), for: account, context: context))
    }
}
