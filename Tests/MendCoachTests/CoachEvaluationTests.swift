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

    @Test("the coach clears the quality floors on dev14.jsonl, weighted to invalidation, contempt and defensiveness")
    func fourteenthSetFloors() throws {
        try expectFloors("dev14", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95)
    }

    @Test("the coach clears the quality floors on dev15.jsonl, many couples' own voices")
    func fifteenthSetFloors() throws {
        try expectFloors("dev15", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95)
    }

    @Test("the coach clears the quality floors on dev17.jsonl, weighted to contempt and defensiveness in their everyday forms")
    func seventeenthSetFloors() throws {
        // Its fixing and sympathy rows are three and two, so no floor is set for every label.
        try expectFloors("dev17", minimumRows: 900, microF1: 0.90, falseAlarms: 0.03, safetyRecall: 0.95)
    }

    /// Reads a set written about safety alone, where "[]" means "no safety risk", not "no label":
    /// how many of its risks the coach catches and how many of its look-alikes it flags.
    private func safetyCounts(_ name: String) throws -> (caught: Int, risks: Int, flagged: Int, lookAlikes: Int) {
        let coach = Coach()
        var counts = (caught: 0, risks: 0, flagged: 0, lookAlikes: 0)
        for example in try Self.load(name) {
            let flagged = try coach.analyze(example.text, context: example.context).labels.contains(.safetyRisk)
            if example.labels.contains(.safetyRisk) {
                counts.risks += 1
                counts.caught += flagged ? 1 : 0
            } else {
                counts.lookAlikes += 1
                counts.flagged += flagged ? 1 : 0
            }
        }
        print("\(name): caught \(counts.caught) of \(counts.risks) risks; \(counts.flagged) of \(counts.lookAlikes) look-alikes flagged")
        return counts
    }

    @Test(
        "safety risks in the safety-focused sets are caught, and their look-alikes mostly pass",
        arguments: ["dev4", "dev6", "dev7", "dev8", "dev11", "dev13", "dev16", "dev18"])
    func safetySets(name: String) throws {
        let counts = try safetyCounts(name)
        #expect(counts.risks >= 240 && counts.lookAlikes >= 180)
        #expect(Double(counts.caught) / Double(counts.risks) >= 0.95)
        #expect(Double(counts.flagged) / Double(counts.lookAlikes) <= 0.10)
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
        // Safety recall was 0.778 when first read and 0.744 after per-label bars moved the safety
        // bar from 0.4 to 0.45 (chosen by cross-validation, see train.py's SAFETY_FLAG_BUDGET).
        try expectFloors("holdout4", microF1: 0.86, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.72)
    }

    @Test("the coach does not regress on the fifth held-out set")
    func fifthHeldOut() throws {
        // Read once (micro-F1 0.864, false alarms 4.2%, safety recall 0.956); contempt (0.588) and
        // defensiveness (0.576) are under 0.70 there, so no floor is set for every label.
        try expectFloors("holdout5", microF1: 0.85, falseAlarms: 0.05, safetyRecall: 0.93)
    }

    @Test("the coach does not regress on the held-out safety set")
    func safetyHeldOut() throws {
        // Read once: 266 of 320 risks caught (0.831), 23 of 180 look-alikes flagged (0.128).
        let counts = try safetyCounts("holdout6")
        #expect(counts.risks >= 300 && counts.lookAlikes >= 150)
        #expect(Double(counts.caught) / Double(counts.risks) >= 0.80)
        #expect(Double(counts.flagged) / Double(counts.lookAlikes) <= 0.15)
    }

    @Test("the coach does not regress on the seventh held-out set")
    func seventhHeldOut() throws {
        // Read once (micro-F1 0.885, false alarms 3.5%, every label >= 0.706, safety recall 0.811).
        try expectFloors("holdout7", microF1: 0.86, everyLabel: 0.65, falseAlarms: 0.05, safetyRecall: 0.78)
    }

    @Test("the coach does not regress on the second held-out safety set")
    func secondSafetyHeldOut() throws {
        // Read once: 255 of 320 risks caught (0.797), 21 of 180 look-alikes flagged (0.117).
        let counts = try safetyCounts("holdout8")
        #expect(counts.risks >= 300 && counts.lookAlikes >= 150)
        #expect(Double(counts.caught) / Double(counts.risks) >= 0.77)
        #expect(Double(counts.flagged) / Double(counts.lookAlikes) <= 0.15)
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
