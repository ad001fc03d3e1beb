import Hummingbird
import MendCoach
import MendCore

/// `/coach`: practise a sentence with the coach. Works as a plain form; with script, the findings
/// update as the person types.
struct CoachPagesController: Sendable {
    let coach: Coach
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/coach", use: show)
        router.post("/coach", use: analyze)
    }

    struct FindingView: Sendable {
        var name: String
        var quotes: String
        var explanation: String
        var suggestion: String?
        var harmful: Bool
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var text = ""
        var analysed = false
        var findings: [FindingView] = []
        var reading = ""
        var error: String?
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.account != nil else { return .redirect(to: "/login") }
        return pages.render("coach", View(layout: pages.layout(context)))
    }

    @Sendable func analyze(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.account != nil else { return .redirect(to: "/login") }
        var request = request
        let form = FormFields(body: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        var view = View(layout: pages.layout(context), text: form.text("text"))
        do {
            let report = try coach.reading(view.text, context: nil)
            view.analysed = true
            view.reading = Self.describe(report.reading)
            view.findings = report.findings.map(Self.view)
            return pages.render("coach", view)
        } catch let error as MendError {
            view.error = error.message
            return pages.render("coach", view, status: .unprocessableContent)
        }
    }

    static func view(_ finding: CoachFinding) -> FindingView {
        FindingView(
            name: finding.label.rawValue.replacingOccurrences(of: "_", with: " ").capitalizedFirst,
            quotes: finding.spans.map { "“\($0.text)”" }.joined(separator: ", "),
            explanation: finding.explanation,
            suggestion: finding.suggestion,
            harmful: finding.label.isHarmful
        )
    }

    static func describe(_ reading: MessageReading) -> String {
        switch reading {
        case .escalating: "This may land as escalating."
        case .repairing: "This reads as repairing."
        case .neutral: "This reads as neutral."
        }
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
