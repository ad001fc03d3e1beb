import MendCore
import Testing

@Suite("Learning guide")
struct LearningGuideTests {
    /// Every step id of every shipped protocol.
    let stepIDs = Set(RepairProtocol.all.flatMap { $0.steps.map(\.id) })
    let sectionIDs = LearningGuide.sections.map(\.id)

    /// Every piece of text a person reads in the guide.
    var allText: [String] {
        var texts: [String] = Array(LearningGuide.whyThisStep.values)
        for section in LearningGuide.sections {
            texts += [section.title, section.practicePrompt]
            texts += section.paragraphs
            for example in section.examples { texts += [example.instead, example.tryThis] }
        }
        return texts
    }

    @Test("every step of every protocol has a why and a section that exists, with no stale entries")
    func everyStepIsExplained() {
        for id in stepIDs {
            let why = LearningGuide.whyThisStep[id]
            #expect(why?.isEmpty == false, "no why for step \(id)")
            let section = LearningGuide.sectionForStep[id]
            #expect(section.map { sectionIDs.contains($0) } == true, "step \(id) maps to \(section ?? "nothing")")
        }
        #expect(Set(LearningGuide.whyThisStep.keys) == stepIDs)
        #expect(Set(LearningGuide.sectionForStep.keys) == stepIDs)
    }

    @Test("sections have unique kebab-case ids, a few paragraphs, a handful of examples and a practice prompt")
    func sectionShape() {
        #expect((6...7).contains(LearningGuide.sections.count))
        #expect(Set(sectionIDs).count == sectionIDs.count)
        for section in LearningGuide.sections {
            #expect(!section.id.isEmpty && section.id.allSatisfy { $0 == "-" || ("a"..."z").contains($0) }, "\(section.id)")
            #expect(!section.title.isEmpty)
            #expect((2...4).contains(section.paragraphs.count), "\(section.id)")
            #expect(section.examples.count <= 3, "\(section.id)")
            #expect(!section.practicePrompt.isEmpty, "\(section.id)")
        }
    }

    @Test("no text exclaims or makes clinical claims, and quotes are straight")
    func wording() {
        for text in allText {
            let lower = text.lowercased()
            #expect(!text.contains("!"), "\(text)")
            for word in ["diagnos", "disorder", "therapy"] {
                #expect(!lower.contains(word), "\(word) in \(text)")
            }
            // "couples therapist" names a kind of professional; no other use of the word.
            #expect(lower.ranges(of: "therapist").count == lower.ranges(of: "couples therapist").count, "\(text)")
            #expect(!text.contains { "\u{2018}\u{2019}\u{201C}\u{201D}".contains($0) }, "\(text)")
            #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false, "\(text)")
        }
    }
}
