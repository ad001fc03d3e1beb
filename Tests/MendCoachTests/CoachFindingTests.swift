import MendCoach
import Testing

@Suite("Findings: spans, explanations and suggestions")
struct CoachFindingTests {
    let coach = Coach()

    @Test("spans are scalar offsets into the original message")
    func spansPointAtTheTrigger() throws {
        let message = "😀 Honestly… you’re such an idiot."
        let report = try coach.analyze(message)
        let finding = try #require(report.findings.first { $0.label == .contempt })
        let scalars = Array(message.unicodeScalars)
        for span in finding.spans {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == span.text)
        }
        #expect(finding.spans.contains { $0.text.contains("idiot") })
    }

    @Test("each label is explained in one sentence", arguments: CoachLabel.allCases)
    func explanations(_ label: CoachLabel) throws {
        let samples: [CoachLabel: String] = [
            .criticism: "You never listen.", .contempt: "You're pathetic.", .defensiveness: "It's not my fault.",
            .stonewalling: "Leave me alone.", .invalidation: "You're overreacting.", .assumedIntent: "You did that on purpose.",
            .factLitigation: "Scroll up, you literally said yes.", .emptyPromise: "It will never happen again.",
            .apology: "I'm sorry I yelled.", .sympathy: "At least you still have your job.", .fixing: "You should talk to her.",
            .safetyRisk: "He hit me.", .iStatement: "I felt lonely.", .reflection: "It sounds like you felt alone.",
            .checkUnderstanding: "Did I get that right?", .validation: "That makes sense.", .empathy: "That sounds so hard.",
            .responsibility: "That's on me.", .reassurance: "I'm not going anywhere.", .appreciation: "Thank you for listening.",
            .activation: "I'm flooded.", .request: "Could you hold me?",
        ]
        guard let message = samples[label] else { return }
        let report = try coach.analyze(message)
        let finding = try #require(report.findings.first { $0.label == label }, "\(label) not found in \(report.labels)")
        #expect(!finding.explanation.isEmpty)
        #expect(!finding.spans.isEmpty)
        if label.isHarmful && label != .safetyRisk {
            #expect(finding.suggestion?.isEmpty == false)
        } else {
            #expect(finding.suggestion == nil)
        }
    }

    @Test(
        "a criticism is rewritten into an I-statement that keeps the topic",
        arguments: [
            ("You never plan anything for us.", "plan"),
            ("You never listen to me.", "listen"),
            ("You always leave your dishes in the sink.", "dishes"),
        ])
    func criticismRewrite(_ message: String, _ topic: String) throws {
        let report = try coach.analyze(message)
        let suggestion = try #require(report.findings.first { $0.label == .criticism }?.suggestion)
        #expect(suggestion.contains("I feel"))
        #expect(suggestion.contains(topic))
    }

    @Test("an apology suggestion reflects the person's own action")
    func apologyRewrite() throws {
        let report = try coach.analyze("I'm sorry I yelled at you.")
        let suggestion = try #require(report.findings.first { $0.label == .apology }?.suggestion)
        #expect(suggestion.contains("yelled"))
    }

    @Test(
        "the reading follows the labels",
        arguments: [
            ("You never listen, you idiot.", MessageReading.escalating),
            ("Can you pick up milk?", MessageReading.neutral),
            ("It sounds like you felt alone. I'm here.", MessageReading.repairing),
        ])
    func reading(_ message: String, _ reading: MessageReading) throws {
        #expect(try coach.analyze(message).reading == reading)
    }
}
