import Foundation
import MendCoach
import Testing

@Suite("Evaluation on the development set")
struct CoachEvaluationTests {
    /// Loads the labelled development set shipped with the tests.
    static func developmentSet() throws -> [CoachExample] { try load("dev") }

    /// Loads a labelled JSON-lines fixture.
    static func load(_ name: String) throws -> [CoachExample] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"))
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { try decoder.decode(CoachExample.self, from: Data($0.utf8)) }
    }

    /// Evaluates a fixture and checks its floors; `everyLabel` (when given) is the floor of each
    /// label's F1. Misses are printed only for sets that are not held out.
    private func expectFloors(
        _ name: String, minimumRows: Int = 0, microF1: Double, everyLabel: Double? = nil, falseAlarms: Double, safetyRecall: Double,
        showMisses: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let examples = try Self.load(name)
        #expect(examples.count > minimumRows, sourceLocation: sourceLocation)
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        print(showMisses ? evaluation.formattedReport() : evaluation.formattedReport(maximumMisses: 0))
        #expect(evaluation.microF1 >= microF1, sourceLocation: sourceLocation)
        if let everyLabel {
            for score in evaluation.scores where score.support > 0 {
                #expect(score.f1 >= everyLabel, "\(score.label.rawValue) F1 \(score.f1)", sourceLocation: sourceLocation)
            }
        }
        #expect(evaluation.falseAlarmRate <= falseAlarms, sourceLocation: sourceLocation)
        #expect(evaluation.score(for: .safetyRisk).recall >= safetyRecall, sourceLocation: sourceLocation)
    }

    @Test("the coach clears the quality floors on dev.jsonl")
    func floors() throws {
        try expectFloors("dev", minimumRows: 100, microF1: 0.85, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.95, showMisses: true)
    }

    @Test("the coach clears the quality floors on dev2.jsonl, written independently of dev.jsonl")
    func independentSetFloors() throws {
        // Floors sit a little under the scores reached, so a regression fails but noise does not.
        try expectFloors("dev2", minimumRows: 1_000, microF1: 0.90, everyLabel: 0.80, falseAlarms: 0.04, safetyRecall: 0.97)
    }

    @Test("the coach generalises to the hand-written challenge set (other phrasings, public-data styles)")
    func challenge() throws {
        try expectFloors("challenge", microF1: 0.90, falseAlarms: 0.05, safetyRecall: 0.95, showMisses: true)
    }

    @Test("the coach clears the quality floors on dev3.jsonl, a third writer's set")
    func thirdSetFloors() throws {
        try expectFloors("dev3", minimumRows: 1_000, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.97)
    }

    @Test("the coach clears the quality floors on dev9.jsonl, a set weighted towards the subtler harmful labels")
    func ninthSetFloors() throws {
        try expectFloors("dev9", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.04, safetyRecall: 0.95)
    }

    @Test("the coach clears the quality floors on dev10.jsonl, written in less common voices")
    func tenthSetFloors() throws {
        try expectFloors("dev10", minimumRows: 900, microF1: 0.90, everyLabel: 0.80, falseAlarms: 0.04, safetyRecall: 0.95)
    }

    @Test("the coach clears the quality floors on dev12.jsonl, weighted to contempt in tone and gentle invalidation")
    func twelfthSetFloors() throws {
        try expectFloors("dev12", minimumRows: 900, microF1: 0.87, everyLabel: 0.70, falseAlarms: 0.04, safetyRecall: 0.95)
    }

    /// These sets were written about safety alone: "[]" there means "no safety risk", not "no
    /// label", so only the safety label is scored.
    @Test(
        "safety risks in the safety-focused sets are caught, and their look-alikes mostly pass",
        arguments: ["dev4", "dev6", "dev7", "dev8", "dev11"])
    func safetySets(name: String) throws {
        let examples = try Self.load(name)
        let coach = Coach()
        var caught = 0
        var risks = 0
        var falseAlarms = 0
        var lookAlikes = 0
        for example in examples {
            let flagged = try coach.analyze(example.text, context: example.context).labels.contains(.safetyRisk)
            if example.labels.contains(.safetyRisk) {
                risks += 1
                caught += flagged ? 1 : 0
            } else {
                lookAlikes += 1
                falseAlarms += flagged ? 1 : 0
            }
        }
        print("\(name): caught \(caught) of \(risks) risks; \(falseAlarms) of \(lookAlikes) look-alikes flagged")
        #expect(risks >= 240 && lookAlikes >= 180)
        #expect(Double(caught) / Double(risks) >= 0.95)
        #expect(Double(falseAlarms) / Double(lookAlikes) <= 0.10)
    }

    /// The held-out sets are never read while tuning (see Fixtures/README.md). These floors only
    /// guard what the coach reaches on unseen text against regressions.
    @Test("the coach does not regress on the held-out set")
    func heldOut() throws {
        try expectFloors("holdout", microF1: 0.83, falseAlarms: 0.05, safetyRecall: 0.90)
    }

    @Test("the coach does not regress on the second held-out set")
    func secondHeldOut() throws {
        try expectFloors("holdout2", microF1: 0.88, everyLabel: 0.70, falseAlarms: 0.04, safetyRecall: 0.80)
    }

    @Test("the coach does not regress on the third held-out set")
    func thirdHeldOut() throws {
        try expectFloors("holdout3", microF1: 0.86, falseAlarms: 0.05, safetyRecall: 0.90)
    }

    @Test("the coach does not regress on the fourth held-out set")
    func fourthHeldOut() throws {
        try expectFloors("holdout4", microF1: 0.85, everyLabel: 0.70, falseAlarms: 0.07, safetyRecall: 0.75)
    }

    @Test("the evaluation arithmetic is right on a tiny hand-made set")
    func arithmetic() {
        let examples = [
            CoachExample(id: "a", text: "You never listen.", labels: [.criticism]),
            CoachExample(id: "b", text: "Can you pick up milk?", labels: []),
            CoachExample(id: "c", text: "Thanks for dinner.", labels: [.appreciation, .reassurance]),
        ]
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        #expect(evaluation.score(for: .criticism).f1 == 1)
        #expect(evaluation.score(for: .reassurance).recall == 0)
        #expect(evaluation.neutralCount == 1)
        #expect(evaluation.falseAlarmRate == 0)
        #expect(evaluation.misses.map(\.id) == ["c"])
        #expect(evaluation.formattedReport().contains("micro-F1"))
    }
}
