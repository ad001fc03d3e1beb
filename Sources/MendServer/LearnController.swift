import Hummingbird
import MendCoach
import MendCore

/// The first-run guide to the approach, with a tiny practice the coach reads.
struct LearnController: Sendable {
    let accounts: any AccountRepository
    let coach: Coach
    let clock: any MendClock
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        api.get("learn", use: apiGuide)
        api.post("learn/done", use: apiDone)
        router.get("/learn", use: page)
        router.post("/learn/practice", use: practice)
        router.post("/learn/done", use: done)
    }

    struct ExampleView: Sendable, Encodable {
        var instead: String
        var tryThis: String
    }

    struct SectionView: Sendable, Encodable {
        var id: String
        var number: Int
        var title: String
        var paragraphs: [String]
        var examples: [ExampleView]
        var hasExamples: Bool
        var practicePrompt: String
        var practiceText = ""
        var findings: [CoachPagesController.FindingView] = []
        var practiced = false
        var nothingFlagged = false

        enum CodingKeys: String, CodingKey { case id, title, paragraphs, examples, practicePrompt }
    }

    static func sections() -> [SectionView] {
        LearningGuide.sections.enumerated().map { index, section in
            SectionView(
                id: section.id, number: index + 1, title: section.title, paragraphs: section.paragraphs,
                examples: section.examples.map { ExampleView(instead: $0.instead, tryThis: $0.tryThis) },
                hasExamples: !section.examples.isEmpty,
                practicePrompt: section.practicePrompt)
        }
    }

    struct GuideJSON: Encodable {
        var sections: [SectionView]
        var whyThisStep: [String: String]
        var sectionForStep: [String: String]
        var completedAt: Int64?
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var sections: [SectionView]
        var signedIn: Bool
        var done: Bool
    }

    @Sendable func apiGuide(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try .json(
            GuideJSON(
                sections: Self.sections(), whyThisStep: LearningGuide.whyThisStep, sectionForStep: LearningGuide.sectionForStep,
                completedAt: account.guideDoneAt?.millisecondsSinceEpoch))
    }

    @Sendable func apiDone(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        try await accounts.markGuideDone(for: account.id, at: clock.now())
        return Response(status: .noContent)
    }

    private func view(
        _ context: AppRequestContext, sections: [SectionView] = LearnController.sections(), notice: String? = nil, done: Bool? = nil
    )
        -> View
    {
        View(
            layout: pages.layout(context, notice: notice), sections: sections, signedIn: context.account != nil,
            done: done ?? (context.account?.guideDoneAt != nil))
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        pages.render("learn", view(context))
    }

    /// The coach reads the practice sentence and says what it notices, right under that section.
    @Sendable func practice(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        var sections = Self.sections()
        let text = String(form.text("text").prefix(2_000))
        if let index = sections.firstIndex(where: { $0.id == form.text("section") }), !text.isEmpty {
            sections[index].practiceText = text
            sections[index].practiced = true
            let report = try? coach.analyze(text)
            sections[index].findings = report?.findings.map(CoachPagesController.view) ?? []
            sections[index].nothingFlagged = sections[index].findings.isEmpty
        }
        return pages.render("learn", view(context, sections: sections))
    }

    @Sendable func done(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        try await accounts.markGuideDone(for: account.id, at: clock.now())
        return pages.render("learn", view(context, notice: "Thank you for reading. You can come back to the guide any time.", done: true))
    }
}
