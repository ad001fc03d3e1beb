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

    @Test("the coach clears the quality floors on dev.jsonl")
    func floors() throws {
        let examples = try Self.developmentSet()
        #expect(examples.count > 100)
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        print(evaluation.formattedReport())
        #expect(evaluation.microF1 >= 0.85)
        for score in evaluation.scores where score.support > 0 {
            #expect(score.f1 >= 0.70, "\(score.label.rawValue) F1 \(score.f1)")
        }
        #expect(evaluation.falseAlarmRate <= 0.05)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.95)
    }

    @Test("the coach clears the quality floors on dev2.jsonl, written independently of dev.jsonl")
    func independentSetFloors() throws {
        let examples = try Self.load("dev2")
        #expect(examples.count > 1_000)
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        print(evaluation.formattedReport(maximumMisses: 0))
        // Floors sit a little under the scores reached, so a regression fails but noise does not.
        #expect(evaluation.microF1 >= 0.90)
        for score in evaluation.scores where score.support > 0 {
            #expect(score.f1 >= 0.80, "\(score.label.rawValue) F1 \(score.f1)")
        }
        #expect(evaluation.falseAlarmRate <= 0.04)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.97)
    }

    @Test("the coach generalises to the hand-written challenge set (other phrasings, public-data styles)")
    func challenge() throws {
        let evaluation = CoachEvaluation(coach: Coach(), examples: try Self.load("challenge"))
        print(evaluation.formattedReport())
        #expect(evaluation.microF1 >= 0.90)
        #expect(evaluation.falseAlarmRate <= 0.05)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.95)
    }

    @Test("the coach clears the quality floors on dev3.jsonl, a third writer's set")
    func thirdSetFloors() throws {
        let examples = try Self.load("dev3")
        #expect(examples.count > 1_000)
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        print(evaluation.formattedReport(maximumMisses: 0))
        #expect(evaluation.microF1 >= 0.93)
        for score in evaluation.scores where score.support > 0 {
            #expect(score.f1 >= 0.85, "\(score.label.rawValue) F1 \(score.f1)")
        }
        #expect(evaluation.falseAlarmRate <= 0.03)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.97)
    }

    /// These sets were written about safety alone: "[]" there means "no safety risk", not "no
    /// label", so only the safety label is scored.
    @Test("safety risks in the two safety-focused sets are caught, and their look-alikes mostly pass", arguments: ["dev4", "dev6"])
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
        #expect(risks > 300 && lookAlikes > 150)
        #expect(Double(caught) / Double(risks) >= 0.95)
        #expect(Double(falseAlarms) / Double(lookAlikes) <= 0.10)
    }

    /// The held-out sets are never read while tuning (see Fixtures/README.md). These floors only
    /// guard what the coach reaches on unseen text against regressions.
    @Test("the coach does not regress on the held-out set")
    func heldOut() throws {
        let evaluation = CoachEvaluation(coach: Coach(), examples: try Self.load("holdout"))
        print(evaluation.formattedReport(maximumMisses: 0))
        #expect(evaluation.microF1 >= 0.84)
        #expect(evaluation.falseAlarmRate <= 0.05)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.90)
    }

    @Test("the coach does not regress on the second held-out set")
    func secondHeldOut() throws {
        let evaluation = CoachEvaluation(coach: Coach(), examples: try Self.load("holdout2"))
        print(evaluation.formattedReport(maximumMisses: 0))
        #expect(evaluation.microF1 >= 0.88)
        for score in evaluation.scores where score.support > 0 {
            #expect(score.f1 >= 0.70, "\(score.label.rawValue) F1 \(score.f1)")
        }
        #expect(evaluation.falseAlarmRate <= 0.04)
        #expect(evaluation.score(for: .safetyRisk).recall >= 0.80)
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
