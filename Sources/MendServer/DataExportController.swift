import Foundation
import Hummingbird
import MendCore

/// Everything a person wrote, for them to keep: JSON (API and download) and a readable page.
struct DataExportController: Sendable {
    let between: BetweenService
    let repairs: RepairService
    let reflections: any ReflectionRepository
    let pages: PageRenderer

    func register(api: RouterGroup<AppRequestContext>, router: Router<AppRequestContext>) {
        api.get("me/export", use: apiExport)
        router.get("/settings/export", use: page)
        router.get("/settings/export.json", use: download)
    }

    @Sendable func apiExport(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        return try Self.attachment(try await between.export(for: account, repairs: repairs, reflections: reflections))
    }

    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        return try Self.attachment(try await between.export(for: account, repairs: repairs, reflections: reflections))
    }

    static func attachment(_ export: DataExport) throws -> Response {
        let day = DayFormat.iso(MendCore.Calendar.day(of: Timestamp(millisecondsSinceEpoch: export.exportedAt)))
        return try .jsonAttachment(export, filename: "mend-export-\(day).json")
    }

    struct Line: Sendable {
        var when: String
        var title: String
        var text: String
    }

    struct Section: Sendable {
        var heading: String
        var lines: [Line]
        var empty: Bool
    }

    struct View: Sendable {
        var layout: PageRenderer.Layout
        var name: String
        var email: String
        var exportedOn: String
        var sections: [Section]
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let account = context.account else { return .redirect(to: "/login") }
        let export = try await between.export(for: account, repairs: repairs, reflections: reflections)
        func date(_ ms: Int64) -> String { DayFormat.long(Timestamp(millisecondsSinceEpoch: ms)) }
        func section(_ heading: String, _ lines: [Line]) -> Section { Section(heading: heading, lines: lines, empty: lines.isEmpty) }
        let sections = [
            section(
                "Rupture log",
                export.ruptures.map { rupture in
                    var text = rupture.whatHappened
                    if !rupture.feelingsNote.isEmpty { text += "\n" + rupture.feelingsNote }
                    if let reflection = rupture.letGoReflection { text += "\nWhy I let it go: " + reflection }
                    let feelings = rupture.feelings.isEmpty ? "" : ", " + rupture.feelings.joined(separator: ", ")
                    return Line(
                        when: date(rupture.happenedAt),
                        title:
                            "Hurt \(rupture.intensity)/10\(feelings) · \(rupture.shared ? "shared" : "private") · \(rupture.state.replacingOccurrences(of: "_", with: " "))",
                        text: text)
                }),
            section(
                "Weekly check-ins",
                export.checkIns.map { Line(when: date($0.at), title: "Total \($0.total) of \(CheckIn.maximumTotal)", text: $0.note) }),
            section(
                "Conversations",
                export.conversations.flatMap { conversation in
                    (conversation.topic.map {
                        [Line(when: date(conversation.startedAt), title: "You opened a conversation about", text: $0)]
                    } ?? [])
                        + conversation.messages.map {
                            Line(when: date(conversation.startedAt), title: "You wrote (\($0.step))", text: $0.text)
                        }
                }),
            section(
                "Commitments",
                export.commitments.map { commitment in
                    let kept = commitment.marksReceived.filter(\.kept).count
                    return Line(
                        when: date(commitment.createdAt), title: "Marked kept \(kept) of \(commitment.marksReceived.count) times",
                        text: commitment.text)
                }),
            section(
                "Pattern profile",
                export.patterns.map {
                    Line(
                        when: date($0.createdAt), title: $0.name + ($0.shared ? " · shared" : " · private"),
                        text: [$0.origin, $0.responsibility].filter { !$0.isEmpty }.joined(separator: "\n"))
                }
                    + export.repairPhrases.map { Line(when: date($0.createdAt), title: "A phrase I welcome", text: $0.text) }),
            section("Appreciations", export.appreciations.map { Line(when: date($0.createdAt), title: "Thanks", text: $0.text) }),
            section(
                "Together or apart: my reflection",
                export.reflection.map { reflection in
                    [("What I need", reflection.needs), ("What I have tried", reflection.tried), ("What I hope for", reflection.hopes)]
                        .filter { !$0.1.isEmpty }.map { Line(when: date(reflection.updatedAt), title: $0.0, text: $0.1) }
                } ?? []),
        ]
        return pages.render(
            "export",
            View(
                layout: pages.layout(context), name: export.account.displayName, email: export.account.email,
                exportedOn: date(export.exportedAt), sections: sections))
    }
}
