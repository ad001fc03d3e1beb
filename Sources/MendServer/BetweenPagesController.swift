import Foundation
import Hummingbird
import MendCore

/// The pages for the rupture log, check-ins, commitments, the pattern profile and appreciations.
/// Every form works without script; errors re-render the page with what was typed kept.
struct BetweenPagesController: Sendable {
    let between: BetweenService
    let repairs: RepairService
    let couples: CoupleService
    let safety: SafetyReader
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/ruptures", use: ruptures)
        router.post("/ruptures", use: logRupture)
        router.get("/ruptures/:id", use: rupture)
        router.post("/ruptures/:id/share", use: { try await change($0, $1, .share(true), notice: "Shared. Your partner can see it now.") })
        router.post("/ruptures/:id/unshare", use: { try await change($0, $1, .share(false), notice: "It's private again.") })
        router.post(
            "/ruptures/:id/repaired", use: { try await change($0, $1, .repaired, notice: "Marked as repaired. Well done, both of you.") })
        router.post("/ruptures/:id/reopen", use: { try await change($0, $1, .reopen, notice: "It's open again.") })
        router.post("/ruptures/:id/let-go", use: letGo)
        router.post("/ruptures/:id/repair", use: openRepair)
        router.post("/ruptures/:id/delete", use: deleteRupture)
        router.get("/checkin", use: checkInPage)
        router.post("/checkin", use: checkIn)
        router.get("/commitments", use: commitmentsPage)
        router.post("/commitments", use: commit)
        router.post("/commitments/:id/mark", use: mark)
        router.post("/commitments/:id/end", use: endCommitment)
        router.get("/patterns", use: profilePage)
        router.post("/patterns", use: addPattern)
        router.post("/patterns/:id", use: updatePattern)
        router.post("/patterns/:id/delete", use: deletePattern)
        router.post("/phrases", use: addPhrase)
        router.post("/phrases/:id/delete", use: deletePhrase)
        router.get("/appreciations", use: appreciationsPage)
        router.post("/appreciations", use: appreciate)
    }

    private func form(_ request: Request, _ context: AppRequestContext) async throws -> FormFields {
        var request = request
        return FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
    }

    static let fearNotice =
        "Thank you for answering honestly. Everyone deserves to feel safe at home: help is on the safety page, and your partner is never told about it."

    static let safetyNotice =
        "Saved. Some of what you wrote sounds like you might not be safe. You deserve support: help is on the safety page, and your partner is never told about it."

    // MARK: Ruptures

    struct RupturesView: Sendable {
        var layout: PageRenderer.Layout
        var items: [BetweenPageViews.RuptureItem]
        var hasItems: Bool
        var canShare: Bool
        var resentment: BetweenPageViews.ChartView
        var ownIndex: String
        var coupleIndex: String?
        var themes: [String]
        var feelings: [BetweenPageViews.Option]
        var intensities: [BetweenPageViews.Option]
        var whatHappened = ""
        var feelingsNote = ""
        var when: String
        var today: String
        var errors: [String: String] = [:]
    }

    private func rupturesView(
        _ account: Account, _ context: AppRequestContext, form: FormFields? = nil, errors: [String: String] = [:]
    ) async throws -> RupturesView {
        let couple = try await couples.couple(of: account.id)
        let partner = couple?.partners.first { $0.id != account.id }
        let list = try await between.ruptures(for: account.id)
        let resentment = try await between.resentment(for: account.id)
        let today = DayFormat.iso(MendCore.Calendar.day(of: between.now()))
        return RupturesView(
            layout: pages.layout(context, error: errors.isEmpty ? nil : "Please check the highlighted fields."),
            items: list.map { BetweenPageViews.item($0, viewer: account.id, partnerName: partner?.displayName) },
            hasItems: !list.isEmpty,
            canShare: couple?.isFull == true,
            resentment: BetweenPageViews.resentmentChart(resentment, partnerName: partner?.displayName),
            ownIndex: TrendChart.number(resentment.own),
            coupleIndex: partner == nil ? nil : resentment.couple.map(TrendChart.number),
            themes: resentment.themes.map(\.sentence),
            feelings: BetweenPageViews.feelingOptions(checked: form?.all("feeling") ?? []),
            intensities: BetweenPageViews.intensityOptions(checked: form.flatMap { Int($0.text("intensity")) }),
            whatHappened: form?.text("whatHappened") ?? "",
            feelingsNote: form?.text("feelingsNote") ?? "",
            when: form?.text("when").isEmpty == false ? form!.text("when") : today,
            today: today,
            errors: errors
        )
    }

    @Sendable func ruptures(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        var view = try await rupturesView(account, context)
        if request.uri.queryParameters["deleted"] != nil { view.layout.notice = "Deleted." }
        return pages.render("ruptures", view)
    }

    @Sendable func logRupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        do {
            let happenedAt = try happenedAt(form.text("when"))
            let feelings = form.all("feeling").compactMap(Feeling.init(rawValue:))
            let rupture = try await between.logRupture(
                by: account.id, whatHappened: form.text("whatHappened"), intensity: Int(form.text("intensity")) ?? 0,
                feelings: feelings, feelingsNote: form.text("feelingsNote"), happenedAt: happenedAt, shared: form.isChecked("shared"))
            return .redirect(to: "/ruptures/\(rupture.id)?saved=1")
        } catch let error as MendError {
            guard case .invalidField(let field, let message) = error else { throw error }
            let view = try await rupturesView(account, context, form: form, errors: [field: message])
            return pages.render("ruptures", view, status: .unprocessableContent)
        }
    }

    /// A day from the form (today means now; an earlier day means its middle).
    private func happenedAt(_ text: String) throws -> Timestamp? {
        guard !text.isEmpty else { return nil }
        guard let day = DayFormat.parse(text) else {
            throw MendError.invalidField(field: "happenedAt", message: "Choose the day it happened.")
        }
        let now = between.now()
        if day == MendCore.Calendar.day(of: now) { return now }
        return MendCore.Calendar.start(ofDay: day).adding(seconds: 12 * 3600)
    }

    struct RuptureView: Sendable {
        var layout: PageRenderer.Layout
        var item: BetweenPageViews.RuptureItem
        var whatHappened: String
        var feelings: String
        var feelingsNote: String
        var reflection: String?
        var sessionID: String?
        var isOpen: Bool
        var unsettled: Bool
        var isLetGo: Bool
        var canShare: Bool
        var canUnshare: Bool
        var canRepair: Bool
        var reflectionError: String?
        var safety: Bool
    }

    private func ruptureView(
        id: String, _ account: Account, _ context: AppRequestContext, notice: String? = nil, error: String? = nil,
        reflectionError: String? = nil
    ) async throws -> RuptureView {
        let rupture = try await between.rupture(id: id, for: account.id)
        let couple = try await couples.couple(of: account.id)
        let partner = couple?.partners.first { $0.id != account.id }
        let mine = rupture.authorID == account.id
        let inSpace = couple != nil && couple?.id == rupture.coupleID && couple?.isFull == true
        return RuptureView(
            layout: pages.layout(context, notice: notice, error: error),
            item: BetweenPageViews.item(rupture, viewer: account.id, partnerName: partner?.displayName),
            whatHappened: rupture.whatHappened,
            feelings: rupture.feelings.map(\.title).joined(separator: ", "),
            feelingsNote: rupture.feelingsNote,
            reflection: mine ? rupture.letGoReflection : nil,
            sessionID: rupture.sessionID,
            isOpen: rupture.state == .open && mine,
            unsettled: rupture.isUnsettled && mine,
            isLetGo: rupture.state == .letGo && mine,
            canShare: mine && !rupture.isShared && inSpace,
            canUnshare: mine && rupture.isShared && rupture.state != .inRepair,
            canRepair: rupture.state == .open && inSpace,
            reflectionError: reflectionError,
            // Help shows to the writer alone, decided here from what they wrote (never from the address).
            safety: mine && safety.concern(rupture.whatHappened, rupture.feelingsNote, rupture.letGoReflection ?? "")
        )
    }

    @Sendable func rupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let query = request.uri.queryParameters
        let id = try context.parameters.require("id")
        var view = try await ruptureView(id: id, account, context)
        if query["saved"] != nil, view.item.mine {
            view.layout.notice = view.safety ? Self.safetyNotice : "Saved. It's private unless you chose to share it."
        }
        return pages.render("rupture", view)
    }

    private func change(
        _ request: Request, _ context: AppRequestContext, _ change: BetweenService.RuptureChange, notice: String
    ) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        do {
            _ = try await between.change(rupture: id, by: account.id, change)
            return pages.render("rupture", try await ruptureView(id: id, account, context, notice: notice))
        } catch MendError.notAllowed(let message) {
            return try await refused(message, rupture: id, account, context)
        }
    }

    /// The rupture page again, saying why the change was refused.
    private func refused(_ message: String, rupture id: String, _ account: Account, _ context: AppRequestContext) async throws -> Response {
        pages.render("rupture", try await ruptureView(id: id, account, context, error: message), status: .forbidden)
    }

    @Sendable func letGo(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        let form = try await form(request, context)
        do {
            _ = try await between.change(rupture: id, by: account.id, .letGo(reflection: form.text("reflection")))
            return pages.render("rupture", try await ruptureView(id: id, account, context, notice: "Let go, with intention."))
        } catch MendError.invalidField(_, let message) {
            return pages.render(
                "rupture", try await ruptureView(id: id, account, context, error: message, reflectionError: message),
                status: .unprocessableContent)
        } catch MendError.notAllowed(let message) {
            return try await refused(message, rupture: id, account, context)
        }
    }

    @Sendable func openRepair(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        do {
            let (summary, _) = try await between.openRepair(fromRupture: id, by: account.id, topic: nil, protocolID: nil, repairs: repairs)
            return .redirect(to: "/sessions/\(summary.id)")
        } catch MendError.notAllowed(let message) {
            return try await refused(message, rupture: id, account, context)
        }
    }

    @Sendable func deleteRupture(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        do {
            try await between.deleteRupture(id: id, by: account.id)
            return .redirect(to: "/ruptures?deleted=1")
        } catch MendError.notAllowed(let message) {
            return try await refused(message, rupture: id, account, context)
        }
    }

    // MARK: Check-ins

    struct Question: Sendable {
        var name: String
        var question: String
        var options: [BetweenPageViews.Option]
    }

    struct CheckInView: Sendable {
        var layout: PageRenderer.Layout
        var due: Bool
        var lastDate: String?
        var questions: [Question]
        var note: String
        var chart: BetweenPageViews.ChartView
        var suggestion: String?
        var latestTotal: Int?
        var maximum = CheckIn.maximumTotal
        var safety: Bool
    }

    static let answerLabels = ["Not at all", "A little", "Sometimes", "Often", "All the time"]

    private func checkInView(
        _ account: Account, _ context: AppRequestContext, form: FormFields? = nil, notice: String? = nil, error: String? = nil,
        safety: Bool = false
    ) async throws -> CheckInView {
        let summary = try await between.checkInSummary(for: account.id)
        let partner = try await couples.couple(of: account.id)?.partners.first { $0.id != account.id }
        return CheckInView(
            layout: pages.layout(context, notice: notice, error: error),
            due: summary.due,
            lastDate: summary.latest.map { DayFormat.long($0.at) },
            questions: WarningSign.allCases.map { sign in
                Question(
                    name: sign.rawValue, question: sign.question,
                    options: Self.answerLabels.indices.map { value in
                        BetweenPageViews.Option(
                            value: String(value), label: "\(value) · \(Self.answerLabels[value])",
                            checked: form?.text(sign.rawValue) == String(value))
                    })
            },
            note: form?.text("note") ?? "",
            chart: BetweenPageViews.checkInChart(summary, partnerName: partner?.displayName),
            suggestion: summary.suggestion,
            latestTotal: summary.latest?.total,
            safety: safety
        )
    }

    @Sendable func checkInPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("checkin", try await checkInView(account, context))
    }

    @Sendable func checkIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        var answers: [String: Int] = [:]
        for sign in WarningSign.allCases {
            if let value = Int(form.text(sign.rawValue)) { answers[sign.rawValue] = value }
        }
        do {
            let checkIn = try await between.checkIn(by: account.id, answers: answers, note: form.text("note"), feelsSafe: form["feelsSafe"])
            let afraid = checkIn.feelsSafe?.signalsFear == true
            let unsafe = afraid || safety.concern(checkIn.note)
            return pages.render(
                "checkin",
                try await checkInView(
                    account, context,
                    notice: afraid
                        ? Self.fearNotice : unsafe ? Self.safetyNotice : "Thank you for checking in. Your answers are yours alone.",
                    safety: unsafe))
        } catch MendError.invalidField(_, let message) {
            return pages.render(
                "checkin", try await checkInView(account, context, form: form, error: message), status: .unprocessableContent)
        }
    }

    // MARK: Commitments

    struct CommitmentItem: Sendable {
        var id: String
        var text: String
        var owner: String
        var mine: Bool
        var active: Bool
        var canMark: Bool
        var markedToday: Bool
        var score: String?
        var recent: [MarkItem]
        var hasMarks: Bool
    }

    struct MarkItem: Sendable {
        var date: String
        var kept: Bool
    }

    struct CommitmentsView: Sendable {
        var layout: PageRenderer.Layout
        var needsPartner: Bool
        var partnerName: String
        var mine: [CommitmentItem]
        var theirs: [CommitmentItem]
        var hasMine: Bool
        var hasTheirs: Bool
        var ownScore: String?
        var partnerScore: String?
        var chart: BetweenPageViews.ChartView
        var text = ""
        var textError: String?
        var suggestion: String?
    }

    private func commitmentsView(
        _ account: Account, _ context: AppRequestContext, notice: String? = nil, error: String? = nil
    ) async throws -> CommitmentsView {
        let couple = try await couples.couple(of: account.id)
        let partner = couple?.partners.first { $0.id != account.id }
        let board = try await between.commitmentBoard(for: account.id)
        let items = board.entries.map { entry in
            CommitmentItem(
                id: entry.commitment.id, text: entry.commitment.text,
                owner: entry.commitment.ownerID == account.id ? "You" : partner?.displayName ?? "Your partner",
                mine: entry.commitment.ownerID == account.id, active: entry.commitment.isActive,
                canMark: entry.commitment.ownerID != account.id && entry.commitment.isActive, markedToday: entry.markedToday,
                score: entry.score.map { TrendChart.number($0) + "%" },
                recent: entry.marks.prefix(7).map { MarkItem(date: DayFormat.short($0.day), kept: $0.kept) },
                hasMarks: !entry.marks.isEmpty
            )
        }
        return CommitmentsView(
            layout: pages.layout(context, notice: notice, error: error),
            needsPartner: partner == nil,
            partnerName: partner?.displayName ?? "your partner",
            mine: items.filter(\.mine), theirs: items.filter { !$0.mine },
            hasMine: items.contains(where: \.mine), hasTheirs: items.contains { !$0.mine },
            ownScore: board.ownScore.map { TrendChart.number($0) + "%" },
            partnerScore: board.partnerScore.map { TrendChart.number($0) + "%" },
            chart: BetweenPageViews.consistencyChart(board)
        )
    }

    @Sendable func commitmentsPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("commitments", try await commitmentsView(account, context))
    }

    @Sendable func commit(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        do {
            let sessionID = form["sessionId"].flatMap { $0.isEmpty ? nil : $0 }
            if let sessionID, try await repairs.summary(of: sessionID, for: account.id) == nil { throw MendError.notFound }
            _ = try await between.commit(by: account.id, text: form.text("text"), sessionID: sessionID)
            return pages.render(
                "commitments", try await commitmentsView(account, context, notice: "Committed. Small and steady is how trust comes back."))
        } catch let refused as CommitmentRefused {
            var view = try await commitmentsView(account, context, error: "Let's make that one smaller.")
            view.text = form.text("text")
            view.textError = refused.review.reason
            view.suggestion = refused.review.suggestion
            return pages.render("commitments", view, status: .unprocessableContent)
        } catch let error as MendError {
            var view = try await commitmentsView(account, context, error: error.message)
            view.text = form.text("text")
            if case .invalidField(_, let message) = error { view.textError = message }
            return pages.render("commitments", view, status: APIError.from(error).status)
        }
    }

    @Sendable func mark(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        do {
            let kept = form.text("kept") == "yes"
            _ = try await between.mark(commitment: try context.parameters.require("id"), by: account.id, kept: kept, day: nil)
            return pages.render(
                "commitments",
                try await commitmentsView(
                    account, context,
                    notice: kept ? "Marked as kept. Noticing matters." : "Marked as missed. One day doesn't undo the rest."))
        } catch let error as MendError where error != .notFound {
            return pages.render(
                "commitments", try await commitmentsView(account, context, error: error.message), status: APIError.from(error).status)
        }
    }

    @Sendable func endCommitment(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        do {
            _ = try await between.endCommitment(id: try context.parameters.require("id"), by: account.id)
            return pages.render("commitments", try await commitmentsView(account, context, notice: "Retired. Its history stays."))
        } catch let error as MendError where error != .notFound {
            return pages.render(
                "commitments", try await commitmentsView(account, context, error: error.message), status: APIError.from(error).status)
        }
    }

    // MARK: Pattern profile

    struct PatternItem: Sendable {
        var id: String
        var name: String
        var origin: String
        var responsibility: String
        var shared: Bool
        var kinds: [BetweenPageViews.Option]
    }

    struct PhraseItem: Sendable {
        var id: String
        var text: String
        var shared: Bool
    }

    struct ProfileView: Sendable {
        var layout: PageRenderer.Layout
        var patterns: [PatternItem]
        var phrases: [PhraseItem]
        var partnerPatterns: [PatternItem]
        var partnerPhrases: [PhraseItem]
        var hasPatterns: Bool
        var hasPhrases: Bool
        var hasPartnerShared: Bool
        var hasPartnerPhrases: Bool
        var partnerName: String?
        var kinds: [BetweenPageViews.Option]
    }

    private func profileView(_ account: Account, _ context: AppRequestContext, notice: String? = nil, error: String? = nil)
        async throws -> ProfileView
    {
        let profile = try await between.profile(for: account.id)
        func item(_ pattern: ProtectivePattern) -> PatternItem {
            PatternItem(
                id: pattern.id, name: pattern.name, origin: pattern.origin, responsibility: pattern.responsibility,
                shared: pattern.isShared,
                kinds: BetweenPageViews.patternOptions(checked: pattern.kind))
        }
        return ProfileView(
            layout: pages.layout(context, notice: notice, error: error),
            patterns: profile.patterns.map(item),
            phrases: profile.phrases.map { PhraseItem(id: $0.id, text: $0.text, shared: $0.isShared) },
            partnerPatterns: profile.partnerPatterns.map(item),
            partnerPhrases: profile.partnerPhrases.map { PhraseItem(id: $0.id, text: $0.text, shared: true) },
            hasPatterns: !profile.patterns.isEmpty, hasPhrases: !profile.phrases.isEmpty,
            hasPartnerShared: !profile.partnerPatterns.isEmpty || !profile.partnerPhrases.isEmpty,
            hasPartnerPhrases: !profile.partnerPhrases.isEmpty,
            partnerName: profile.partner?.displayName,
            kinds: BetweenPageViews.patternOptions()
        )
    }

    @Sendable func profilePage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("patterns", try await profileView(account, context))
    }

    private func profileResult(
        _ account: Account, _ context: AppRequestContext, notice: String, _ work: () async throws -> Void
    ) async throws -> Response {
        do {
            try await work()
            return pages.render("patterns", try await profileView(account, context, notice: notice))
        } catch let error as MendError where error != .notFound {
            return pages.render(
                "patterns", try await profileView(account, context, error: error.message), status: APIError.from(error).status)
        }
    }

    @Sendable func addPattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        return try await profileResult(account, context, notice: "Added to your profile.") {
            _ = try await between.addPattern(
                by: account.id, kind: PatternKind(rawValue: form.text("kind")) ?? .other, name: form.text("name"),
                origin: form.text("origin"), responsibility: form.text("responsibility"), shared: form.isChecked("shared"))
        }
    }

    @Sendable func updatePattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        let id = try context.parameters.require("id")
        return try await profileResult(account, context, notice: "Saved.") {
            _ = try await between.updatePattern(
                id: id, by: account.id, kind: PatternKind(rawValue: form.text("kind")) ?? .other, name: form.text("name"),
                origin: form.text("origin"), responsibility: form.text("responsibility"), shared: form.isChecked("shared"))
        }
    }

    @Sendable func deletePattern(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        return try await profileResult(account, context, notice: "Removed.") {
            try await between.deletePattern(id: id, by: account.id)
        }
    }

    @Sendable func addPhrase(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        return try await profileResult(account, context, notice: "Added.") {
            _ = try await between.addPhrase(by: account.id, text: form.text("text"), shared: form.isChecked("shared"))
        }
    }

    @Sendable func deletePhrase(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let id = try context.parameters.require("id")
        return try await profileResult(account, context, notice: "Removed.") {
            try await between.deletePhrase(id: id, by: account.id)
        }
    }

    // MARK: Appreciations

    struct AppreciationItem: Sendable {
        var text: String
        var byLine: String
        var mine: Bool
    }

    struct AppreciationsView: Sendable {
        var layout: PageRenderer.Layout
        var needsPartner: Bool
        var partnerName: String
        var items: [AppreciationItem]
        var hasItems: Bool
        var text = ""
        var textError: String?
    }

    private func appreciationsView(_ account: Account, _ context: AppRequestContext, notice: String? = nil) async throws
        -> AppreciationsView
    {
        let partner = try await couples.couple(of: account.id)?.partners.first { $0.id != account.id }
        let list = try await between.appreciations(for: account.id)
        return AppreciationsView(
            layout: pages.layout(context, notice: notice),
            needsPartner: partner == nil,
            partnerName: partner?.displayName ?? "your partner",
            items: list.map { appreciation in
                let day = DayFormat.long(appreciation.createdAt)
                return AppreciationItem(
                    text: appreciation.text,
                    byLine: appreciation.authorID == account.id ? "You, \(day)" : "\(partner?.displayName ?? "Your partner"), \(day)",
                    mine: appreciation.authorID == account.id)
            },
            hasItems: !list.isEmpty
        )
    }

    @Sendable func appreciationsPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return pages.render("appreciations", try await appreciationsView(account, context))
    }

    @Sendable func appreciate(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let form = try await form(request, context)
        do {
            _ = try await between.appreciate(by: account.id, text: form.text("text"))
            return pages.render("appreciations", try await appreciationsView(account, context, notice: "Sent. Small thanks add up."))
        } catch let error as MendError {
            var view = try await appreciationsView(account, context)
            view.layout.error = error.message
            view.text = form.text("text")
            if case .invalidField(_, let message) = error { view.textError = message }
            return pages.render("appreciations", view, status: APIError.from(error).status)
        }
    }
}
