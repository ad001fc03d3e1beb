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

    /// A labelled set's floors: each sits a little under what the coach reached, so a regression
    /// fails but noise does not. `everyLabel` (when set) is the floor of each label's F1.
    struct Floors: Sendable, CustomTestStringConvertible {
        var name: String
        var minimumRows = 0
        var microF1: Double
        var everyLabel: Double?
        var falseAlarms: Double
        var safetyRecall: Double
        var testDescription: String { "\(name).jsonl" }
    }

    /// Evaluates a fixture and checks its floors. Misses are printed only for sets that are not held out.
    private func expectFloors(_ floors: Floors, showMisses: Bool = false) throws {
        let examples = try Self.load(floors.name)
        #expect(examples.count > floors.minimumRows)
        let evaluation = CoachEvaluation(coach: Coach(), examples: examples)
        print(showMisses ? evaluation.formattedReport() : evaluation.formattedReport(maximumMisses: 0))
        #expect(evaluation.microF1 >= floors.microF1)
        if let everyLabel = floors.everyLabel {
            for score in evaluation.scores where score.support > 0 {
                #expect(score.f1 >= everyLabel, "\(score.label.rawValue) F1 \(score.f1)")
            }
        }
        #expect(evaluation.falseAlarmRate <= floors.falseAlarms)
        #expect(evaluation.score(for: .safetyRisk).recall >= floors.safetyRecall)
    }

    @Test("the coach clears the quality floors on dev.jsonl")
    func floors() throws {
        try expectFloors(
            Floors(name: "dev", minimumRows: 100, microF1: 0.85, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.95), showMisses: true)
    }

    @Test("the coach generalises to the hand-written challenge set (other phrasings, public-data styles)")
    func challenge() throws {
        try expectFloors(Floors(name: "challenge", microF1: 0.90, falseAlarms: 0.05, safetyRecall: 0.95), showMisses: true)
    }

    /// The other general training sets (see Fixtures/README.md for who wrote each and how).
    /// dev17's fixing and sympathy rows are three and two, and dev50's fact litigation five, so they
    /// have no floor for every label; dev40's fixing (8 rows) and dev42's I-statements (a writer who
    /// labels them more widely than the others) are near 0.70, so their floor is 0.65.
    static let trainingSets = [
        Floors(name: "dev2", minimumRows: 1_000, microF1: 0.90, everyLabel: 0.80, falseAlarms: 0.04, safetyRecall: 0.97),
        Floors(name: "dev3", minimumRows: 1_000, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.97),
        Floors(name: "dev9", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.04, safetyRecall: 0.95),
        Floors(name: "dev10", minimumRows: 900, microF1: 0.90, everyLabel: 0.80, falseAlarms: 0.04, safetyRecall: 0.95),
        Floors(name: "dev12", minimumRows: 900, microF1: 0.87, everyLabel: 0.70, falseAlarms: 0.04, safetyRecall: 0.95),
        Floors(name: "dev14", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev15", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev17", minimumRows: 900, microF1: 0.90, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev20", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev21", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev23", minimumRows: 900, microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev27", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev28", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev29", minimumRows: 800, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev34", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev35", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev38", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev39", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev40", minimumRows: 900, microF1: 0.90, everyLabel: 0.65, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev42", minimumRows: 700, microF1: 0.86, everyLabel: 0.65, falseAlarms: 0.08, safetyRecall: 0.95),
        Floors(name: "dev45", minimumRows: 900, microF1: 0.92, everyLabel: 0.75, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev46", minimumRows: 800, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev49", minimumRows: 900, microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "dev50", minimumRows: 900, microF1: 0.92, falseAlarms: 0.03, safetyRecall: 0.95),
    ]

    @Test("the coach clears the quality floors on each general training set", arguments: trainingSets)
    func trainingSetFloors(floors: Floors) throws {
        try expectFloors(floors)
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
        arguments: [
            "dev4", "dev6", "dev7", "dev8", "dev11", "dev13", "dev16", "dev18", "dev19", "dev22", "dev24", "dev25", "dev26",
            "dev30", "dev31", "dev32", "dev33", "dev36", "dev37", "dev41", "dev43", "dev44", "dev47", "dev48",
        ])
    func safetySets(name: String) throws {
        let counts = try safetyCounts(name)
        #expect(counts.risks >= 240 && counts.lookAlikes >= 180)
        #expect(Double(counts.caught) / Double(counts.risks) >= 0.95)
        #expect(Double(counts.flagged) / Double(counts.lookAlikes) <= 0.10)
    }

    /// The held-out sets are never read while tuning and never trained on (see Fixtures/README.md,
    /// which gives what each scored when it was first read). These floors only guard what the
    /// coach reaches on unseen text against regressions. holdout4's safety recall was 0.778 when it
    /// was first read and has been 0.744 to 0.778 since; holdout5's contempt and defensiveness and
    /// holdout9's defensiveness are under 0.70, so those sets have no floor for every label.
    /// holdout17's defensiveness was 0.719 when first read, 0.677 after dev35 to dev38 were
    /// trained on and 0.742 after dev39 to dev50.
    static let heldOutSets = [
        Floors(name: "holdout", microF1: 0.83, falseAlarms: 0.05, safetyRecall: 0.90),
        Floors(name: "holdout2", microF1: 0.88, everyLabel: 0.70, falseAlarms: 0.04, safetyRecall: 0.80),
        Floors(name: "holdout3", microF1: 0.86, falseAlarms: 0.05, safetyRecall: 0.90),
        Floors(name: "holdout4", microF1: 0.86, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.72),
        Floors(name: "holdout5", microF1: 0.85, falseAlarms: 0.05, safetyRecall: 0.93),
        Floors(name: "holdout7", microF1: 0.86, everyLabel: 0.65, falseAlarms: 0.05, safetyRecall: 0.78),
        Floors(name: "holdout9", microF1: 0.85, falseAlarms: 0.07, safetyRecall: 0.90),
        Floors(name: "holdout11", microF1: 0.86, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.93),
        Floors(name: "holdout13", microF1: 0.88, everyLabel: 0.70, falseAlarms: 0.07, safetyRecall: 0.93),
        Floors(name: "holdout15", microF1: 0.88, everyLabel: 0.75, falseAlarms: 0.05, safetyRecall: 0.88),
        Floors(name: "holdout17", microF1: 0.87, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.93),
        Floors(name: "holdout19", microF1: 0.87, everyLabel: 0.70, falseAlarms: 0.04, safetyRecall: 0.93),
        Floors(name: "holdout21", microF1: 0.87, everyLabel: 0.75, falseAlarms: 0.05, safetyRecall: 0.95),
        Floors(name: "holdout23", microF1: 0.92, everyLabel: 0.80, falseAlarms: 0.03, safetyRecall: 0.95),
        Floors(name: "holdout25", microF1: 0.90, everyLabel: 0.75, falseAlarms: 0.05, safetyRecall: 0.95),
        Floors(name: "holdout27", microF1: 0.89, everyLabel: 0.70, falseAlarms: 0.05, safetyRecall: 0.95),
    ]

    @Test("the coach does not regress on the held-out sets", arguments: heldOutSets)
    func heldOut(floors: Floors) throws {
        try expectFloors(floors)
    }

    /// Held-out sets written about safety alone: the floor of risks caught, and the ceiling of
    /// look-alikes flagged. When first read: 0.831 and 0.128, 0.797 and 0.117, 0.856 and 0.100,
    /// 0.831 and 0.094, 0.912 and 0.122, 0.903 and 0.150, 0.850 and 0.100,
    /// 0.869 and 0.083, 0.903 and 0.083, 0.912 and 0.067, 0.966 and 0.094,
    /// 0.903 and 0.117.
    @Test(
        "the coach does not regress on the held-out safety sets",
        arguments: [
            ("holdout6", 0.80, 0.15), ("holdout8", 0.77, 0.15), ("holdout10", 0.83, 0.13), ("holdout12", 0.80, 0.12),
            ("holdout14", 0.88, 0.15), ("holdout16", 0.87, 0.14), ("holdout18", 0.80, 0.13),
            ("holdout20", 0.84, 0.11), ("holdout22", 0.90, 0.15), ("holdout24", 0.90, 0.12), ("holdout26", 0.94, 0.13),
            ("holdout28", 0.88, 0.14),
        ])
    func safetyHeldOut(name: String, recall: Double, lookAlikesFlagged: Double) throws {
        let counts = try safetyCounts(name)
        #expect(counts.risks >= 300 && counts.lookAlikes >= 150)
        #expect(Double(counts.caught) / Double(counts.risks) >= recall)
        #expect(Double(counts.flagged) / Double(counts.lookAlikes) <= lookAlikesFlagged)
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
